package org.edgewise.learn.network;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.edgewise.learn.internal.FloatMatrices;
import org.edgewise.learn.model.ModelParameters;

/**
 * A one-dimensional convolution (strictly, cross-correlation, as in PyTorch's {@code Conv1d}) without
 * padding: {@code filters} output channels, each the sum over the input channels of a {@code kernel}-tap filter
 * slid along the input in steps of {@code stride}, plus a bias.
 * <p>
 * A sample is {@code inChannels} rows of {@code length} values, channel-major; the output is {@code filters}
 * rows of {@link #outputLength()} = floor((length - kernel) / stride) + 1 values, channel-major:
 * <pre>
 * output[f][t] = bias[f] + &Sigma;<sub>c, k</sub> weights[f][c &middot; kernel + k] &middot; input[c][t &middot; stride + k]
 * </pre>
 * The parameters are two blocks: "weights" of shape [filters, inChannels &middot; kernel], each filter's taps
 * channel-major (PyTorch's [filters, inChannels, kernel] flattened the same way), decayed; and "biases" of
 * shape [filters], not decayed.
 * <p>
 * The forward pass unfolds the samples, a block at a time, into columns (one row per tap, holding what the tap
 * sees at every position of every sample of the block), so that the convolution is one matrix product over
 * long rows, which C2 vectorises.
 */
public final class Conv1d implements Layer {

	/** The layer kind in model files. */
	public static final String KIND = "conv1d";

	/** Window positions per unfolded block: long rows for the vectorised product, short enough to stay in cache. */
	private static final int BLOCK_POSITIONS = 2048;

	private final SlidingWindow window;
	private final int filters;

	/**
	 * @param inChannels the number of input channels, at least 1
	 * @param length     the number of values per input channel, at least {@code kernel}
	 * @param filters    the number of filters (output channels), at least 1
	 * @param kernel     the number of taps per filter and input channel, at least 1
	 * @param stride     the step between successive filter positions, at least 1
	 * @throws IllegalArgumentException when a size is not positive or the kernel is longer than the input
	 */
	public Conv1d(int inChannels, int length, int filters, int kernel, int stride) {
		this.window = new SlidingWindow(inChannels, length, kernel, stride);
		if (filters < 1) {
			throw new IllegalArgumentException("a convolution needs at least one filter, got " + filters);
		}
		this.filters = filters;
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
	public static Conv1d read(ModelParameters source, String prefix, int inputSize) {
		int inChannels = source.ints(prefix + "inChannels", 1)[0];
		if (inChannels < 1 || inputSize % inChannels != 0) {
			throw new IllegalArgumentException("conv1d layer '" + prefix + "': an input of " + inputSize
					+ " values does not split into " + inChannels + " channels");
		}
		return new Conv1d(inChannels, inputSize / inChannels, source.ints(prefix + "filters", 1)[0],
				source.ints(prefix + "kernel", 1)[0], source.ints(prefix + "stride", 1)[0]);
	}

	/** @return the number of input channels */
	public int inChannels() {
		return window.channels();
	}

	/** @return the number of values per input channel */
	public int length() {
		return window.length();
	}

	/** @return the number of filters, the output channels */
	public int filters() {
		return filters;
	}

	/** @return the number of taps per filter and input channel */
	public int kernel() {
		return window.width();
	}

	/** @return the step between successive filter positions */
	public int stride() {
		return window.stride();
	}

	/** @return the number of values per output channel, floor((length - kernel) / stride) + 1 */
	public int outputLength() {
		return window.outputLength();
	}

	@Override
	public int inputSize() {
		return window.inputSize();
	}

	@Override
	public int outputSize() {
		return filters * window.outputLength();
	}

	@Override
	public List<ParameterBlock> parameterBlocks() {
		return List.of(new ParameterBlock("weights", new int[] { filters, window.taps() }, true),
				new ParameterBlock("biases", new int[] { filters }, false));
	}

	/** He-normal weights, standard deviation sqrt(2 / (inChannels &middot; kernel)), filter by filter; zero biases. */
	@Override
	public void initialise(float[][] parameters, int offset, SplittableRandom random) {
		double deviation = Math.sqrt(2.0 / window.taps());
		for (int f = 0; f < filters; f++) {
			float[] weights = parameters[offset + f];
			for (int tap = 0; tap < window.taps(); tap++) {
				weights[tap] = (float) (random.nextGaussian() * deviation);
			}
		}
	}

	@Override
	public void forward(float[][] parameters, int offset, float[][] input, float[][] output, Pass pass) {
		int positions = window.outputLength();
		int block = samplesPerBlock();
		float[][] columns = pass.scratch(0, window.taps(), block * positions);
		float[][] sums = pass.scratch(1, filters, block * positions);
		float[] biases = parameters[offset + filters];
		for (int first = 0; first < pass.rows(); first += block) {
			int count = Math.min(block, pass.rows() - first);
			int width = count * positions;
			window.unfold(input, first, count, columns);
			for (int f = 0; f < filters; f++) {
				Arrays.fill(sums[f], 0, width, biases[f]);
			}
			FloatMatrices.addProduct(parameters, offset, columns, 0, sums, 0, filters, window.taps(), width);
			for (int n = 0; n < count; n++) {
				for (int f = 0; f < filters; f++) {
					System.arraycopy(sums[f], n * positions, output[first + n], f * positions, positions);
				}
			}
		}
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Works sample by sample: each weight's gradient is a sum over samples and positions, which C2 would add
	 * up one term at a time; kept instead as a row of running sums per weight, one per position, the terms of a
	 * sample are added to all positions at once in vectorised loops, and the positions are summed at the end.
	 */
	@Override
	public void backward(float[][] parameters, int offset, float[][] input, float[][] output,
			float[][] outputGradient, float[][] inputGradient, float[][] parameterGradients, Pass pass) {
		int positions = window.outputLength();
		int taps = window.taps();
		float[][] columns = pass.scratch(0, taps, positions);
		float[][] gradients = pass.scratch(1, filters, positions);
		float[][] sums = pass.scratch(2, filters * taps + filters, positions);
		float[][] transposedWeights = inputGradient == null ? null : pass.scratch(3, taps, filters);
		if (inputGradient != null) {
			FloatMatrices.transpose(parameters, offset, filters, taps, transposedWeights, 0);
		}
		for (int row = 0; row < filters * taps + filters; row++) {
			Arrays.fill(sums[row], 0, positions, 0f);
		}
		for (int n = 0; n < pass.rows(); n++) {
			window.unfold(input, n, 1, columns);
			for (int f = 0; f < filters; f++) {
				System.arraycopy(outputGradient[n], f * positions, gradients[f], 0, positions);
				addFilterTerms(gradients[f], columns, sums, f, positions);
			}
			if (inputGradient != null) {
				// The columns are used up: they take the gradient of the unfolded input, W^T times the gradient.
				for (int tap = 0; tap < taps; tap++) {
					Arrays.fill(columns[tap], 0, positions, 0f);
				}
				FloatMatrices.addProduct(transposedWeights, 0, gradients, 0, columns, 0, taps, filters, positions);
				window.fold(columns, n, 1, inputGradient);
			}
		}
		for (int f = 0; f < filters; f++) {
			float[] weightGradients = parameterGradients[offset + f];
			for (int tap = 0; tap < taps; tap++) {
				weightGradients[tap] = sum(sums[f * taps + tap], positions);
			}
			parameterGradients[offset + filters][f] = sum(sums[filters * taps + f], positions);
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public void writeSettings(ModelParameters target, String prefix) {
		target.putInts(prefix + "inChannels", new int[] { window.channels() });
		target.putInts(prefix + "filters", new int[] { filters });
		target.putInts(prefix + "kernel", new int[] { window.width() });
		target.putInts(prefix + "stride", new int[] { window.stride() });
	}

	@Override
	public String toString() {
		return "Conv1d(" + window.channels() + "x" + window.length() + " -> " + filters + "x" + outputLength()
				+ ", kernel " + window.width() + ", stride " + window.stride() + ")";
	}

	private int samplesPerBlock() {
		return Math.max(1, BLOCK_POSITIONS / window.outputLength());
	}

	/**
	 * Adds one sample's terms of filter f's weight and bias gradients to their running sums: the filter's output
	 * gradient times each tap's column, into rows f &middot; taps + tap, and the gradient itself, into row
	 * filters &middot; taps + f.
	 */
	private void addFilterTerms(float[] gradient, float[][] columns, float[][] sums, int f, int positions) {
		int taps = window.taps();
		int tap = 0;
		for (; tap + 4 <= taps; tap += 4) {
			addProducts(gradient, columns, tap, sums, f * taps + tap, positions);
		}
		for (; tap < taps; tap++) {
			addProducts(gradient, columns[tap], sums[f * taps + tap], positions);
		}
		float[] biasSums = sums[filters * taps + f];
		for (int t = 0; t < positions; t++) {
			biasSums[t] += gradient[t];
		}
	}

	/** sums[t] += a[t] &middot; b[t] for t &lt; n: every array indexed alike, so C2 vectorises it. */
	private static void addProducts(float[] a, float[] b, float[] sums, int n) {
		for (int t = 0; t < n; t++) {
			sums[t] = Math.fma(a[t], b[t], sums[t]);
		}
	}

	/**
	 * {@link #addProducts(float[], float[], float[], int)} for four rows of b and sums at once, so that each
	 * loaded value of a serves four products.
	 */
	private static void addProducts(float[] a, float[][] b, int bRow, float[][] sums, int sumRow, int n) {
		float[] b0 = b[bRow], b1 = b[bRow + 1], b2 = b[bRow + 2], b3 = b[bRow + 3];
		float[] s0 = sums[sumRow], s1 = sums[sumRow + 1], s2 = sums[sumRow + 2], s3 = sums[sumRow + 3];
		for (int t = 0; t < n; t++) {
			float value = a[t];
			s0[t] = Math.fma(value, b0[t], s0[t]);
			s1[t] = Math.fma(value, b1[t], s1[t]);
			s2[t] = Math.fma(value, b2[t], s2[t]);
			s3[t] = Math.fma(value, b3[t], s3[t]);
		}
	}

	/**
	 * The sum of a[j] for j &lt; n, in four interleaved partial sums so that the additions pipeline (C2 does not
	 * vectorise a float reduction, whose order it must keep); the order is fixed, so the result is reproducible.
	 */
	private static float sum(float[] a, int n) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		int j = 0;
		for (; j + 4 <= n; j += 4) {
			s0 += a[j];
			s1 += a[j + 1];
			s2 += a[j + 2];
			s3 += a[j + 3];
		}
		for (; j < n; j++) {
			s0 += a[j];
		}
		return (s0 + s1) + (s2 + s3);
	}
}
