package org.edgewise.learn.network;

import java.util.SplittableRandom;

/** Test helpers that run a single layer outside a network. */
final class LayerRuns {

	private LayerRuns() {
	}

	/** @return the layer's outputs for all rows of the input, in an inference pass */
	static float[][] forward(Layer layer, float[][] parameters, float[][] input) {
		float[][] output = new float[input.length][layer.outputSize()];
		layer.forward(parameters, 0, input, output, new Pass().start(input.length, false, 0, 0));
		return output;
	}

	/** @return {@code rows} rows of {@code size} standard normal values */
	static float[][] gaussianRows(SplittableRandom random, int rows, int size) {
		float[][] values = new float[rows][size];
		for (float[] row : values) {
			for (int i = 0; i < size; i++) {
				row[i] = (float) random.nextGaussian();
			}
		}
		return values;
	}
}
