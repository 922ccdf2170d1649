package org.edgewise.learn.network;

import org.edgewise.learn.model.ModelParameters;

/**
 * Inverted dropout: while training, each value is zeroed with probability {@code rate} and the survivors are
 * scaled by 1 / (1 - rate), so that inference, where the layer passes values through unchanged, needs no
 * rescaling. The mask comes from {@link Pass#randomBits(int, int)}, 16 bits per value, so the backward pass recomputes it instead of
 * storing it, and a batch gets the same mask however it is split over threads.
 */
public final class Dropout implements Layer {

	/** The layer kind in model files. */
	public static final String KIND = "dropout";

	private final int size;
	private final double rate;
	/** A value is dropped when its 16 random bits, as a number, are below this: rate * 2^16. */
	private final int threshold;
	/** The bits of the float 1 / (1 - rate). */
	private final int keptScaleBits;

	/**
	 * @param size values per sample, at least 1
	 * @param rate the probability of dropping a value, in [0, 1)
	 * @throws IllegalArgumentException when the size is below 1 or the rate outside [0, 1)
	 */
	public Dropout(int size, double rate) {
		if (size < 1) {
			throw new IllegalArgumentException("a dropout layer needs at least one value per sample, got " + size);
		}
		if (!(rate >= 0 && rate < 1)) {
			throw new IllegalArgumentException("the dropout rate must lie in [0, 1), got " + rate);
		}
		this.size = size;
		this.rate = rate;
		this.keptScaleBits = Float.floatToRawIntBits((float) (1 / (1 - rate)));
		this.threshold = (int) Math.round(rate * (1 << 16));
	}

	/**
	 * Rebuilds a layer from {@link #writeSettings}.
	 *
	 * @param source    the model parameters
	 * @param prefix    the layer's entry prefix
	 * @param inputSize the previous layer's output size
	 * @return the layer
	 * @throws IllegalArgumentException when the rate is missing or outside [0, 1)
	 */
	public static Dropout read(ModelParameters source, String prefix, int inputSize) {
		return new Dropout(inputSize, source.number(prefix + "rate"));
	}

	/** @return the probability of dropping a value while training */
	public double rate() {
		return rate;
	}

	@Override
	public int inputSize() {
		return size;
	}

	@Override
	public int outputSize() {
		return size;
	}

	@Override
	public void forward(float[][] parameters, int offset, float[][] input, float[][] output, Pass pass) {
		applyMask(input, output, pass);
	}

	@Override
	public void backward(float[][] parameters, int offset, float[][] input, float[][] output, float[][] outputGradient,
			float[][] inputGradient, float[][] parameterGradients, Pass pass) {
		if (inputGradient == null) {
			return;
		}
		applyMask(outputGradient, inputGradient, pass);
	}

	/**
	 * target = source times the mask (0 or 1 / (1 - rate) per value) while training, else a copy: the
	 * forward map, and, being linear and diagonal, also its own transpose for back-propagation.
	 */
	private void applyMask(float[][] source, float[][] target, Pass pass) {
		for (int r = 0; r < pass.rows(); r++) {
			float[] from = source[r];
			float[] to = target[r];
			if (!pass.training()) {
				System.arraycopy(from, 0, to, 0, size);
				continue;
			}
			// Four values per 64-bit draw, unrolled: the draw costs more than the four products.
			int u = 0;
			for (; u + 4 <= size; u += 4) {
				long bits = pass.randomBits(r, u / 4);
				to[u] = from[u] * factor((int) bits);
				to[u + 1] = from[u + 1] * factor((int) (bits >>> 16));
				to[u + 2] = from[u + 2] * factor((int) (bits >>> 32));
				to[u + 3] = from[u + 3] * factor((int) (bits >>> 48));
			}
			for (long bits = pass.randomBits(r, u / 4); u < size; u++, bits >>>= 16) {
				to[u] = from[u] * factor((int) bits);
			}
		}
	}

	/**
	 * @param bits random bits, of which the low 16 count
	 * @return 0 when they fall below the threshold (probability rate), else 1 / (1 - rate); computed without
	 *         a branch, which random data would mispredict a third of the time
	 */
	private float factor(int bits) {
		int dropped = (bits & 0xFFFF) - threshold >> 31; // all ones when below the threshold, else 0
		return Float.intBitsToFloat(~dropped & keptScaleBits);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public void writeSettings(ModelParameters target, String prefix) {
		target.putDoubles(prefix + "rate", new double[] { rate });
	}

	@Override
	public String toString() {
		return "Dropout(" + rate + ")";
	}
}
