package org.edgewise.learn.evaluation;

/**
 * A statistic with a confidence interval, e.g. a test set's macro F1 with its bootstrap 95 % interval.
 *
 * @param estimate   the statistic on the whole data
 * @param lower      the lower end of the interval
 * @param upper      the upper end of the interval, at least {@code lower}
 * @param confidence the interval's nominal coverage, in (0, 1), e.g. 0.95
 */
public record Interval(double estimate, double lower, double upper, double confidence) {

	/**
	 * @throws IllegalArgumentException when {@code lower > upper}, a bound or the estimate is not finite,
	 *                                  or the confidence is outside (0, 1)
	 */
	public Interval {
		if (!Double.isFinite(estimate) || !Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
			throw new IllegalArgumentException(
					"an interval needs finite values with lower <= upper, got " + estimate + " in [" + lower + ", " + upper + "]");
		}
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("the confidence must lie in (0, 1), got " + confidence);
		}
	}
}
