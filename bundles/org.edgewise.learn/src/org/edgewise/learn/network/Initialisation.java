package org.edgewise.learn.network;

import java.util.SplittableRandom;

/** How a layer's weights start: random, scaled by the layer's fan-in and fan-out so activations neither vanish nor explode. */
public enum Initialisation {

	/** He (Kaiming) normal: N(0, 2 / fanIn), for layers followed by ReLU. */
	HE {
		@Override
		float draw(SplittableRandom random, int fanIn, int fanOut) {
			return (float) (random.nextGaussian() * Math.sqrt(2.0 / fanIn));
		}
	},

	/** Glorot (Xavier) uniform: U(-a, a) with a = sqrt(6 / (fanIn + fanOut)), for tanh, sigmoid and output layers. */
	GLOROT {
		@Override
		float draw(SplittableRandom random, int fanIn, int fanOut) {
			double limit = Math.sqrt(6.0 / (fanIn + fanOut));
			return (float) random.nextDouble(-limit, limit);
		}
	};

	/**
	 * @param random the seeded source
	 * @param fanIn  the number of inputs each output sums over
	 * @param fanOut the number of outputs each input feeds
	 * @return one initial weight
	 */
	abstract float draw(SplittableRandom random, int fanIn, int fanOut);

	/**
	 * Fills rows with initial weights, row after row.
	 *
	 * @param rows    the parameter rows
	 * @param first   the first row to fill
	 * @param count   how many rows
	 * @param columns how many values of each row
	 * @param fanIn   the number of inputs each output sums over
	 * @param fanOut  the number of outputs each input feeds
	 * @param random  the seeded source
	 */
	void fill(float[][] rows, int first, int count, int columns, int fanIn, int fanOut, SplittableRandom random) {
		for (int i = first; i < first + count; i++) {
			for (int j = 0; j < columns; j++) {
				rows[i][j] = draw(random, fanIn, fanOut);
			}
		}
	}
}
