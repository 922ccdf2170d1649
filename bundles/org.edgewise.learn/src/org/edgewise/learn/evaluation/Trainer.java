package org.edgewise.learn.evaluation;

import org.edgewise.learn.Predictor;

/**
 * Trains a model: the step that cross-validation, grid search and ensembles repeat on different rows and
 * with different seeds. Any model kind fits behind it, usually as a lambda that calls the model's own
 * fitting method with fixed hyperparameters.
 */
@FunctionalInterface
public interface Trainer {

	/**
	 * @param inputs  the training rows, one sample per row; a fresh copy the trainer may keep or change
	 * @param targets the target rows, one per input row: regression values, or one-hot class rows
	 *                ({@link OneHot#encode}); a fresh copy as well
	 * @param seed    the seed for everything random in training (initial weights, shuffles, dropout)
	 * @return the trained model, never null
	 */
	Predictor train(double[][] inputs, double[][] targets, long seed);
}
