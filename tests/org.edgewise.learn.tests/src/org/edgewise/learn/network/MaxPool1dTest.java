package org.edgewise.learn.network;

import static org.edgewise.learn.network.LayerRuns.forward;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaxPool1dTest {

	private static final float[][] NO_PARAMETERS = new float[0][];

	@Test
	void keepsTheLargestValueOfEachWindowPerChannel() {
		// Channel 0 [3, 1, 4, 1, 5] in pairs: (3, 1) (4, 1), the 5 is left over; channel 1 [-2, -7, 0, 8, 9].
		MaxPool1d pool = new MaxPool1d(2, 5, 2);
		float[][] output = forward(pool, NO_PARAMETERS, new float[][] { { 3, 1, 4, 1, 5, -2, -7, 0, 8, 9 } });
		assertArrayEquals(new float[] { 3, 4, -2, 8 }, output[0]);
	}

	@Test
	void overlappingWindowsShareTheirWinner() {
		// Size 3, stride 1 over [1, 5, 2, 0, 3]: windows (1 5 2) (5 2 0) (2 0 3).
		MaxPool1d pool = new MaxPool1d(1, 5, 3, 1);
		float[][] input = { { 1, 5, 2, 0, 3 } };
		float[][] output = forward(pool, NO_PARAMETERS, input);
		assertArrayEquals(new float[] { 5, 5, 3 }, output[0]);
		// The 5 wins two windows, so it collects both of their gradients.
		float[][] inputGradient = backward(pool, input, output, new float[][] { { 10, 20, 40 } });
		assertArrayEquals(new float[] { 0, 30, 0, 0, 40 }, inputGradient[0]);
	}

	@Test
	void tiesSendTheGradientToTheFirstWinnerAndNaNWins() {
		// Windows (2 7 7) (1 NaN 4) (NaN 5 NaN): the first 7 wins the first, the NaN the others, wherever it is.
		MaxPool1d pool = new MaxPool1d(1, 9, 3);
		float[][] input = { { 2, 7, 7, 1, Float.NaN, 4, Float.NaN, 5, Float.NaN } };
		float[][] output = forward(pool, NO_PARAMETERS, input);
		assertArrayEquals(new float[] { 7, Float.NaN, Float.NaN }, output[0]);
		float[][] inputGradient = backward(pool, input, output, new float[][] { { 1, 2, 3 } });
		assertArrayEquals(new float[] { 0, 1, 0, 0, 2, 0, 3, 0, 0 }, inputGradient[0]);
	}

	@Test
	void zeroBeatsNegativeZeroAndTakesItsGradient() {
		MaxPool1d pool = new MaxPool1d(1, 4, 2);
		float[][] input = { { -0f, 0f, 0f, -0f } };
		float[][] output = forward(pool, NO_PARAMETERS, input);
		assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(output[0][0]));
		assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(output[0][1]));
		float[][] inputGradient = backward(pool, input, output, new float[][] { { 1, 2 } });
		assertArrayEquals(new float[] { 0, 1, 2, 0 }, inputGradient[0]);
	}

	@Test
	void aWindowOfOneCopiesItsValue() {
		MaxPool1d pool = new MaxPool1d(2, 3, 1, 2);
		float[][] output = forward(pool, NO_PARAMETERS, new float[][] { { 1, 2, 3, 4, 5, 6 } });
		assertArrayEquals(new float[] { 1, 3, 4, 6 }, output[0]);
	}

	@ParameterizedTest(name = "size {0}, stride {1}")
	@CsvSource({ "2, 2", "3, 1", "2, 3" })
	void gradientsMatchFiniteDifferences(int size, int stride) {
		MaxPool1d pool = new MaxPool1d(3, 11, size, stride);
		GradientCheck check = new GradientCheck(pool, 2, 21, true);
		// Distinct values 0.1 apart, shuffled: a step of 0.01 never changes a window's winner.
		int[] order = new SplittableRandom(22).ints(0, 66).distinct().limit(66).toArray();
		for (int i = 0; i < 66; i++) {
			check.inputs()[i / 33][i % 33] = 0.1f * order[i] - 3;
		}
		check.assertGradients(0.01, 1e-3, 1e-4);
	}

	@ParameterizedTest(name = "length {0}, size {1}, stride {2} -> {3}")
	@CsvSource({ "91, 2, 2, 45", "90, 2, 2, 45", "10, 3, 1, 8", "10, 10, 1, 1", "10, 2, 3, 3" })
	void outputLengthFollowsPyTorch(int length, int size, int stride, int expected) {
		MaxPool1d pool = new MaxPool1d(8, length, size, stride);
		assertEquals(expected, pool.outputLength());
		assertEquals(8 * expected, pool.outputSize());
		assertTrue(pool.parameterBlocks().isEmpty());
	}

	@Test
	void settingsRebuildTheLayer() {
		MaxPool1d pool = new MaxPool1d(8, 91, 2);
		ModelParameters settings = new ModelParameters();
		pool.writeSettings(settings, "layer.2.");
		MaxPool1d read = MaxPool1d.read(settings, "layer.2.", 728);
		assertEquals(MaxPool1d.KIND, read.kind());
		assertEquals(8, read.channels());
		assertEquals(91, read.length());
		assertEquals(2, read.size());
		assertEquals(2, read.stride());
		IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
				() -> MaxPool1d.read(settings, "layer.2.", 100));
		assertEquals("maxpool1d layer 'layer.2.': an input of 100 values does not split into 8 channels",
				ragged.getMessage());
	}

	@Test
	void badSizesAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new MaxPool1d(1, 4, 5));
		assertThrows(IllegalArgumentException.class, () -> new MaxPool1d(1, 4, 0));
		assertThrows(IllegalArgumentException.class, () -> new MaxPool1d(1, 4, 2, 0));
		assertThrows(IllegalArgumentException.class, () -> new MaxPool1d(0, 4, 2));
	}

	private static float[][] backward(MaxPool1d pool, float[][] input, float[][] output, float[][] outputGradient) {
		float[][] inputGradient = new float[input.length][pool.inputSize()];
		pool.backward(NO_PARAMETERS, 0, input, output, outputGradient, inputGradient, NO_PARAMETERS,
				new Pass().start(input.length, true, 0, 0));
		return inputGradient;
	}
}
