package org.edgewise.learn.neighbours;

/**
 * A k-nearest-neighbour classification for one query: the winning class, each class's share of the
 * neighbours, and which training rows voted. Immutable.
 */
public final class Vote {

	private final int label;
	private final double[] probabilities;
	private final Neighbours neighbours;

	/**
	 * @param label         the winning class
	 * @param probabilities each class's share of the neighbours; kept, not copied
	 * @param neighbours    the voters
	 */
	Vote(int label, double[] probabilities, Neighbours neighbours) {
		this.label = label;
		this.probabilities = probabilities;
		this.neighbours = neighbours;
	}

	/** @return the class most neighbours belong to (see {@link KnnClassifier} for ties) */
	public int label() {
		return label;
	}

	/** @return for each class 0, 1, ..., the fraction of the k neighbours in it; they add up to 1; a copy */
	public double[] probabilities() {
		return probabilities.clone();
	}

	/** @return the training rows that voted, nearest first */
	public Neighbours neighbours() {
		return neighbours;
	}
}
