package org.edgewise.learn.neighbours;

import org.edgewise.learn.internal.FiniteEntries;
import org.edgewise.learn.model.ModelParameters;

/**
 * What the k-nearest-neighbour classifier and regressor share: the indexed training rows and the number k of
 * neighbours each answer is drawn from, with how both are written to and read from model parameters.
 */
final class NeighbourVoters {

	private final NearestNeighbours index;
	private final int k;

	/**
	 * @throws IllegalArgumentException unless 1 <= k <= the number of training rows
	 */
	NeighbourVoters(NearestNeighbours index, int k) {
		if (k < 1 || k > index.size()) {
			throw new IllegalArgumentException("the number of neighbours must be from 1 to " + index.size()
					+ " (the number of rows), got " + k);
		}
		this.index = index;
		this.k = k;
	}

	/**
	 * Reads what {@link #putInto} wrote: the training set ("rows", "distance") and "neighbours" [1].
	 *
	 * @throws org.edgewise.learn.model.ModelFormatException if an entry is missing, malformed or out of range
	 */
	static NeighbourVoters readFrom(ModelParameters parameters) {
		NearestNeighbours index = NearestNeighbours.readFrom(parameters);
		return new NeighbourVoters(index, FiniteEntries.count(parameters, "neighbours", 1, index.size()));
	}

	/** Writes the training set and k. */
	void putInto(ModelParameters parameters) {
		index.putInto(parameters);
		parameters.putInts("neighbours", new int[] { k });
	}

	/**
	 * @param inputs rows of {@link #features()} finite values
	 * @return each row's k nearest training rows, nearest first
	 */
	Neighbours[] query(double[][] inputs) {
		return index.query(inputs, k);
	}

	int features() {
		return index.features();
	}

	/** @return the number of training rows */
	int size() {
		return index.size();
	}

	int k() {
		return k;
	}

	Distance distance() {
		return index.distance();
	}
}
