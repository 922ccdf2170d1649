package org.edgewise.learn.evaluation;

/** The mean and spread of a handful of numbers (fold scores), summed in order so results never depend on threads. */
final class Statistics {

	private Statistics() {
	}

	/** @return the arithmetic mean of at least one value */
	static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** @return the sample standard deviation (denominator n - 1) of the values; 0 for a single value */
	static double sampleStandardDeviation(double[] values) {
		if (values.length < 2) {
			return 0;
		}
		double mean = mean(values);
		double sumOfSquares = 0;
		for (double value : values) {
			sumOfSquares += (value - mean) * (value - mean);
		}
		return Math.sqrt(sumOfSquares / (values.length - 1));
	}
}
