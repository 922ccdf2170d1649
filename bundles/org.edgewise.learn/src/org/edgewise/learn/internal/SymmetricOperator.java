package org.edgewise.learn.internal;

/**
 * A symmetric linear map on vectors of {@link #size()} values, given by what it does to a vector rather than
 * by its entries, so that {@link TopEigen} can work on matrices that are never formed.
 */
public interface SymmetricOperator {

	/** @return the length of the vectors the map takes and returns */
	int size();

	/**
	 * Computes y = A x.
	 *
	 * @param x the vector to map, {@link #size()} values; not modified
	 * @param y receives the result, {@link #size()} values; a different array from {@code x}
	 */
	void apply(double[] x, double[] y);
}
