package org.edgewise.learn.network;

/**
 * How a {@link Trainer} fits a network. Change one setting at a time with the {@code with...} methods,
 * starting from {@link #defaults(long)}.
 *
 * @param epochs      the most passes over the training samples, at least 1
 * @param batchSize   samples per mini-batch, at least 1 (the last batch of an epoch may be smaller)
 * @param optimiser   the update rule
 * @param weightDecay the L2 penalty factor: weightDecay &middot; w is added to the gradient of every weight
 *                    (not bias), as PyTorch's {@code weight_decay}; 0 for none
 * @param patience    with validation samples, stop after this many epochs without a lower validation loss;
 *                    0 never stops early
 * @param seed        the seed of the shuffling and of dropout
 * @param parallel    whether a mini-batch is spread over the cores; the result is the same bit for bit
 *                    either way
 */
public record TrainingSettings(int epochs, int batchSize, Optimiser optimiser, double weightDecay, int patience, long seed,
		boolean parallel) {

	/**
	 * @throws IllegalArgumentException when a number is out of range or the optimiser is null
	 */
	public TrainingSettings {
		if (epochs < 1 || batchSize < 1) {
			throw new IllegalArgumentException("training needs at least one epoch and one sample per batch, got " + epochs
					+ " epochs of batches of " + batchSize);
		}
		if (optimiser == null) {
			throw new IllegalArgumentException("training needs an optimiser");
		}
		if (!(weightDecay >= 0 && weightDecay < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("the weight decay must be finite and not negative, got " + weightDecay);
		}
		if (patience < 0) {
			throw new IllegalArgumentException("the patience must not be negative, got " + patience);
		}
	}

	/**
	 * @param seed the seed of shuffling and dropout
	 * @return 50 epochs of mini-batches of 32 (Carbone et al. 2019), Adam with PyTorch's defaults, no weight
	 *         decay, no early stopping, parallel
	 */
	public static TrainingSettings defaults(long seed) {
		return new TrainingSettings(50, 32, Adam.defaults(), 0, 0, seed, true);
	}

	/**
	 * @param value the most epochs
	 * @return a copy with it
	 */
	public TrainingSettings withEpochs(int value) {
		return new TrainingSettings(value, batchSize, optimiser, weightDecay, patience, seed, parallel);
	}

	/**
	 * @param value samples per mini-batch
	 * @return a copy with it
	 */
	public TrainingSettings withBatchSize(int value) {
		return new TrainingSettings(epochs, value, optimiser, weightDecay, patience, seed, parallel);
	}

	/**
	 * @param value the update rule
	 * @return a copy with it
	 */
	public TrainingSettings withOptimiser(Optimiser value) {
		return new TrainingSettings(epochs, batchSize, value, weightDecay, patience, seed, parallel);
	}

	/**
	 * @param value the L2 penalty factor on weights
	 * @return a copy with it
	 */
	public TrainingSettings withWeightDecay(double value) {
		return new TrainingSettings(epochs, batchSize, optimiser, value, patience, seed, parallel);
	}

	/**
	 * @param value epochs without improvement before stopping, 0 for never
	 * @return a copy with it
	 */
	public TrainingSettings withPatience(int value) {
		return new TrainingSettings(epochs, batchSize, optimiser, weightDecay, value, seed, parallel);
	}

	/**
	 * @param value the seed of shuffling and dropout
	 * @return a copy with it
	 */
	public TrainingSettings withSeed(long value) {
		return new TrainingSettings(epochs, batchSize, optimiser, weightDecay, patience, value, parallel);
	}

	/**
	 * @param value whether to use all cores
	 * @return a copy with it
	 */
	public TrainingSettings withParallel(boolean value) {
		return new TrainingSettings(epochs, batchSize, optimiser, weightDecay, patience, seed, value);
	}
}
