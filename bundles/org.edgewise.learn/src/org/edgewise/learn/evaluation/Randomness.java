package org.edgewise.learn.evaluation;

import java.util.SplittableRandom;

/** The seeded shuffles and seed sequences behind splits, folds, resamples and ensembles. */
final class Randomness {

	private Randomness() {
	}

	/**
	 * Shuffles in place by Fisher-Yates, so a seed fixes the order on every machine.
	 *
	 * @param values the values to reorder
	 * @param random the source of randomness, advanced by {@code values.length - 1} draws
	 */
	static void shuffle(int[] values, SplittableRandom random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	/**
	 * @param count how many seeds
	 * @param seed  the base seed
	 * @return {@code count} seeds drawn in order from a generator seeded with {@code seed}: the i-th task of a
	 *         run (fold, ensemble member) always gets the i-th seed, however the tasks are scheduled
	 */
	static long[] seeds(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		long[] seeds = new long[count];
		for (int i = 0; i < count; i++) {
			seeds[i] = random.nextLong();
		}
		return seeds;
	}
}
