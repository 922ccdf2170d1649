package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BootstrapTest {

	@Test
	void outOfBagFoldsTestOnTheSamplesTheResampleMissed() {
		List<Fold> folds = Bootstrap.outOfBag(200, 10, 4);
		assertEquals(10, folds.size());
		for (Fold fold : folds) {
			assertEquals(200, fold.trainSize());
			int[] distinct = IntStream.of(fold.train()).distinct().toArray();
			int[] inBagOrOut = IntStream.concat(IntStream.of(distinct), IntStream.of(fold.test())).sorted().toArray();
			assertArrayEquals(IntStream.range(0, 200).toArray(), inBagOrOut);
			// About (1 - 1/n)^n = 36.7 % of the samples are never drawn.
			assertTrue(fold.testSize() > 50 && fold.testSize() < 95, "out of bag: " + fold.testSize());
		}
		assertEquals(folds, Bootstrap.outOfBag(200, 10, 4));
	}

	@Test
	void theIntervalLiesBetweenInterpolatedPercentilesOfTheResampledStatistic() {
		// A statistic that ignores its indices and returns 0 (the estimate) and then 1, 2, ..., 100 shows the
		// quantile rule: NumPy's np.percentile(np.arange(1, 101), [5, 95]) is [5.95, 95.05].
		int[] calls = { 0 };
		Interval interval = Bootstrap.percentileInterval(30, 100, 0.9, 1, indices -> calls[0]++);
		assertEquals(0, interval.estimate());
		assertEquals(5.95, interval.lower(), 1e-12);
		assertEquals(95.05, interval.upper(), 1e-12);
		assertEquals(0.9, interval.confidence());
	}

	@Test
	void theIntervalOfAMeanHasTheTextbookWidth() {
		// 400 standard normal values: the mean's 95 % interval is about +-1.96 / sqrt(400) = +-0.098 wide.
		SplittableRandom random = new SplittableRandom(8);
		double[] values = new double[400];
		Arrays.setAll(values, i -> ToyModels.gaussian(random));
		Interval interval = Bootstrap.percentileInterval(values.length, 2000, 0.95, 5,
				indices -> IntStream.of(indices).mapToDouble(i -> values[i]).average().getAsDouble());
		assertEquals(Arrays.stream(values).average().getAsDouble(), interval.estimate(), 1e-15);
		assertTrue(interval.lower() < interval.estimate() && interval.estimate() < interval.upper());
		double halfWidth = (interval.upper() - interval.lower()) / 2;
		assertEquals(0.098, halfWidth, 0.015);
	}

	@Test
	void aTestSetsMacroF1GetsAnInterval() {
		// Carbone et al. report F1 with its spread over resampled test sets.
		int[] actual = SplitsTest.labels(new int[] { 20, 30, 50 });
		int[] predicted = actual.clone();
		for (int i = 0; i < predicted.length; i += 7) {
			predicted[i] = (predicted[i] + 1) % 3;
		}
		Interval interval = Bootstrap.percentileInterval(actual.length, 500, 0.95, 3,
				indices -> ClassificationMetrics.of(pick(actual, indices), pick(predicted, indices), 3).macroF1());
		assertEquals(ClassificationMetrics.of(actual, predicted, 3).macroF1(), interval.estimate());
		assertTrue(interval.lower() < interval.estimate() && interval.upper() > interval.estimate(), interval.toString());
		assertTrue(interval.upper() <= 1);
		assertEquals(interval, Bootstrap.percentileInterval(actual.length, 500, 0.95, 3,
				indices -> ClassificationMetrics.of(pick(actual, indices), pick(predicted, indices), 3).macroF1()));
	}

	@Test
	void badArgumentsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> Bootstrap.outOfBag(1, 5, 0));
		assertThrows(IllegalArgumentException.class, () -> Bootstrap.percentileInterval(10, 1, 0.95, 0, indices -> 0));
		assertThrows(IllegalArgumentException.class, () -> Bootstrap.percentileInterval(10, 100, 1, 0, indices -> 0));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Bootstrap.percentileInterval(10, 100, 0.9, 0, indices -> indices[0] == 0 ? Double.NaN : 1));
		assertTrue(e.getMessage().contains("the statistic is NaN on resample"), e.getMessage());
	}

	private static int[] pick(int[] values, int[] indices) {
		return IntStream.of(indices).map(i -> values[i]).toArray();
	}
}
