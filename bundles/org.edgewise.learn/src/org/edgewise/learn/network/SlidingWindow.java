package org.edgewise.learn.network;

import java.util.Arrays;

/**
 * A window of {@code width} positions sliding in steps of {@code stride} along each channel of a
 * multi-channel sample, without padding: the geometry that convolution and pooling layers share.
 * <p>
 * A sample holds {@code channels} rows of {@code length} values, channel-major (value {@code t} of channel
 * {@code c} at {@code c * length + t}). The window fits {@link #outputLength()} times,
 * floor((length - width) / stride) + 1 as in PyTorch; trailing values that no window reaches are ignored.
 * <p>
 * It also unfolds samples into columns (im2col) for a convolution, so that the convolution becomes one matrix
 * product whose inner loops run over long rows, and folds column gradients back into sample gradients.
 *
 * @param channels the number of channels of a sample, at least 1
 * @param length   the number of values per channel, at least 1
 * @param width    the number of positions the window covers, from 1 to {@code length}
 * @param stride   the step between successive window positions, at least 1
 */
record SlidingWindow(int channels, int length, int width, int stride) {

	/**
	 * @throws IllegalArgumentException when a size is not positive or the window is longer than a channel
	 */
	SlidingWindow {
		if (channels < 1 || length < 1 || stride < 1) {
			throw new IllegalArgumentException("channels, length and stride must be positive, got channels "
					+ channels + ", length " + length + ", stride " + stride);
		}
		if (width < 1 || width > length) {
			throw new IllegalArgumentException("the window must cover 1 to " + length
					+ " positions (the channel length), got " + width);
		}
	}

	/** @return the number of window positions along a channel: (length - width) / stride + 1 */
	int outputLength() {
		return (length - width) / stride + 1;
	}

	/** @return the number of values in a sample: channels &times; length */
	int inputSize() {
		return channels * length;
	}

	/** @return the number of values the window covers across all channels: channels &times; width */
	int taps() {
		return channels * width;
	}

	/**
	 * Unfolds samples into columns: {@code columns[c * width + k][n * outputLength() + t]} receives value
	 * {@code t * stride + k} of channel {@code c} of sample {@code first + n}. So row {@code c * width + k} holds
	 * what tap k of channel c sees at every window position of every sample, one sample after the other.
	 *
	 * @param samples the sample rows
	 * @param first   the first sample to unfold
	 * @param count   the number of samples
	 * @param columns {@link #taps()} rows of at least {@code count * outputLength()} values, overwritten there
	 */
	void unfold(float[][] samples, int first, int count, float[][] columns) {
		int positions = outputLength();
		for (int n = 0; n < count; n++) {
			float[] sample = samples[first + n];
			int column = n * positions;
			for (int c = 0; c < channels; c++) {
				for (int k = 0; k < width; k++) {
					int start = c * length + k;
					float[] row = columns[c * width + k];
					if (stride == 1) {
						System.arraycopy(sample, start, row, column, positions);
					} else {
						for (int t = 0; t < positions; t++) {
							row[column + t] = sample[start + t * stride];
						}
					}
				}
			}
		}
	}

	/**
	 * The adjoint of {@link #unfold}: overwrites the gradients of samples {@code first} to
	 * {@code first + count - 1} with the sums of the column gradients of every tap and position that read each
	 * value. Values no window reaches get zero.
	 *
	 * @param columnGradients {@link #taps()} rows laid out as {@link #unfold} writes them
	 * @param first           the first sample
	 * @param count           the number of samples
	 * @param sampleGradients the sample gradient rows, of which the first {@link #inputSize()} values of rows
	 *                        {@code first} to {@code first + count - 1} are overwritten
	 */
	void fold(float[][] columnGradients, int first, int count, float[][] sampleGradients) {
		int positions = outputLength();
		for (int n = 0; n < count; n++) {
			float[] gradient = sampleGradients[first + n];
			Arrays.fill(gradient, 0, inputSize(), 0f);
			int column = n * positions;
			for (int c = 0; c < channels; c++) {
				for (int k = 0; k < width; k++) {
					int start = c * length + k;
					float[] row = columnGradients[c * width + k];
					for (int t = 0; t < positions; t++) {
						gradient[start + t * stride] += row[column + t];
					}
				}
			}
		}
	}
}
