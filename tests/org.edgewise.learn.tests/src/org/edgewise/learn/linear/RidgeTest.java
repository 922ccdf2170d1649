package org.edgewise.learn.linear;

import static org.edgewise.learn.linear.LinearFixtures.assertBitIdentical;
import static org.edgewise.learn.linear.LinearFixtures.gaussian;
import static org.edgewise.learn.linear.LinearFixtures.linearTargets;
import static org.edgewise.learn.linear.LinearFixtures.maxAbsDifference;
import static org.edgewise.learn.linear.LinearFixtures.normalEquations;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RidgeTest {

	@Test
	void weightsEqualTheNormalEquationsSolution() {
		// Many outputs at once, shapes that are not multiples of the kernels' blocks, a sum over 700 rows.
		Random random = new Random(1);
		double[][] x = gaussian(random, 700, 53);
		double[][] y = gaussian(random, 700, 37);
		Ridge ridge = Ridge.fit(x, y, 0.7, false);
		assertTrue(maxAbsDifference(normalEquations(x, y, 0.7), ridge.weights()) < 1e-10);
		assertArrayEquals(new double[37], ridge.intercept(), 0.0);
		assertEquals(53, ridge.inputSize());
		assertEquals(37, ridge.outputSize());
	}

	@Test
	void anInterceptIsFittedOnCentredDataAndNotPenalised() {
		Random random = new Random(2);
		double[][] x = gaussian(random, 80, 6);
		double[][] y = gaussian(random, 80, 3);
		for (int i = 0; i < x.length; i++) {
			x[i][2] += 10; // offsets a penalised intercept would fight
			y[i][1] += 50;
		}
		Ridge ridge = Ridge.fit(x, y, 2.5, true);
		double[] xMean = ColumnCentring.means(x);
		double[] yMean = ColumnCentring.means(y);
		double[][] expected = normalEquations(ColumnCentring.centred(x, xMean), ColumnCentring.centred(y, yMean), 2.5);
		assertTrue(maxAbsDifference(expected, ridge.weights()) < 1e-10);
		// The fitted plane passes through the means: b = mean(y) - mean(x) W.
		assertArrayEquals(yMean, ridge.predict(new double[][] { xMean })[0], 1e-10);
		// Shifting every target by a constant moves only the intercept.
		for (double[] row : y) {
			row[0] += 7;
		}
		Ridge shifted = Ridge.fit(x, y, 2.5, true);
		assertTrue(maxAbsDifference(ridge.weights(), shifted.weights()) < 1e-12);
		assertEquals(ridge.intercept()[0] + 7, shifted.intercept()[0], 1e-10);
	}

	@Test
	void noiselessLinearDataAreRecoveredExactlyWithoutPenalty() {
		Random random = new Random(3);
		double[][] x = gaussian(random, 50, 8);
		double[][] weights = gaussian(random, 8, 4);
		double[][] y = linearTargets(random, x, weights, 0);
		Ridge ridge = Ridge.fit(x, y, 0, false);
		assertTrue(maxAbsDifference(weights, ridge.weights()) < 1e-12);
		assertTrue(maxAbsDifference(y, ridge.predict(x)) < 1e-12);
	}

	@Test
	void asLambdaFallsTheWeightsApproachLeastSquares() {
		Random random = new Random(4);
		double[][] x = gaussian(random, 40, 10);
		double[][] y = linearTargets(random, x, gaussian(random, 10, 2), 0.3);
		double[][] leastSquares = Ridge.fit(x, y, 0, false).weights();
		double previous = Double.POSITIVE_INFINITY;
		for (double lambda : new double[] { 10, 1, 1e-2, 1e-4, 1e-6, 1e-8 }) {
			double distance = maxAbsDifference(leastSquares, Ridge.fit(x, y, lambda, false).weights());
			assertTrue(distance < previous, "lambda " + lambda + ": " + distance + " after " + previous);
			previous = distance;
		}
		assertTrue(previous < 1e-9, "lambda 1e-8 is " + previous + " from least squares");
	}

	@Test
	void aModelRebuiltFromItsParametersPredictsBitForBit() {
		Random random = new Random(5);
		double[][] x = gaussian(random, 30, 5);
		Ridge ridge = Ridge.fit(x, gaussian(random, 30, 4), 0.5, true);
		ModelParameters parameters = ridge.parameters();
		Ridge rebuilt = Ridge.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		assertEquals(0.5, rebuilt.lambda());
		double[][] fresh = gaussian(random, 9, 5);
		assertBitIdentical(ridge.predict(fresh), rebuilt.predict(fresh));
	}

	@Test
	void badArgumentsAreRefusedWithAClearMessage() {
		double[][] x = { { 1, 2 }, { 3, 4 }, { 5, 7 } };
		double[][] y = { { 1 }, { 2 }, { 3 } };
		assertMessage("input row 1 has 3 values, expected 2",
				() -> Ridge.fit(new double[][] { { 1, 2 }, { 3, 4, 5 } }, y, 1, false));
		assertMessage("target row 2, column 0 is not finite",
				() -> Ridge.fit(x, new double[][] { { 1 }, { 2 }, { Double.NaN } }, 1, false));
		assertMessage("3 input rows but 2 target rows", () -> Ridge.fit(x, new double[][] { { 1 }, { 2 } }, 1, false));
		assertMessage("lambda must be finite and at least 0", () -> Ridge.fit(x, y, -1, false));
		assertMessage("singular", () -> Ridge.fit(new double[][] { { 1, 2 }, { 2, 4 }, { 3, 6 } }, y, 0, false));
		Ridge ridge = Ridge.fit(x, y, 1, false);
		assertMessage("input row 0 has 3 values, expected 2", () -> ridge.predict(new double[][] { { 1, 2, 3 } }));
		ModelParameters wrongIntercept = new ModelParameters().putMatrix("weights", new double[][] { { 1 }, { 2 } })
				.putDoubles("intercept", new double[] { 0, 0 }).putDoubles("lambda", new double[] { 1 });
		assertTrue(assertThrows(ModelFormatException.class, () -> Ridge.fromParameters(wrongIntercept)).getMessage()
				.contains("intercept"));
	}

	private static void assertMessage(String expected, Executable call) {
		String message = assertThrows(IllegalArgumentException.class, call).getMessage();
		assertTrue(message.contains(expected), message);
	}
}
