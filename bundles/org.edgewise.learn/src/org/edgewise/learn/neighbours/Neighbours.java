package org.edgewise.learn.neighbours;

/**
 * The nearest training rows of one query, nearest first: what a user sees as "the training spectra behind
 * this answer". Equal distances are ordered by training index, lowest first. Immutable.
 */
public final class Neighbours {

	private final int[] indices;
	private final double[] distances;

	/**
	 * @param indices   the training rows' indices, nearest first; kept, not copied
	 * @param distances their distances from the query, ascending; kept, not copied
	 */
	Neighbours(int[] indices, double[] distances) {
		this.indices = indices;
		this.distances = distances;
	}

	/** @return how many neighbours there are */
	public int count() {
		return indices.length;
	}

	/**
	 * @param rank 0 for the nearest neighbour, up to {@link #count()} - 1
	 * @return that neighbour's index in the training rows
	 */
	public int index(int rank) {
		return indices[rank];
	}

	/**
	 * @param rank 0 for the nearest neighbour, up to {@link #count()} - 1
	 * @return that neighbour's distance from the query, in the units of the {@link Distance} used
	 */
	public double distance(int rank) {
		return distances[rank];
	}

	/** @return the training indices, nearest first; a copy */
	public int[] indices() {
		return indices.clone();
	}

	/** @return the distances, ascending; a copy */
	public double[] distances() {
		return distances.clone();
	}
}
