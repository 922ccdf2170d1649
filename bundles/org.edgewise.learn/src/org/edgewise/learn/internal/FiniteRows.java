package org.edgewise.learn.internal;

/**
 * Checks of caller-supplied rows of numbers, with messages that say which row and column is wrong.
 */
public final class FiniteRows {

	private FiniteRows() {
	}

	/**
	 * @param rows    the rows to check
	 * @param columns how many values each row must have; -1 to take the first row's length, which must then
	 *                be at least 1
	 * @param what    what a row is called in messages, e.g. "row" or "query"
	 * @return the number of columns
	 * @throws IllegalArgumentException if there are no rows, a row is missing or of another length, or a value
	 *                                  is not finite
	 */
	public static int check(double[][] rows, int columns, String what) {
		if (rows == null || rows.length == 0) {
			throw new IllegalArgumentException("there are no " + what + "s");
		}
		int expected = columns;
		if (expected < 0) {
			expected = rows[0] == null ? 0 : rows[0].length;
			if (expected == 0) {
				throw new IllegalArgumentException(what + " 0 has no values");
			}
		}
		RowChecks.requireColumns(rows, expected, what);
		return expected;
	}

	/**
	 * @param rows rows checked by {@link #check}
	 * @return their values in one row-major array
	 */
	public static double[] flatten(double[][] rows) {
		int columns = rows[0].length;
		double[] flat = new double[rows.length * columns];
		for (int i = 0; i < rows.length; i++) {
			System.arraycopy(rows[i], 0, flat, i * columns, columns);
		}
		return flat;
	}
}
