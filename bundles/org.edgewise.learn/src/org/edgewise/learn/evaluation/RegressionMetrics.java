package org.edgewise.learn.evaluation;

/**
 * How well predicted values match the true ones, per output column: mean absolute error, root mean
 * squared error and the coefficient of determination R<sup>2</sup>. For spectra predicted point by point
 * the outputs are the energy points, so {@link #rmse()} is the RMSE per energy point of Hirai et al.
 * <p>
 * R<sup>2</sup> = 1 - SS<sub>res</sub> / SS<sub>tot</sub>, with SS<sub>tot</sub> taken about the column's
 * mean. For a constant true column (SS<sub>tot</sub> = 0) it is 1 when the predictions are exact and 0
 * otherwise, as scikit-learn's {@code r2_score}. The "mean" figures weigh every output the same, as
 * scikit-learn's {@code multioutput="uniform_average"}. Immutable; arrays are returned as copies.
 */
public final class RegressionMetrics {

	private final int sampleCount;
	private final double[] mae;
	private final double[] rmse;
	private final double[] r2;

	private RegressionMetrics(int sampleCount, double[] mae, double[] rmse, double[] r2) {
		this.sampleCount = sampleCount;
		this.mae = mae;
		this.rmse = rmse;
		this.r2 = r2;
	}

	/**
	 * @param actual    the true values, one row per sample, all rows of the same length
	 * @param predicted the predicted values, of the same shape
	 * @return the metrics of every output column
	 * @throws IllegalArgumentException when the shapes differ (the message names the first row that does)
	 *                                  or a value is not finite (naming its row and column)
	 */
	public static RegressionMetrics of(double[][] actual, double[][] predicted) {
		int outputs = Rows.checkRectangular(actual, "actual");
		if (predicted.length != actual.length) {
			throw new IllegalArgumentException(
					"there are " + predicted.length + " predicted rows for " + actual.length + " actual rows");
		}
		Rows.checkRectangular(predicted, "predicted");
		if (predicted[0].length != outputs) {
			throw new IllegalArgumentException(
					"predicted rows have " + predicted[0].length + " values, actual rows " + outputs);
		}
		int n = actual.length;
		double[] sum = new double[outputs];
		double[] absoluteError = new double[outputs];
		double[] squaredError = new double[outputs];
		for (int i = 0; i < n; i++) {
			checkFinite(actual[i], "actual", i);
			checkFinite(predicted[i], "predicted", i);
			for (int j = 0; j < outputs; j++) {
				double error = predicted[i][j] - actual[i][j];
				sum[j] += actual[i][j];
				absoluteError[j] += Math.abs(error);
				squaredError[j] += error * error;
			}
		}
		// A second pass about the mean: the one-pass sum-of-squares formula loses digits on offset data.
		double[] totalSquares = new double[outputs];
		for (double[] row : actual) {
			for (int j = 0; j < outputs; j++) {
				double deviation = row[j] - sum[j] / n;
				totalSquares[j] += deviation * deviation;
			}
		}
		double[] mae = new double[outputs];
		double[] rmse = new double[outputs];
		double[] r2 = new double[outputs];
		for (int j = 0; j < outputs; j++) {
			mae[j] = absoluteError[j] / n;
			rmse[j] = Math.sqrt(squaredError[j] / n);
			if (totalSquares[j] == 0) {
				r2[j] = squaredError[j] == 0 ? 1 : 0;
			} else {
				r2[j] = 1 - squaredError[j] / totalSquares[j];
			}
		}
		return new RegressionMetrics(n, mae, rmse, r2);
	}

	/** @return the number of samples */
	public int sampleCount() {
		return sampleCount;
	}

	/** @return the number of output columns */
	public int outputCount() {
		return mae.length;
	}

	/** @return per output, the mean absolute error, in the output's unit */
	public double[] mae() {
		return mae.clone();
	}

	/** @return per output (per energy point for spectra), the root mean squared error, in the output's unit */
	public double[] rmse() {
		return rmse.clone();
	}

	/** @return per output, the coefficient of determination; 1 is perfect, 0 no better than the mean, below 0 worse */
	public double[] r2() {
		return r2.clone();
	}

	/** @return the mean of the per-output mean absolute errors */
	public double meanMae() {
		return Statistics.mean(mae);
	}

	/** @return the mean of the per-output root mean squared errors */
	public double meanRmse() {
		return Statistics.mean(rmse);
	}

	/**
	 * @return the root of the mean squared error over all values of all outputs: the "total" RMSE of a
	 *         predicted spectrum (Hirai et al.), which weighs large errors more than {@link #meanRmse()}
	 */
	public double totalRmse() {
		double sumOfSquares = 0;
		for (double value : rmse) {
			sumOfSquares += value * value;
		}
		return Math.sqrt(sumOfSquares / rmse.length);
	}

	/** @return the mean of the per-output coefficients of determination */
	public double meanR2() {
		return Statistics.mean(r2);
	}

	private static void checkFinite(double[] row, String what, int index) {
		for (int j = 0; j < row.length; j++) {
			if (!Double.isFinite(row[j])) {
				throw new IllegalArgumentException(what + " row " + index + ", output " + j + " is not finite: " + row[j]);
			}
		}
	}
}
