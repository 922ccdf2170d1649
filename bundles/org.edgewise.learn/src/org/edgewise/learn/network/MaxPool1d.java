package org.edgewise.learn.network;

import java.util.Arrays;

import org.edgewise.learn.model.ModelParameters;

/**
 * One-dimensional max-pooling without padding, as PyTorch's {@code MaxPool1d}: each output value is the
 * largest of {@code size} consecutive input values of its channel, the window moving in steps of
 * {@code stride}. A sample is {@code channels} rows of {@code length} values, channel-major; the output is
 * {@code channels} rows of {@link #outputLength()} = floor((length - size) / stride) + 1 values.
 * <p>
 * A NaN wins its window, as in PyTorch; of 0 and -0, 0 wins. The gradient flows only to the value that won
 * each window, the first of equal largest values (the first NaN, if any). The backward pass finds the winners
 * again by comparing the input with the output, so the layer keeps no per-batch state. No parameters.
 */
public final class MaxPool1d implements Layer {

	/** The layer kind in model files. */
	public static final String KIND = "maxpool1d";

	private final SlidingWindow window;

	/**
	 * Pools windows that do not overlap: the stride is the window size, PyTorch's default.
	 *
	 * @param channels the number of channels, at least 1
	 * @param length   the number of values per channel, at least {@code size}
	 * @param size     the number of values per window, at least 1
	 * @throws IllegalArgumentException when a size is not positive or the window is longer than a channel
	 */
	public MaxPool1d(int channels, int length, int size) {
		this(channels, length, size, size);
	}

	/**
	 * @param channels the number of channels, at least 1
	 * @param length   the number of values per channel, at least {@code size}
	 * @param size     the number of values per window, at least 1
	 * @param stride   the step between successive windows, at least 1
	 * @throws IllegalArgumentException when a size is not positive or the window is longer than a channel
	 */
	public MaxPool1d(int channels, int length, int size, int stride) {
		this.window = new SlidingWindow(channels, length, size, stride);
	}

	/**
	 * Rebuilds a layer from the settings {@link #writeSettings} wrote.
	 *
	 * @param source    the model's parameters
	 * @param prefix    the start of the layer's entry names
	 * @param inputSize the number of values per input sample (the previous layer's output size)
	 * @return the layer
	 * @throws IllegalArgumentException when a setting is missing or malformed (a
	 *                                  {@link org.edgewise.learn.model.ModelFormatException}), or the settings do
	 *                                  not fit the input size
	 */
	public static MaxPool1d read(ModelParameters source, String prefix, int inputSize) {
		int channels = source.ints(prefix + "channels", 1)[0];
		if (channels < 1 || inputSize % channels != 0) {
			throw new IllegalArgumentException("maxpool1d layer '" + prefix + "': an input of " + inputSize
					+ " values does not split into " + channels + " channels");
		}
		return new MaxPool1d(channels, inputSize / channels, source.ints(prefix + "size", 1)[0],
				source.ints(prefix + "stride", 1)[0]);
	}

	/** @return the number of channels */
	public int channels() {
		return window.channels();
	}

	/** @return the number of input values per channel */
	public int length() {
		return window.length();
	}

	/** @return the number of values per window */
	public int size() {
		return window.width();
	}

	/** @return the step between successive windows */
	public int stride() {
		return window.stride();
	}

	/** @return the number of output values per channel, floor((length - size) / stride) + 1 */
	public int outputLength() {
		return window.outputLength();
	}

	@Override
	public int inputSize() {
		return window.inputSize();
	}

	@Override
	public int outputSize() {
		return window.channels() * window.outputLength();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The maxima of the windows starting at every position of a sample are found first, with one vectorised
	 * pass per tap over the whole sample against a copy of it shifted by the tap (C2 cannot vectorise the
	 * strided reads of the windows themselves); the windows the stride selects are then picked out.
	 */
	@Override
	public void forward(float[][] parameters, int offset, float[][] input, float[][] output, Pass pass) {
		int positions = window.outputLength();
		// Windows that start near the end of one channel and run into the next are computed but never picked.
		int starts = window.inputSize() - window.width() + 1;
		float[][] rows = pass.scratch(0, 2, starts);
		float[] maxima = rows[0];
		float[] shifted = rows[1];
		for (int r = 0; r < pass.rows(); r++) {
			float[] in = input[r];
			float[] out = output[r];
			System.arraycopy(in, 0, maxima, 0, starts);
			for (int tap = 1; tap < window.width(); tap++) {
				System.arraycopy(in, tap, shifted, 0, starts);
				for (int j = 0; j < starts; j++) {
					// Math.max returns NaN when either value is NaN, and 0 of 0 and -0.
					maxima[j] = Math.max(maxima[j], shifted[j]);
				}
			}
			for (int c = 0; c < window.channels(); c++) {
				int from = c * window.length();
				int to = c * positions;
				for (int t = 0; t < positions; t++) {
					out[to + t] = maxima[from + t * window.stride()];
				}
			}
		}
	}

	@Override
	public void backward(float[][] parameters, int offset, float[][] input, float[][] output,
			float[][] outputGradient, float[][] inputGradient, float[][] parameterGradients, Pass pass) {
		if (inputGradient == null) {
			return;
		}
		int positions = window.outputLength();
		for (int r = 0; r < pass.rows(); r++) {
			float[] in = input[r];
			float[] out = output[r];
			float[] incoming = outputGradient[r];
			float[] gradient = inputGradient[r];
			Arrays.fill(gradient, 0, window.inputSize(), 0f);
			for (int c = 0; c < window.channels(); c++) {
				for (int t = 0; t < positions; t++) {
					int start = c * window.length() + t * window.stride();
					gradient[winner(in, start, out[c * positions + t])] += incoming[c * positions + t];
				}
			}
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public void writeSettings(ModelParameters target, String prefix) {
		target.putInts(prefix + "channels", new int[] { window.channels() });
		target.putInts(prefix + "size", new int[] { window.width() });
		target.putInts(prefix + "stride", new int[] { window.stride() });
	}

	@Override
	public String toString() {
		return "MaxPool1d(" + window.channels() + "x" + window.length() + " -> " + window.channels() + "x"
				+ outputLength() + ", size " + window.width() + ", stride " + window.stride() + ")";
	}

	/**
	 * @return the index of the first value of the window at {@code start} that is the window's maximum bit for
	 *         bit (any NaN matching a NaN maximum): the value the forward pass kept. Comparing bits, not floats,
	 *         tells 0 from -0 and lets C2 use a conditional move instead of a branch.
	 */
	private int winner(float[] sample, int start, float maximum) {
		int bits = Float.floatToIntBits(maximum);
		int winner = start + window.width() - 1;
		for (int i = winner - 1; i >= start; i--) {
			winner = Float.floatToIntBits(sample[i]) == bits ? i : winner;
		}
		return winner;
	}
}
