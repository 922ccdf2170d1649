package org.edgewise.learn.neighbours;

/**
 * A k-nearest-neighbour regression answer for one query: the mean of the neighbours' target values, how
 * much they disagree, and which training rows they are. A large spread means the nearest training spectra
 * have different properties, so the estimate is uncertain. Immutable.
 */
public final class Estimate {

	private final double[] mean;
	private final double[] standardDeviation;
	private final Neighbours neighbours;

	/**
	 * @param mean              per target, the neighbours' mean; kept, not copied
	 * @param standardDeviation per target, the neighbours' standard deviation; kept, not copied
	 * @param neighbours        the neighbours the figures come from
	 */
	Estimate(double[] mean, double[] standardDeviation, Neighbours neighbours) {
		this.mean = mean;
		this.standardDeviation = standardDeviation;
		this.neighbours = neighbours;
	}

	/** @return per target, the mean of the k neighbours' values; a copy */
	public double[] mean() {
		return mean.clone();
	}

	/**
	 * @return per target, the standard deviation of the k neighbours' values about their mean, dividing by k
	 *         (0 for a single neighbour); a copy
	 */
	public double[] standardDeviation() {
		return standardDeviation.clone();
	}

	/** @return the training rows behind the estimate, nearest first */
	public Neighbours neighbours() {
		return neighbours;
	}
}
