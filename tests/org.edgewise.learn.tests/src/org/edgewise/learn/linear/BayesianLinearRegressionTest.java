package org.edgewise.learn.linear;

import static org.edgewise.learn.linear.LinearFixtures.assertBitIdentical;
import static org.edgewise.learn.linear.LinearFixtures.gaussian;
import static org.edgewise.learn.linear.LinearFixtures.inverse;
import static org.edgewise.learn.linear.LinearFixtures.linearTargets;
import static org.edgewise.learn.linear.LinearFixtures.maxAbsDifference;
import static org.edgewise.learn.linear.LinearFixtures.normalEquations;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;

class BayesianLinearRegressionTest {

	@Test
	void thePosteriorIsTheTextbookOne() {
		// S = (alpha I + beta X^T X)^-1 and M = beta S X^T Y: the mean is ridge regression with lambda = alpha / beta.
		Random random = new Random(8);
		double[][] x = gaussian(random, 30, 6);
		double[][] y = gaussian(random, 30, 2);
		BayesianLinearRegression posterior = BayesianLinearRegression.fit(x, y, 2.0, 4.0);
		assertTrue(maxAbsDifference(normalEquations(x, y, 0.5), posterior.posteriorMean()) < 1e-12);
		double[][] gram = new double[6][6];
		for (double[] row : x) {
			for (int i = 0; i < 6; i++) {
				for (int j = 0; j < 6; j++) {
					gram[i][j] += 4.0 * row[i] * row[j];
				}
			}
		}
		for (int i = 0; i < 6; i++) {
			gram[i][i] += 2.0;
		}
		assertTrue(maxAbsDifference(inverse(gram), posterior.posteriorCovariance()) < 1e-14);
	}

	@Test
	void thePredictiveVarianceIsNoisePlusWeightUncertainty() {
		Random random = new Random(9);
		double[][] x = gaussian(random, 25, 4);
		BayesianLinearRegression posterior = BayesianLinearRegression.fit(x, gaussian(random, 25, 1), 1.0, 10.0);
		double[] fresh = { 0.5, -1, 2, 0.25 };
		double[][] s = posterior.posteriorCovariance();
		double quadratic = 0;
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				quadratic += fresh[i] * s[i][j] * fresh[j];
			}
		}
		assertEquals(0.1 + quadratic, posterior.predictiveVariance(new double[][] { fresh })[0], 1e-14);
		// More data can only sharpen the posterior: the variance at every point falls.
		double[][] more = gaussian(random, 50, 4);
		System.arraycopy(x, 0, more, 0, 25);
		BayesianLinearRegression sharper = BayesianLinearRegression.fit(more, gaussian(random, 50, 1), 1.0, 10.0);
		double[][] probes = gaussian(random, 20, 4);
		double[] before = posterior.predictiveVariance(probes);
		double[] after = sharper.predictiveVariance(probes);
		for (int i = 0; i < probes.length; i++) {
			assertTrue(after[i] < before[i] && after[i] > 0.1, "probe " + i + ": " + before[i] + " -> " + after[i]);
		}
	}

	@Test
	void aStrongPriorShrinksTowardsZeroAndAWeakOneRecoversTheWeights() {
		Random random = new Random(10);
		double[][] x = gaussian(random, 200, 5);
		double[][] weights = gaussian(random, 5, 2);
		double[][] y = linearTargets(random, x, weights, 0.01);
		BayesianLinearRegression weak = BayesianLinearRegression.fit(x, y, 1e-6, 1e4);
		assertTrue(maxAbsDifference(weights, weak.posteriorMean()) < 1e-2);
		BayesianLinearRegression strong = BayesianLinearRegression.fit(x, y, 1e14, 1e4);
		assertTrue(maxAbsDifference(new double[5][2], strong.posteriorMean()) < 1e-6);
		// With the weights pinned at zero, the predictive variance is the noise 1 / beta plus |x|^2 / alpha.
		assertEquals(1e-4 + 2e-14, strong.predictiveVariance(new double[][] { { 1, 1, 0, 0, 0 } })[0], 1e-15);
	}

	@Test
	void aPosteriorRebuiltFromItsParametersPredictsBitForBit() {
		Random random = new Random(11);
		BayesianLinearRegression posterior = BayesianLinearRegression.fit(gaussian(random, 20, 3), gaussian(random, 20, 2),
				0.5, 3);
		ModelParameters parameters = posterior.parameters();
		BayesianLinearRegression rebuilt = BayesianLinearRegression.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		double[][] fresh = gaussian(random, 7, 3);
		assertBitIdentical(posterior.predict(fresh), rebuilt.predict(fresh));
		assertArrayEquals(posterior.predictiveVariance(fresh), rebuilt.predictiveVariance(fresh), 0.0);
	}

	@Test
	void badArgumentsAreRefusedWithAClearMessage() {
		double[][] x = { { 1, 2 }, { 3, 4 } };
		double[][] y = { { 1 }, { 2 } };
		String message = assertThrows(IllegalArgumentException.class, () -> BayesianLinearRegression.fit(x, y, 0, 1))
				.getMessage();
		assertTrue(message.contains("positive and finite"), message);
		message = assertThrows(IllegalArgumentException.class,
				() -> BayesianLinearRegression.fit(x, y, 1, 1).predictiveVariance(new double[][] { { 1 } })).getMessage();
		assertTrue(message.contains("input row 0 has 1 values, expected 2"), message);
	}
}
