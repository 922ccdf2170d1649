package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OptimiserTest {

	@Test
	void adamFirstStepsMoveByTheLearningRateAgainstTheGradientSign() {
		// With bias correction, m / sqrt(v) = g / |g| while the gradient stays constant: every step is lr.
		float[][] parameters = { { 1, -2 } };
		float[][] gradients = { { 0.5f, -0.1f } };
		Optimiser.State adam = new Adam(0.01, 0.9, 0.999, 1e-8).start(parameters);
		adam.update(parameters, gradients, 1, 0, 1);
		assertArrayEquals(new float[] { 0.99f, -1.99f }, parameters[0], 1e-6f);
		adam.update(parameters, gradients, 2, 0, 1);
		assertArrayEquals(new float[] { 0.98f, -1.98f }, parameters[0], 1e-6f);
	}

	@Test
	void adamDefaultsAreThoseOfPyTorch() {
		assertEquals(new Adam(1e-3, 0.9, 0.999, 1e-8), Adam.defaults());
	}

	@Test
	void sgdMomentumAccumulatesVelocity() {
		// b = 1 then 0.9 * 1 + 1 = 1.9: steps of 0.1 and 0.19.
		float[][] parameters = { { 0 } };
		float[][] gradients = { { 1 } };
		Optimiser.State sgd = new Sgd(0.1, 0.9).start(parameters);
		sgd.update(parameters, gradients, 1, 0, 1);
		assertEquals(-0.1f, parameters[0][0], 1e-7f);
		sgd.update(parameters, gradients, 2, 0, 1);
		assertEquals(-0.29f, parameters[0][0], 1e-6f);
	}

	@Test
	void updatesTouchOnlyTheirRows() {
		float[][] parameters = { { 1 }, { 1 } };
		new Sgd(0.5, 0).start(parameters).update(parameters, new float[][] { { 1 }, { 1 } }, 1, 1, 2);
		assertArrayEquals(new float[][] { { 1 }, { 0.5f } }, parameters);
	}

	@Test
	void settingsAreChecked() {
		assertThrows(IllegalArgumentException.class, () -> Adam.withLearningRate(0));
		assertThrows(IllegalArgumentException.class, () -> new Adam(1e-3, 1, 0.999, 1e-8));
		assertThrows(IllegalArgumentException.class, () -> new Sgd(0.1, 1));
	}
}
