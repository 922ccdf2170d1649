package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Back-propagation through a whole network, loss included, agrees with finite differences of the mean batch
 * loss, for every parameter; dropout is active with a fixed noise seed, so the loss is a fixed function.
 */
class NetworkGradientTest {

	@Test
	void classifierGradientsMatchFiniteDifferences() {
		Network network = Network.builder(6, 1).dense(5, Activation.TANH).dropout(0.2).dense(4, Activation.SIGMOID).softmax(3);
		float[][] targets = Samples.oneHot(new int[] { 0, 2, 1, 1, 0, 2, 2 }, 3);
		assertGradients(network, targets, 2);
	}

	@Test
	void regressorGradientsMatchFiniteDifferences() {
		Network network = Network.builder(6, 2).dense(8, Activation.TANH).dropout(0.5).linear(2, RegressionLoss.meanSquaredError());
		SplittableRandom random = new SplittableRandom(4);
		float[][] targets = new float[7][2];
		for (float[] row : targets) {
			row[0] = (float) random.nextDouble(-1, 1);
			row[1] = (float) random.nextDouble(-1, 1);
		}
		assertGradients(network, targets, 3);
	}

	private static void assertGradients(Network network, float[][] targets, long seed) {
		int rows = targets.length;
		SplittableRandom random = new SplittableRandom(seed);
		Workspace workspace = new Workspace(network, rows, true);
		for (int r = 0; r < rows; r++) {
			workspace.inputs()[r] = new float[network.inputSize()];
			for (int j = 0; j < network.inputSize(); j++) {
				workspace.inputs()[r][j] = (float) random.nextDouble(-1, 1);
			}
		}
		long noiseSeed = random.nextLong();
		workspace.forward(rows, true, noiseSeed, 0);
		workspace.backward(targets, 1f / rows);
		float[][] analytic = workspace.parameterGradients();
		float[][] parameters = network.parameterRows();
		for (int i = 0; i < parameters.length; i++) {
			for (int j = 0; j < parameters[i].length; j++) {
				float original = parameters[i][j];
				float above = original + 0.01f;
				float below = original - 0.01f;
				parameters[i][j] = above;
				double upper = meanLoss(network, workspace, targets, noiseSeed);
				parameters[i][j] = below;
				double lower = meanLoss(network, workspace, targets, noiseSeed);
				parameters[i][j] = original;
				double numeric = (upper - lower) / ((double) above - below);
				assertEquals(numeric, analytic[i][j], 1e-4 + 2e-3 * Math.abs(numeric), "parameter row " + i + " column " + j);
			}
		}
	}

	private static double meanLoss(Network network, Workspace workspace, float[][] targets, long noiseSeed) {
		float[][] outputs = workspace.forward(targets.length, true, noiseSeed, 0);
		return network.loss().evaluate(outputs, targets, targets.length, network.outputSize(), null, 0) / targets.length;
	}
}
