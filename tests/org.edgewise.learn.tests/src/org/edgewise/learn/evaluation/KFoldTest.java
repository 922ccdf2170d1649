package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KFoldTest {

	@ParameterizedTest
	@CsvSource({ "10, 2", "11, 3", "100, 5", "7, 7" })
	void everySampleIsTestedExactlyOnceAndTrainsInTheOtherFolds(int sampleCount, int foldCount) {
		List<Fold> folds = KFold.split(sampleCount, foldCount, 9);
		assertEquals(foldCount, folds.size());
		int[] all = folds.stream().flatMapToInt(fold -> Arrays.stream(fold.test())).sorted().toArray();
		assertArrayEquals(IntStream.range(0, sampleCount).toArray(), all);
		for (Fold fold : folds) {
			assertEquals(sampleCount, fold.trainSize() + fold.testSize());
		}
	}

	@Test
	void foldSizesDifferByAtMostOneTheLargerFirst() {
		// 11 samples in 3 folds: 4, 4, 3, as scikit-learn's KFold.
		int[] sizes = KFold.split(11, 3, 1).stream().mapToInt(Fold::testSize).toArray();
		assertArrayEquals(new int[] { 4, 4, 3 }, sizes);
	}

	@Test
	void theSeedDecidesTheFolds() {
		assertEquals(KFold.split(50, 5, 3), KFold.split(50, 5, 3));
		assertNotEquals(KFold.split(50, 5, 3), KFold.split(50, 5, 4));
	}

	@Test
	void stratifiedFoldsKeepEachClassShareWithinOneSample() {
		int[] perClass = { 13, 41, 96 };
		int[] labels = SplitsTest.labels(perClass);
		List<Fold> folds = KFold.stratified(labels, 10, 21);
		for (Fold fold : folds) {
			int[] counts = SplitsTest.classCounts(labels, fold.test(), 3);
			for (int c = 0; c < 3; c++) {
				double share = perClass[c] / 10.0;
				assertTrue(Math.abs(counts[c] - share) < 1, "class " + c + " has " + counts[c] + " samples in a test part");
			}
			assertTrue(fold.testSize() == 15, "150 samples in 10 folds give 15 each, got " + fold.testSize());
		}
		int[] all = folds.stream().flatMapToInt(fold -> Arrays.stream(fold.test())).sorted().toArray();
		assertArrayEquals(IntStream.range(0, labels.length).toArray(), all);
	}

	@Test
	void aClassSmallerThanTheFoldCountIsMissingFromSomeTestParts() {
		int[] labels = SplitsTest.labels(new int[] { 2, 18 });
		List<Fold> folds = KFold.stratified(labels, 5, 0);
		int[] rareCounts = folds.stream().mapToInt(fold -> SplitsTest.classCounts(labels, fold.test(), 2)[0]).toArray();
		assertEquals(2, Arrays.stream(rareCounts).sum());
		assertEquals(1, Arrays.stream(rareCounts).max().getAsInt());
	}

	@Test
	void aFoldCountOutsideTwoToTheSampleCountIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> KFold.split(10, 1, 0));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KFold.split(4, 5, 0));
		assertTrue(e.getMessage().contains("from 2 to the 4 samples, got 5"), e.getMessage());
	}
}
