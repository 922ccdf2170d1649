package org.edgewise.learn.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Back-propagation of every built-in layer agrees with finite differences (see {@link GradientCheck}). */
class LayerGradientTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 4, 7, 16 })
	void denseLayerGradientsMatchFiniteDifferences(int rows) {
		// Sizes that are not multiples of the kernels' 4 x 4 blocking exercise every remainder path.
		new GradientCheck(new Dense(7, 5, Initialisation.HE), rows, 11, false).assertGradients(1e-2, 1e-3, 1e-4);
		new GradientCheck(new Dense(12, 9, Initialisation.GLOROT), rows, 12, false).assertGradients(1e-2, 1e-3, 1e-4);
	}

	@ParameterizedTest
	@EnumSource(Activation.class)
	void activationGradientsMatchFiniteDifferences(Activation activation) {
		// The inputs keep |x| >= 0.1, so the step of 1e-2 never crosses ReLU's kink; tanh and sigmoid are
		// smooth, their second-order error h^2 f'''/6 stays below 1e-4.
		new GradientCheck(new ActivationLayer(10, activation), 6, 21, false).assertGradients(1e-2, 1e-3, 1e-4);
	}

	@Test
	void dropoutGradientFollowsItsTrainingMask() {
		// The mask is a function of the pass's noise seed, so L is piecewise linear and the check exact.
		new GradientCheck(new Dropout(40, 0.3), 5, 31, true).assertGradients(1e-2, 1e-4, 1e-5);
	}

	@Test
	void dropoutGradientAtInferenceIsIdentity() {
		new GradientCheck(new Dropout(40, 0.3), 5, 32, false).assertGradients(1e-2, 1e-4, 1e-5);
	}
}
