package org.edgewise.learn;

/**
 * A trained model that maps input rows to output rows: regression values, or class probabilities for a
 * classifier. Evaluation, cross-validation and ensembles work with any predictor.
 * <p>
 * Implementations are safe to call from several threads once trained.
 */
public interface Predictor {

	/** @return the number of values in each input row */
	int inputSize();

	/** @return the number of values in each output row */
	int outputSize();

	/**
	 * @param inputs rows of {@link #inputSize()} values each
	 * @return one new row of {@link #outputSize()} values per input row, in the same order
	 * @throws IllegalArgumentException when a row has another length than {@link #inputSize()}
	 */
	double[][] predict(double[][] inputs);
}
