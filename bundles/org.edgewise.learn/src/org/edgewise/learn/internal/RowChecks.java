package org.edgewise.learn.internal;

/**
 * Argument checks for matrices given as rows, with messages that name the offending row and column, so a
 * user can find the bad value in the data file.
 */
public final class RowChecks {

	private RowChecks() {
	}

	/**
	 * Checks that there is at least one row, that all rows have the length of the first, at least one
	 * value, and only finite values.
	 *
	 * @param rows the matrix
	 * @param what what a row is called in messages, e.g. "row" or "target row"
	 * @return the common row length
	 * @throws IllegalArgumentException naming the first row or value that breaks a rule
	 */
	public static int requireRectangular(double[][] rows, String what) {
		if (rows.length == 0) {
			throw new IllegalArgumentException("there are no " + what + "s");
		}
		if (rows[0] == null || rows[0].length == 0) {
			throw new IllegalArgumentException(what + " 0 has no values");
		}
		requireColumns(rows, rows[0].length, what);
		return rows[0].length;
	}

	/**
	 * Checks that every row has exactly {@code columns} values, all finite.
	 *
	 * @param rows    the matrix (may have no rows)
	 * @param columns the required row length
	 * @param what    what a row is called in messages
	 * @throws IllegalArgumentException naming the first row or value that breaks a rule, e.g.
	 *                                  "row 2 has 3 values, expected 2" or "row 1, column 0 is not finite: NaN"
	 */
	public static void requireColumns(double[][] rows, int columns, String what) {
		for (int i = 0; i < rows.length; i++) {
			double[] row = rows[i];
			if (row == null || row.length != columns) {
				throw new IllegalArgumentException(what + " " + i + " has " + (row == null ? "no" : row.length)
						+ " values, expected " + columns);
			}
			for (int j = 0; j < columns; j++) {
				if (!Double.isFinite(row[j])) {
					throw new IllegalArgumentException(what + " " + i + ", column " + j + " is not finite: " + row[j]);
				}
			}
		}
	}

	/**
	 * @param values a vector
	 * @param what   what the vector is called in messages, e.g. "intercept"
	 * @throws IllegalArgumentException naming the first value that is not finite, e.g. "intercept value 3 is
	 *                                  not finite: NaN"
	 */
	public static void requireFinite(double[] values, String what) {
		for (int j = 0; j < values.length; j++) {
			if (!Double.isFinite(values[j])) {
				throw new IllegalArgumentException(what + " value " + j + " is not finite: " + values[j]);
			}
		}
	}

	/**
	 * @param rows a rectangular matrix
	 * @return a deep copy
	 */
	public static double[][] copy(double[][] rows) {
		double[][] copy = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			copy[i] = rows[i].clone();
		}
		return copy;
	}
}
