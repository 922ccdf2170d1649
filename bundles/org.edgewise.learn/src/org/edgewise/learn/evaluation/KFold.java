package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded k-fold and stratified k-fold cross-validation folds: the samples are dealt into k disjoint test
 * parts that together cover every sample once, and each fold trains on the other k - 1 parts.
 * <p>
 * Fold sizes differ by at most one sample (the first n mod k test parts are one larger, as in
 * scikit-learn's KFold). Indices in each fold are in ascending order. The same arguments and seed always
 * give the same folds.
 */
public final class KFold {

	private KFold() {
	}

	/**
	 * @param sampleCount the number of samples
	 * @param foldCount   k, from 2 to {@code sampleCount}
	 * @param seed        the seed of the shuffle that decides which samples share a test part
	 * @return k folds; fold i tests on the i-th part
	 * @throws IllegalArgumentException when k is out of range
	 */
	public static List<Fold> split(int sampleCount, int foldCount, long seed) {
		checkFoldCount(sampleCount, foldCount);
		int[] order = new int[sampleCount];
		Arrays.setAll(order, i -> i);
		Randomness.shuffle(order, new SplittableRandom(seed));
		return deal(order, foldCount);
	}

	/**
	 * Folds whose test parts keep every class's share: each class's samples are shuffled and the classes,
	 * one after the other, are dealt round the folds, so each test part holds the floor or the ceiling of
	 * (class count / k) samples of every class. Stratified 10-fold is the protocol of Carbone et al.
	 * (2019): ten stratified 90/10 splits whose test sets never share a sample.
	 *
	 * @param labels    one class label per sample (any int values)
	 * @param foldCount k, from 2 to the number of samples; a class smaller than k is absent from some test parts
	 * @param seed      the seed of the shuffles
	 * @return k folds
	 * @throws IllegalArgumentException when k is out of range
	 */
	public static List<Fold> stratified(int[] labels, int foldCount, long seed) {
		checkFoldCount(labels.length, foldCount);
		SplittableRandom random = new SplittableRandom(seed);
		int[] order = new int[labels.length];
		int at = 0;
		for (int[] members : Strata.of(labels)) {
			int[] shuffled = members.clone();
			Randomness.shuffle(shuffled, random);
			System.arraycopy(shuffled, 0, order, at, shuffled.length);
			at += shuffled.length;
		}
		return deal(order, foldCount);
	}

	/** Puts the sample at position p of {@code order} into test part p mod k. */
	private static List<Fold> deal(int[] order, int foldCount) {
		int[] part = new int[order.length];
		int[] partSizes = new int[foldCount];
		for (int p = 0; p < order.length; p++) {
			part[order[p]] = p % foldCount;
			partSizes[p % foldCount]++;
		}
		List<Fold> folds = new ArrayList<>(foldCount);
		for (int f = 0; f < foldCount; f++) {
			int[] train = new int[order.length - partSizes[f]];
			int[] test = new int[partSizes[f]];
			int trainAt = 0;
			int testAt = 0;
			for (int sample = 0; sample < order.length; sample++) {
				if (part[sample] == f) {
					test[testAt++] = sample;
				} else {
					train[trainAt++] = sample;
				}
			}
			folds.add(new Fold(train, test));
		}
		return List.copyOf(folds);
	}

	private static void checkFoldCount(int sampleCount, int foldCount) {
		if (foldCount < 2 || foldCount > sampleCount) {
			throw new IllegalArgumentException(
					"the number of folds must be from 2 to the " + sampleCount + " samples, got " + foldCount);
		}
	}
}
