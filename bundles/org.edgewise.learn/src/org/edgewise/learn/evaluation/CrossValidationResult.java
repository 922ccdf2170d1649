package org.edgewise.learn.evaluation;

import java.util.Arrays;

/**
 * The scores of one model setting on every fold of a cross-validation.
 *
 * @param metric     the name of the metric scored
 * @param foldScores one score per fold, in fold order
 */
public record CrossValidationResult(String metric, double[] foldScores) {

	/** @throws IllegalArgumentException when there is no score or a score is not finite */
	public CrossValidationResult {
		if (foldScores.length == 0) {
			throw new IllegalArgumentException("a cross-validation result needs at least one fold score");
		}
		foldScores = foldScores.clone();
		for (int f = 0; f < foldScores.length; f++) {
			if (!Double.isFinite(foldScores[f])) {
				throw new IllegalArgumentException(metric + " of fold " + f + " is not finite: " + foldScores[f]);
			}
		}
	}

	/** @return the scores, one per fold; a copy */
	@Override
	public double[] foldScores() {
		return foldScores.clone();
	}

	/** @return the mean of the fold scores, the figure grid search compares */
	public double mean() {
		return Statistics.mean(foldScores);
	}

	/** @return the sample standard deviation of the fold scores (0 for a single fold) */
	public double standardDeviation() {
		return Statistics.sampleStandardDeviation(foldScores);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CrossValidationResult result && metric.equals(result.metric)
				&& Arrays.equals(foldScores, result.foldScores);
	}

	@Override
	public int hashCode() {
		return 31 * metric.hashCode() + Arrays.hashCode(foldScores);
	}

	@Override
	public String toString() {
		return metric + " " + mean() + " +- " + standardDeviation() + " over " + foldScores.length + " folds";
	}
}
