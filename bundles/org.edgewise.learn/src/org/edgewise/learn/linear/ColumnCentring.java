package org.edgewise.learn.linear;

/**
 * Column means and centred copies of a matrix: fitting on centred inputs and targets, then setting the
 * intercept to mean(Y) - mean(X) W, gives a linear model whose intercept is not penalised.
 */
final class ColumnCentring {

	private ColumnCentring() {
	}

	/**
	 * @param rows a rectangular matrix with at least one row
	 * @return the mean of each column
	 */
	static double[] means(double[][] rows) {
		double[] means = new double[rows[0].length];
		for (double[] row : rows) {
			for (int j = 0; j < means.length; j++) {
				means[j] += row[j];
			}
		}
		for (int j = 0; j < means.length; j++) {
			means[j] /= rows.length;
		}
		return means;
	}

	/**
	 * @param rows  a rectangular matrix; not modified
	 * @param means one value per column
	 * @return new rows, each minus {@code means}
	 */
	static double[][] centred(double[][] rows, double[] means) {
		double[][] centred = new double[rows.length][means.length];
		for (int i = 0; i < rows.length; i++) {
			double[] row = rows[i];
			double[] out = centred[i];
			for (int j = 0; j < means.length; j++) {
				out[j] = row[j] - means[j];
			}
		}
		return centred;
	}
}
