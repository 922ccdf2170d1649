package org.edgewise.learn.linear;

import static org.edgewise.learn.linear.LinearFixtures.gaussian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.edgewise.learn.evaluation.Rows;
import org.junit.jupiter.api.Test;

class UncertaintySamplingTest {

	private static final double ALPHA = 0.5;
	private static final double BETA = 4.0;

	@Test
	void everyPickIsTheBestSingleAdditionFoundByBruteForce() {
		// The brute force refits the posterior with each remaining candidate added and sums the predictive
		// variance over the pool; the targets do not matter, so they are zeros.
		double[][] pool = gaussian(new Random(12), 40, 5);
		UncertaintySampling.Selection selection = UncertaintySampling.select(pool, 6, ALPHA, BETA);
		int[] order = selection.order();
		for (int pick = 0; pick < order.length; pick++) {
			int[] before = Arrays.copyOf(order, pick);
			double best = Double.POSITIVE_INFINITY;
			int bestCandidate = -1;
			for (int candidate = 0; candidate < pool.length; candidate++) {
				if (contains(before, candidate)) {
					continue;
				}
				double summed = summedVariance(pool, append(before, candidate));
				if (summed < best) {
					best = summed;
					bestCandidate = candidate;
				}
			}
			assertEquals(bestCandidate, order[pick], "pick " + pick);
			assertEquals(best, selection.summedVariance()[pick], 1e-9 * best, "pick " + pick);
		}
	}

	@Test
	void theSummedVarianceFallsWithEveryPickFromThePrior() {
		double[][] pool = gaussian(new Random(13), 60, 8);
		UncertaintySampling.Selection selection = UncertaintySampling.select(pool, 60, ALPHA, BETA);
		// Before any pick: 60 / beta noise plus |x|^2 / alpha for each candidate.
		double prior = 60 / BETA;
		for (double[] x : pool) {
			for (double v : x) {
				prior += v * v / ALPHA;
			}
		}
		assertEquals(prior, selection.priorSummedVariance(), 1e-10 * prior);
		double previous = selection.priorSummedVariance();
		for (double summed : selection.summedVariance()) {
			assertTrue(summed < previous, summed + " after " + previous);
			previous = summed;
		}
		// Every candidate is picked once, and the variance never falls below the noise.
		int[] sorted = selection.order();
		Arrays.sort(sorted);
		for (int i = 0; i < sorted.length; i++) {
			assertEquals(i, sorted[i]);
		}
		assertTrue(previous > 60 / BETA);
		assertEquals(summedVariance(pool, selection.order()), previous, 1e-9 * previous);
	}

	@Test
	void thePicksCoverEveryDirectionBeforeRepeatingOne() {
		// Ten copies of e1, ten of e2, one e3; a vague prior (alpha 1) and precise labels (beta 100). One label
		// of e1 settles all ten e1 candidates (variance 1 -> 1/101), so a second e1 would teach almost nothing:
		// the next pick is an e2 (settling ten), then the lone e3. Ties go to the lowest index.
		double[][] pool = new double[21][];
		for (int i = 0; i < 21; i++) {
			pool[i] = new double[3];
			pool[i][i < 10 ? 0 : i < 20 ? 1 : 2] = 1;
		}
		UncertaintySampling.Selection selection = UncertaintySampling.select(pool, 3, 1, 100);
		assertEquals(Arrays.toString(new int[] { 0, 10, 20 }), Arrays.toString(selection.order()));
		// Each label leaves 1/101 of its direction's variance on every candidate that shares it, plus the noise.
		assertEquals(21 * 0.01 + 21 / 101.0, selection.summedVariance()[2], 1e-12);
	}

	@Test
	void badArgumentsAreRefusedWithAClearMessage() {
		double[][] pool = { { 1, 2 }, { 3, 4 } };
		String message = assertThrows(IllegalArgumentException.class, () -> UncertaintySampling.select(pool, 3, 1, 1))
				.getMessage();
		assertTrue(message.contains("from 1 to the 2 candidates, got 3"), message);
		message = assertThrows(IllegalArgumentException.class,
				() -> UncertaintySampling.select(new double[][] { { 1, 2 }, { 3 } }, 1, 1, 1)).getMessage();
		assertTrue(message.contains("candidate row 1 has 1 values, expected 2"), message);
		message = assertThrows(IllegalArgumentException.class, () -> UncertaintySampling.select(pool, 1, 1, -2))
				.getMessage();
		assertTrue(message.contains("positive and finite"), message);
	}

	/** The summed predictive variance over the pool of the posterior trained on the given rows. */
	private static double summedVariance(double[][] pool, int[] trained) {
		BayesianLinearRegression posterior = BayesianLinearRegression.fit(Rows.select(pool, trained),
				new double[trained.length][1], ALPHA, BETA);
		return Arrays.stream(posterior.predictiveVariance(pool)).sum();
	}

	private static boolean contains(int[] values, int value) {
		return Arrays.stream(values).anyMatch(v -> v == value);
	}

	private static int[] append(int[] values, int value) {
		int[] longer = Arrays.copyOf(values, values.length + 1);
		longer[values.length] = value;
		return longer;
	}
}
