package org.edgewise.learn.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded random and stratified train / validation / test splits.
 * <p>
 * A part's size is its fraction of the samples rounded to the nearest whole sample (halves up), and at
 * least one sample when its fraction is positive; the training part takes the rest and must keep at
 * least one. Each part lists its indices in ascending order. The same arguments and seed always give
 * the same split.
 */
public final class Splits {

	/** Kiyohara et al.'s test share: the data are shuffled and one tenth is held out for testing. */
	public static final double KIYOHARA_TEST_FRACTION = 0.1;

	private Splits() {
	}

	/**
	 * The split of Kiyohara et al. (2019): shuffle, hold out 10 % for testing, then take a validation
	 * part of the same size from the rest; the remainder (about 80 %) trains.
	 *
	 * @param sampleCount the number of samples, at least 3
	 * @param seed        the seed of the shuffle
	 * @return the split
	 * @throws IllegalArgumentException when there are fewer than 3 samples
	 */
	public static Split kiyohara(int sampleCount, long seed) {
		return random(sampleCount, KIYOHARA_TEST_FRACTION, KIYOHARA_TEST_FRACTION, seed);
	}

	/**
	 * A split of shuffled samples.
	 *
	 * @param sampleCount        the number of samples
	 * @param validationFraction the validation share, in [0, 1); 0 for a plain train/test split
	 * @param testFraction       the test share, in (0, 1)
	 * @param seed               the seed of the shuffle
	 * @return the split
	 * @throws IllegalArgumentException when a fraction is out of range or the parts leave no training sample
	 */
	public static Split random(int sampleCount, double validationFraction, double testFraction, long seed) {
		int testSize = partSize(testFraction, sampleCount, "test", false);
		int validationSize = partSize(validationFraction, sampleCount, "validation", true);
		checkTrainingLeft(sampleCount, validationSize, testSize);
		int[] order = new int[sampleCount];
		Arrays.setAll(order, i -> i);
		Randomness.shuffle(order, new SplittableRandom(seed));
		return new Split(sorted(order, testSize + validationSize, sampleCount),
				sorted(order, testSize, testSize + validationSize), sorted(order, 0, testSize));
	}

	/**
	 * A split that keeps every class's share in each part, as closely as whole samples allow: each part's
	 * size is shared among the classes in proportion to their counts (largest remainder), and each class's
	 * samples are shuffled before they are dealt out. Carbone et al. (2019) use a stratified 90/10 split:
	 * {@code stratified(labels, 0, 0.1, seed)}.
	 *
	 * @param labels             one class label per sample (any int values)
	 * @param validationFraction the validation share, in [0, 1)
	 * @param testFraction       the test share, in (0, 1)
	 * @param seed               the seed of the shuffles
	 * @return the split
	 * @throws IllegalArgumentException when a fraction is out of range or the parts leave no training sample
	 */
	public static Split stratified(int[] labels, double validationFraction, double testFraction, long seed) {
		int sampleCount = labels.length;
		int testSize = partSize(testFraction, sampleCount, "test", false);
		int validationSize = partSize(validationFraction, sampleCount, "validation", true);
		checkTrainingLeft(sampleCount, validationSize, testSize);
		int[][] classes = Strata.of(labels);
		int[] classSizes = Strata.sizes(classes);
		int[] testCounts = Apportionment.share(testSize, classSizes, classSizes);
		int[] room = new int[classes.length];
		Arrays.setAll(room, c -> classSizes[c] - testCounts[c]);
		int[] validationCounts = Apportionment.share(validationSize, classSizes, room);
		int[] train = new int[sampleCount - testSize - validationSize];
		int[] validation = new int[validationSize];
		int[] test = new int[testSize];
		int trainAt = 0;
		int validationAt = 0;
		int testAt = 0;
		SplittableRandom random = new SplittableRandom(seed);
		for (int c = 0; c < classes.length; c++) {
			int[] members = classes[c].clone();
			Randomness.shuffle(members, random);
			int heldOut = testCounts[c] + validationCounts[c];
			System.arraycopy(members, 0, test, testAt, testCounts[c]);
			System.arraycopy(members, testCounts[c], validation, validationAt, validationCounts[c]);
			System.arraycopy(members, heldOut, train, trainAt, members.length - heldOut);
			testAt += testCounts[c];
			validationAt += validationCounts[c];
			trainAt += members.length - heldOut;
		}
		Arrays.sort(train);
		Arrays.sort(validation);
		Arrays.sort(test);
		return new Split(train, validation, test);
	}

	private static int partSize(double fraction, int sampleCount, String part, boolean mayBeEmpty) {
		if (!(fraction >= 0 && fraction < 1) || (fraction == 0 && !mayBeEmpty)) {
			throw new IllegalArgumentException(
					"the " + part + " fraction must lie in " + (mayBeEmpty ? "[0, 1)" : "(0, 1)") + ", got " + fraction);
		}
		return fraction == 0 ? 0 : (int) Math.max(1, Math.round(fraction * sampleCount));
	}

	private static void checkTrainingLeft(int sampleCount, int validationSize, int testSize) {
		if (testSize + validationSize >= sampleCount) {
			throw new IllegalArgumentException("a test part of " + testSize + " and a validation part of "
					+ validationSize + " leave none of the " + sampleCount + " samples for training");
		}
	}

	private static int[] sorted(int[] order, int from, int to) {
		int[] part = Arrays.copyOfRange(order, from, to);
		Arrays.sort(part);
		return part;
	}
}
