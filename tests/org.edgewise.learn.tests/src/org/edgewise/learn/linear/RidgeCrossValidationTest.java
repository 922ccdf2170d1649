package org.edgewise.learn.linear;

import static org.edgewise.learn.linear.LinearFixtures.gaussian;
import static org.edgewise.learn.linear.LinearFixtures.linearTargets;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.edgewise.learn.evaluation.Fold;
import org.edgewise.learn.evaluation.KFold;
import org.edgewise.learn.evaluation.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RidgeCrossValidationTest {

	private static final double[] GRID = { 1e-3, 1e-2, 0.1, 1, 10, 100, 1000, 1e4 };

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void theErrorsEqualFittingAndScoringEveryFoldDirectly(boolean intercept) {
		// The eigenbasis shortcut must give what the slow way gives: fit on the training rows, predict the
		// test rows, RMSE over all outputs, mean over the folds.
		Random random = new Random(6);
		double[][] x = gaussian(random, 45, 7);
		double[][] y = linearTargets(random, x, gaussian(random, 7, 3), 0.5);
		for (double[] row : y) {
			row[2] += 4;
		}
		List<Fold> folds = KFold.split(45, 4, 21);
		RidgeCrossValidation search = RidgeCrossValidation.run(x, y, intercept, GRID, folds);
		double[] expected = new double[GRID.length];
		for (int l = 0; l < GRID.length; l++) {
			for (Fold fold : folds) {
				Ridge ridge = Ridge.fit(Rows.select(x, fold.train()), Rows.select(y, fold.train()), GRID[l], intercept);
				expected[l] += rmse(Rows.select(y, fold.test()), ridge.predict(Rows.select(x, fold.test()))) / folds.size();
			}
		}
		assertArrayEquals(expected, search.meanValidationRmse(), 1e-9);
		assertArrayEquals(GRID, search.lambdas(), 0.0);
	}

	@Test
	void crossValidationPicksThePenaltyBayesTheoryPredicts() {
		// Inputs N(0, 1), true weights N(0, 0.3^2), noise N(0, 1): the ridge estimate is the posterior mean of
		// the weights, and the best penalty is noise variance / weight variance = 1 / 0.09 = 11.1. Of the grid,
		// 10 is nearest; least squares (tiny lambda) overfits and a huge lambda predicts next to nothing.
		Random random = new Random(7);
		double[][] x = gaussian(random, 60, 40);
		double[][] weights = gaussian(random, 40, 2);
		for (double[] row : weights) {
			for (int k = 0; k < row.length; k++) {
				row[k] *= 0.3;
			}
		}
		double[][] y = linearTargets(random, x, weights, 1.0);
		RidgeCrossValidation search = RidgeCrossValidation.run(x, y, false, GRID, KFold.split(60, 5, 3));
		assertEquals(10.0, search.bestLambda());
		double[] rmse = search.meanValidationRmse();
		for (int l = 0; l < GRID.length; l++) {
			assertTrue(rmse[4] <= rmse[l], "lambda " + GRID[l] + " scores " + rmse[l] + ", below the best " + rmse[4]);
		}
		assertTrue(rmse[4] < 0.8 * rmse[0] && rmse[4] < 0.9 * rmse[GRID.length - 1], Arrays.toString(rmse));
	}

	@Test
	void badArgumentsAreRefusedWithAClearMessage() {
		double[][] x = { { 1, 2 }, { 3, 4 }, { 5, 7 }, { 2, 2 } };
		double[][] y = { { 1 }, { 2 }, { 3 }, { 4 } };
		List<Fold> folds = KFold.split(4, 2, 1);
		assertMessage("grid is empty", () -> RidgeCrossValidation.run(x, y, false, new double[0], folds));
		assertMessage("positive and finite, got 0.0",
				() -> RidgeCrossValidation.run(x, y, false, new double[] { 1, 0 }, folds));
		assertMessage("at least one fold", () -> RidgeCrossValidation.run(x, y, false, GRID, List.of()));
		assertMessage("test index 7 is beyond the 4 samples", () -> RidgeCrossValidation.run(x, y, false, GRID,
				List.of(new Fold(new int[] { 0, 1 }, new int[] { 7 }))));
		assertMessage("4 input rows but 3 target rows",
				() -> RidgeCrossValidation.run(x, new double[][] { { 1 }, { 2 }, { 3 } }, false, GRID, folds));
	}

	private static double rmse(double[][] expected, double[][] actual) {
		double sum = 0;
		for (int i = 0; i < expected.length; i++) {
			for (int k = 0; k < expected[i].length; k++) {
				sum += (expected[i][k] - actual[i][k]) * (expected[i][k] - actual[i][k]);
			}
		}
		return Math.sqrt(sum / (expected.length * expected[0].length));
	}

	private static void assertMessage(String expected, Executable call) {
		String message = assertThrows(IllegalArgumentException.class, call).getMessage();
		assertTrue(message.contains(expected), message);
	}
}
