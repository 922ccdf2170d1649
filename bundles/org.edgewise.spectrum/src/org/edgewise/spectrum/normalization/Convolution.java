package org.edgewise.spectrum.normalization;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discrete convolution, summed directly for the short signals of a typical E0 search and through a radix-2
 * fast Fourier transform for long ones. The smoothing window spans two thirds of the padded signal, so the
 * direct sum costs O(n<sup>2</sup>): at 200 grid points it is about ten times faster than the transforms, at
 * the 25,000 points of a wide spectrum a hundred times slower.
 */
final class Convolution {

	/**
	 * Kernel-by-output products up to which the direct sum is used: measured, the direct sum and the
	 * transforms take equal time at about 500 output points (the kernel twice as long).
	 */
	private static final long DIRECT_PRODUCTS = 500_000;
	/** cos and sin of 2 pi i / n for i < n / 2, per transform length n: computed once, shared by all threads. */
	private static final Map<Integer, double[][]> TWIDDLES = new ConcurrentHashMap<>();

	private Convolution() {
	}

	/**
	 * numpy's {@code convolve(kernel, signal, mode='valid')} for a kernel no longer than the signal:
	 * {@code result[k] = sum over m of kernel[m] * signal[k + kernel.length - 1 - m]}, for k from 0 to
	 * {@code signal.length - kernel.length}.
	 */
	static double[] valid(double[] kernel, double[] signal) {
		long products = (long) kernel.length * (signal.length - kernel.length + 1);
		return products <= DIRECT_PRODUCTS ? direct(kernel, signal) : throughFourier(kernel, signal);
	}

	/**
	 * The sum as defined, in the order of the taps, four outputs at a time: four independent sums keep the
	 * multiply-add units busy, which a loop over one output at a time (or over all outputs per tap, which C2
	 * does not vectorise for two arrays at different offsets) does not.
	 */
	private static double[] direct(double[] kernel, double[] signal) {
		int m = kernel.length;
		double[] result = new double[signal.length - m + 1];
		int k = 0;
		for (; k + 3 < result.length; k += 4) {
			double sum0 = 0;
			double sum1 = 0;
			double sum2 = 0;
			double sum3 = 0;
			for (int tap = 0; tap < m; tap++) {
				double weight = kernel[tap];
				int at = k + m - 1 - tap;
				sum0 += weight * signal[at];
				sum1 += weight * signal[at + 1];
				sum2 += weight * signal[at + 2];
				sum3 += weight * signal[at + 3];
			}
			result[k] = sum0;
			result[k + 1] = sum1;
			result[k + 2] = sum2;
			result[k + 3] = sum3;
		}
		for (; k < result.length; k++) {
			double sum = 0;
			for (int tap = 0; tap < m; tap++) {
				sum += kernel[tap] * signal[k + m - 1 - tap];
			}
			result[k] = sum;
		}
		return result;
	}

	private static double[] throughFourier(double[] kernel, double[] signal) {
		int m = kernel.length;
		int size = Integer.highestOneBit(signal.length);
		if (size < signal.length) {
			size <<= 1;
		}
		// a cyclic convolution of this length does not wrap into the valid part
		double[] kernelRe = new double[size];
		double[] kernelIm = new double[size];
		double[] signalRe = new double[size];
		double[] signalIm = new double[size];
		System.arraycopy(kernel, 0, kernelRe, 0, m);
		System.arraycopy(signal, 0, signalRe, 0, signal.length);
		transform(kernelRe, kernelIm, false);
		transform(signalRe, signalIm, false);
		for (int i = 0; i < size; i++) {
			double re = kernelRe[i] * signalRe[i] - kernelIm[i] * signalIm[i];
			double im = kernelRe[i] * signalIm[i] + kernelIm[i] * signalRe[i];
			signalRe[i] = re;
			signalIm[i] = im;
		}
		transform(signalRe, signalIm, true);
		double[] result = new double[signal.length - m + 1];
		for (int k = 0; k < result.length; k++) {
			result[k] = signalRe[k + m - 1] / size;
		}
		return result;
	}

	/** In-place iterative Cooley-Tukey transform; the length must be a power of two. Unscaled both ways. */
	private static void transform(double[] re, double[] im, boolean inverse) {
		int n = re.length;
		for (int i = 1, j = 0; i < n; i++) {
			int bit = n >> 1;
			for (; (j & bit) != 0; bit >>= 1) {
				j ^= bit;
			}
			j ^= bit;
			if (i < j) {
				swap(re, i, j);
				swap(im, i, j);
			}
		}
		// twiddles from a table of cos/sin computed directly: a recurrence would accumulate rounding errors
		double[][] twiddles = TWIDDLES.computeIfAbsent(n, Convolution::twiddles);
		double sign = inverse ? 1 : -1;
		for (int length = 2; length <= n; length <<= 1) {
			int half = length / 2;
			int stride = n / length;
			for (int k = 0; k < half; k++) {
				double wRe = twiddles[0][k * stride];
				double wIm = sign * twiddles[1][k * stride];
				for (int start = 0; start < n; start += length) {
					int a = start + k;
					int b = a + half;
					double tRe = re[b] * wRe - im[b] * wIm;
					double tIm = re[b] * wIm + im[b] * wRe;
					re[b] = re[a] - tRe;
					im[b] = im[a] - tIm;
					re[a] += tRe;
					im[a] += tIm;
				}
			}
		}
	}

	private static double[][] twiddles(int n) {
		double[][] table = new double[2][Math.max(1, n / 2)];
		for (int i = 0; i < n / 2; i++) {
			double angle = 2 * Math.PI * i / n;
			table[0][i] = Math.cos(angle);
			table[1][i] = Math.sin(angle);
		}
		return table;
	}

	private static void swap(double[] values, int i, int j) {
		double value = values[i];
		values[i] = values[j];
		values[j] = value;
	}
}
