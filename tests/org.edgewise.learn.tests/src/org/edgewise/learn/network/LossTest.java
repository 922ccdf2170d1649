package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LossTest {

	static Stream<Loss> losses() {
		return Stream.of(new SoftmaxCrossEntropy(), RegressionLoss.meanAbsoluteError(), RegressionLoss.meanSquaredError(),
				RegressionLoss.huber(1), RegressionLoss.huber(0.5));
	}

	@ParameterizedTest
	@MethodSource("losses")
	void gradientMatchesFiniteDifferences(Loss loss) {
		SplittableRandom random = new SplittableRandom(3);
		int rows = 5;
		int width = 4;
		float[][] outputs = new float[rows][width];
		float[][] targets = new float[rows][width];
		// Errors of these sizes keep clear of the kinks of |d| (0) and Huber (+-0.5, +-1) for a step of 0.01.
		double[] errors = { 0.3, -0.3, 0.7, -0.7, 1.6, -1.6, 2.5, -2.5 };
		for (int r = 0; r < rows; r++) {
			double mass = 0;
			for (int j = 0; j < width; j++) {
				outputs[r][j] = (float) random.nextDouble(-3, 3);
				targets[r][j] = loss instanceof SoftmaxCrossEntropy ? (float) random.nextDouble()
						: outputs[r][j] - (float) errors[random.nextInt(errors.length)];
				mass += targets[r][j];
			}
			if (loss instanceof SoftmaxCrossEntropy) {
				for (int j = 0; j < width; j++) {
					targets[r][j] /= (float) mass; // soft labels: target probabilities summing to 1
				}
			}
		}
		float[][] gradient = new float[rows][width];
		loss.evaluate(outputs, targets, rows, width, gradient, 1f);
		for (int r = 0; r < rows; r++) {
			for (int j = 0; j < width; j++) {
				float original = outputs[r][j];
				float above = original + 0.01f;
				float below = original - 0.01f;
				outputs[r][j] = above;
				double upper = loss.evaluate(outputs, targets, rows, width, null, 1f);
				outputs[r][j] = below;
				double lower = loss.evaluate(outputs, targets, rows, width, null, 1f);
				outputs[r][j] = original;
				double numeric = (upper - lower) / ((double) above - below);
				assertEquals(numeric, gradient[r][j], 1e-4 + 1e-3 * Math.abs(numeric), loss + " output [" + r + "][" + j + "]");
			}
		}
	}

	@Test
	void gradientScaleMultipliesEveryGradient() {
		float[][] outputs = { { 1, 2, 3 } };
		float[][] targets = { { 0, 1, 0 } };
		float[][] unscaled = new float[1][3];
		float[][] scaled = new float[1][3];
		Loss loss = new SoftmaxCrossEntropy();
		loss.evaluate(outputs, targets, 1, 3, unscaled, 1f);
		loss.evaluate(outputs, targets, 1, 3, scaled, 0.25f);
		for (int j = 0; j < 3; j++) {
			assertEquals(unscaled[0][j] * 0.25f, scaled[0][j], 1e-7);
		}
	}

	@Test
	void crossEntropyOfEqualLogitsIsLogOfClassCount() {
		float[][] outputs = { { 5, 5, 5 } };
		assertEquals(Math.log(3), new SoftmaxCrossEntropy().evaluate(outputs, new float[][] { { 0, 0, 1 } }, 1, 3, null, 1), 1e-12);
	}

	@Test
	void crossEntropyStaysFiniteForHugeLogits() {
		// exp(1000) overflows even a double; the log-sum-exp with the maximum subtracted does not.
		SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
		float[][] logits = { { 1000, 0, -1000 } };
		float[][] gradient = new float[1][3];
		assertEquals(0, loss.evaluate(logits, new float[][] { { 1, 0, 0 } }, 1, 3, gradient, 1), 1e-12);
		assertArrayEquals(new float[] { 0, 0, 0 }, gradient[0], 1e-30f);
		// The worst class: the loss is the logit gap, the gradient pushes the winner down and the target up.
		assertEquals(2000, loss.evaluate(logits, new float[][] { { 0, 0, 1 } }, 1, 3, gradient, 1), 1e-9);
		assertArrayEquals(new float[] { 1, 0, -1 }, gradient[0], 0f);
		float[] probabilities = logits[0].clone();
		loss.activate(probabilities, 3);
		assertArrayEquals(new float[] { 1, 0, 0 }, probabilities, 0f);
	}

	@Test
	void softmaxGivesProbabilitiesSummingToOne() {
		float[] values = { 1, 2, 3 };
		new SoftmaxCrossEntropy().activate(values, 3);
		double denominator = Math.exp(1) + Math.exp(2) + Math.exp(3);
		assertArrayEquals(new float[] { (float) (Math.exp(1) / denominator), (float) (Math.exp(2) / denominator),
				(float) (Math.exp(3) / denominator) }, values, 1e-7f);
	}

	@Test
	void regressionLossesAverageTheirPenaltyOverOutputs() {
		// Errors 0.5, -2 and 3: |d| = 0.5, 2, 3; d^2 = 0.25, 4, 9; Huber(1) = 0.125, 1.5, 2.5.
		float[][] outputs = { { 1.5f, -2, 3 } };
		float[][] targets = { { 1, 0, 0 } };
		assertEquals(5.5 / 3, RegressionLoss.meanAbsoluteError().evaluate(outputs, targets, 1, 3, null, 1), 1e-12);
		assertEquals(13.25 / 3, RegressionLoss.meanSquaredError().evaluate(outputs, targets, 1, 3, null, 1), 1e-12);
		assertEquals(4.125 / 3, RegressionLoss.huber(1).evaluate(outputs, targets, 1, 3, null, 1), 1e-12);
	}

	@Test
	void scoresAreAccuracyAndMeanAbsoluteError() {
		SoftmaxCrossEntropy classifier = new SoftmaxCrossEntropy();
		assertEquals(1, classifier.score(new float[] { 0.1f, 0.7f, 0.2f }, new float[] { 0, 1, 0 }, 3));
		assertEquals(0, classifier.score(new float[] { 0.1f, 0.7f, 0.2f }, new float[] { 0, 0, 1 }, 3));
		assertEquals(1.5, RegressionLoss.meanSquaredError().score(new float[] { 1, 2 }, new float[] { 0, 4 }, 2), 1e-12);
	}

	@Test
	void huberNeedsAPositiveDelta() {
		IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> RegressionLoss.huber(0));
		assertTrue(thrown.getMessage().contains("delta"), thrown.getMessage());
	}
}
