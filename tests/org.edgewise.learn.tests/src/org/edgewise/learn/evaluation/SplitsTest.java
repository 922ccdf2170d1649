package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplitsTest {

	@Test
	void kiyoharaHoldsOutATenthForTestingAndAsManyForValidation() {
		Split split = Splits.kiyohara(1000, 7);
		assertEquals(100, split.testSize());
		assertEquals(100, split.validationSize());
		assertEquals(800, split.trainSize());
		assertCoversEachSampleOnce(split, 1000);
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 10, 25, 99, 1001 })
	void kiyoharaValidationIsAlwaysTheSizeOfTheTestPart(int sampleCount) {
		Split split = Splits.kiyohara(sampleCount, 1);
		// A tenth, rounded to the nearest sample, at least one.
		assertEquals(Math.max(1, Math.round(sampleCount / 10.0)), split.testSize());
		assertEquals(split.testSize(), split.validationSize());
		assertCoversEachSampleOnce(split, sampleCount);
	}

	@Test
	void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
		assertEquals(Splits.random(200, 0.2, 0.1, 42), Splits.random(200, 0.2, 0.1, 42));
		assertNotEquals(Splits.random(200, 0.2, 0.1, 42), Splits.random(200, 0.2, 0.1, 43));
	}

	@Test
	void aRandomSplitShufflesTheSamples() {
		Split split = Splits.random(100, 0, 0.3, 5);
		// The test part is not simply the first or the last rows.
		assertNotEquals(IntStream.range(0, 30).boxed().toList(), Arrays.stream(split.test()).boxed().toList());
		assertNotEquals(IntStream.range(70, 100).boxed().toList(), Arrays.stream(split.test()).boxed().toList());
		assertEquals(0, split.validationSize());
	}

	@Test
	void aStratifiedSplitKeepsEveryClassShare() {
		// Carbone et al.: the dominant class O6 (label 2) holds 64 % of the samples.
		int[] labels = labels(new int[] { 90, 270, 640 });
		Split split = Splits.stratified(labels, 0.1, 0.1, 3);
		assertArrayEquals(new int[] { 9, 27, 64 }, classCounts(labels, split.test(), 3));
		assertArrayEquals(new int[] { 9, 27, 64 }, classCounts(labels, split.validation(), 3));
		assertArrayEquals(new int[] { 72, 216, 512 }, classCounts(labels, split.train(), 3));
		assertCoversEachSampleOnce(split, labels.length);
	}

	@Test
	void unevenClassesShareTheTestPartByLargestRemainder() {
		// 10 % of 33 samples is 3 (rounded). Quotas: class 0 has 3 * 5 / 33 = 0.45, class 1 3 * 11 / 33 = 1.0,
		// class 2 3 * 17 / 33 = 1.55. Floors 0, 1, 1; the sample left over goes to the largest fraction, class 2.
		int[] labels = labels(new int[] { 5, 11, 17 });
		Split split = Splits.stratified(labels, 0, 0.1, 11);
		assertArrayEquals(new int[] { 0, 1, 2 }, classCounts(labels, split.test(), 3));
	}

	@Test
	void stratifiedSplitsAcceptAnyLabelValues() {
		int[] labels = { 40, -3, 40, -3, 40, -3, 40, -3, 40, -3 };
		Split split = Splits.stratified(labels, 0, 0.2, 2);
		assertEquals(2, split.testSize());
		assertNotEquals(labels[split.test()[0]], labels[split.test()[1]], "one sample of each class");
	}

	@Test
	void partsThatLeaveNothingToTrainOnAreRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Splits.kiyohara(2, 0));
		assertTrue(e.getMessage().contains("leave none of the 2 samples for training"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Splits.random(10, 0.5, 0.5, 0));
		assertThrows(IllegalArgumentException.class, () -> Splits.random(10, 0.1, 0, 0), "no test part");
		assertThrows(IllegalArgumentException.class, () -> Splits.random(10, -0.1, 0.2, 0));
		assertThrows(IllegalArgumentException.class, () -> Splits.random(10, 0.1, Double.NaN, 0));
	}

	@Test
	void aSplitRefusesOverlappingParts() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new Split(new int[] { 0, 1 }, new int[] { 2 }, new int[] { 1 }));
		assertTrue(e.getMessage().contains("index 1 occurs twice"), e.getMessage());
	}

	/** Labels 0, 1, ... with the given number of samples each, interleaved so no class sits in one block. */
	static int[] labels(int[] perClass) {
		int total = Arrays.stream(perClass).sum();
		int[] labels = new int[total];
		int[] left = perClass.clone();
		int at = 0;
		while (at < total) {
			for (int c = 0; c < left.length; c++) {
				if (left[c] > 0) {
					labels[at++] = c;
					left[c]--;
				}
			}
		}
		return labels;
	}

	static int[] classCounts(int[] labels, int[] indices, int classCount) {
		int[] counts = new int[classCount];
		for (int index : indices) {
			counts[labels[index]]++;
		}
		return counts;
	}

	private static void assertCoversEachSampleOnce(Split split, int sampleCount) {
		int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())),
				Arrays.stream(split.test())).sorted().toArray();
		assertArrayEquals(IntStream.range(0, sampleCount).toArray(), all);
	}
}
