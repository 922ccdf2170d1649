package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvolutionTest {

	/** Short cases take the direct sum, the last two (over 500,000 products) the Fourier transforms. */
	@ParameterizedTest
	@CsvSource({ "1, 1", "2, 5", "200, 599", "256, 767", "7, 1024", "6, 9", "700, 2099", "1024, 3071" })
	void matchesTheDirectSum(int kernelLength, int signalLength) {
		Random random = new Random(kernelLength * 1000L + signalLength);
		double[] kernel = random.doubles(kernelLength).toArray();
		double[] signal = random.doubles(signalLength, -1, 1).toArray();
		double[] expected = new double[signalLength - kernelLength + 1];
		for (int k = 0; k < expected.length; k++) {
			for (int m = 0; m < kernelLength; m++) {
				expected[k] += kernel[m] * signal[k + kernelLength - 1 - m];
			}
		}
		assertArrayEquals(expected, Convolution.valid(kernel, signal), 1e-12);
	}
}
