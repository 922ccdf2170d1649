package org.edgewise.learn.evaluation;

/**
 * Picks rows out of a data set by index, the step between a {@link Fold} or {@link Split} and the arrays a
 * model trains on.
 */
public final class Rows {

	private Rows() {
	}

	/**
	 * @param rows    the data, one sample per row; not modified
	 * @param indices the rows to take, in order; repeats give repeated rows
	 * @return new copies of the chosen rows, so a trainer may change or keep them without touching {@code rows}
	 * @throws IllegalArgumentException when an index is negative or not below {@code rows.length}
	 */
	public static double[][] select(double[][] rows, int[] indices) {
		double[][] chosen = new double[indices.length][];
		for (int i = 0; i < indices.length; i++) {
			int index = indices[i];
			if (index < 0 || index >= rows.length) {
				throw new IllegalArgumentException("row index " + index + " is outside the " + rows.length + " rows");
			}
			chosen[i] = rows[index].clone();
		}
		return chosen;
	}

	/**
	 * Checks that a data set is a matrix: at least one row, every row of the same positive length, no null.
	 *
	 * @param rows the data
	 * @param what what the rows are, for the message ("inputs", "targets")
	 * @return the number of values in each row
	 * @throws IllegalArgumentException naming the first row that differs from row 0 in length
	 */
	static int checkRectangular(double[][] rows, String what) {
		if (rows.length == 0 || rows[0] == null || rows[0].length == 0) {
			throw new IllegalArgumentException("the " + what + " need at least one row of at least one value");
		}
		int columns = rows[0].length;
		for (int i = 1; i < rows.length; i++) {
			if (rows[i] == null || rows[i].length != columns) {
				throw new IllegalArgumentException(what + " row " + i + " has "
						+ (rows[i] == null ? "no" : rows[i].length) + " values, row 0 has " + columns);
			}
		}
		return columns;
	}
}
