package org.edgewise.learn.network;

import static org.edgewise.learn.network.GradientCheck.allocate;
import static org.edgewise.learn.network.LayerRuns.forward;
import static org.edgewise.learn.network.LayerRuns.gaussianRows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Conv1dTest {

	/** Two channels [1, 2, 3, 4] and [0, 1, 0, -1], channel-major. */
	private static final float[] TWO_CHANNELS = { 1, 2, 3, 4, 0, 1, 0, -1 };

	/** Filter 0: taps [1, -1] on channel 0, [2, 0] on channel 1, bias 0.5; filter 1: [0, 1], [1, 1], bias -1. */
	private static float[][] handWeights() {
		return new float[][] { { 1, -1, 2, 0 }, { 0, 1, 1, 1 }, { 0.5f, -1 } };
	}

	@Test
	void handComputedConvolution() {
		// out0[t] = in0[t] - in0[t+1] + 2 in1[t] + 0.5: t = 0: 1 - 2 + 0 + 0.5 = -0.5, t = 1: 2 - 3 + 2 + 0.5 = 1.5,
		// t = 2: 3 - 4 + 0 + 0.5 = -0.5. out1[t] = in0[t+1] + in1[t] + in1[t+1] - 1: 2 + 0 + 1 - 1 = 2,
		// 3 + 1 + 0 - 1 = 3, 4 + 0 - 1 - 1 = 2.
		Conv1d conv = new Conv1d(2, 4, 2, 2, 1);
		float[][] output = forward(conv, handWeights(), new float[][] { TWO_CHANNELS });
		assertArrayEquals(new float[] { -0.5f, 1.5f, -0.5f, 2, 3, 2 }, output[0]);
	}

	@Test
	void handComputedStridedConvolution() {
		// Stride 2 keeps positions 0 and 2 of the stride-1 result above.
		Conv1d conv = new Conv1d(2, 4, 2, 2, 2);
		float[][] output = forward(conv, handWeights(), new float[][] { TWO_CHANNELS });
		assertArrayEquals(new float[] { -0.5f, -0.5f, 2, 2 }, output[0]);
	}

	@ParameterizedTest(name = "length {0}, kernel {1}, stride {2} -> {3}")
	@CsvSource({ "100, 10, 1, 91", "100, 10, 2, 46", "10, 3, 3, 3", "11, 3, 3, 3", "5, 5, 1, 1", "7, 2, 4, 2" })
	void outputLengthFollowsPyTorch(int length, int kernel, int stride, int expected) {
		Conv1d conv = new Conv1d(3, length, 4, kernel, stride);
		assertEquals(expected, conv.outputLength());
		assertEquals(3 * length, conv.inputSize());
		assertEquals(4 * expected, conv.outputSize());
	}

	@ParameterizedTest(name = "{0} input channels, stride {1}")
	@CsvSource({ "1, 1", "1, 2", "3, 1", "3, 2" })
	void gradientsMatchFiniteDifferences(int inChannels, int stride) {
		// Kernel 3: 3 taps for one channel, 9 for three, so the weight gradients run in groups of four and singly.
		Conv1d conv = new Conv1d(inChannels, 12, 2, 3, stride);
		// The layer is linear in its input and parameters, so a large step is exact and keeps rounding small.
		new GradientCheck(conv, 3, 4, true).assertGradients(0.25, 1e-3, 1e-4);
	}

	@Test
	void blocksOfSamplesGiveTheSameResultsAsOneSampleAtATime() {
		// 60 samples of 91 positions span several unfolded blocks.
		Conv1d conv = new Conv1d(1, 100, 8, 10, 1);
		float[][] parameters = heParameters(conv, 5);
		float[][] input = gaussianRows(new SplittableRandom(6), 60, conv.inputSize());
		float[][] outputGradient = gaussianRows(new SplittableRandom(7), 60, conv.outputSize());
		float[][] batchOutput = forward(conv, parameters, input);
		float[][] batchInputGradient = new float[60][conv.inputSize()];
		float[][] batchGradients = allocate(conv);
		conv.backward(parameters, 0, input, batchOutput, outputGradient, batchInputGradient, batchGradients, pass(60));

		double[][] summedGradients = new double[3][];
		for (int r = 0; r < 60; r++) {
			float[][] one = { input[r] };
			float[][] output = forward(conv, parameters, one);
			assertArrayEquals(output[0], batchOutput[r], "output of sample " + r);
			float[][] inputGradient = new float[1][conv.inputSize()];
			float[][] gradients = allocate(conv);
			conv.backward(parameters, 0, one, output, new float[][] { outputGradient[r] }, inputGradient, gradients,
					pass(1));
			assertArrayEquals(inputGradient[0], batchInputGradient[r], "input gradient of sample " + r);
			for (int row = 0; row < 3; row++) {
				summedGradients[row] = add(summedGradients[row], gradients[row]);
			}
		}
		for (int row = 0; row < 3; row++) {
			for (int i = 0; i < batchGradients[row].length; i++) {
				assertEquals(summedGradients[row][i], batchGradients[row][i], 1e-4 * Math.max(1, Math.abs(summedGradients[row][i])),
						"parameter gradient row " + row + " [" + i + "]");
			}
		}
	}

	@Test
	void backwardOverwritesGradientsAndSkipsTheInputGradientWhenNotWanted() {
		Conv1d conv = new Conv1d(2, 20, 3, 5, 2);
		float[][] parameters = heParameters(conv, 8);
		float[][] input = gaussianRows(new SplittableRandom(9), 4, conv.inputSize());
		float[][] outputGradient = gaussianRows(new SplittableRandom(10), 4, conv.outputSize());
		float[][] output = forward(conv, parameters, input);

		float[][] fresh = allocate(conv);
		float[][] inputGradient = new float[4][conv.inputSize()];
		conv.backward(parameters, 0, input, output, outputGradient, inputGradient, fresh, pass(4));

		float[][] stale = allocate(conv);
		float[][] staleInputGradient = new float[4][conv.inputSize()];
		for (float[] row : stale) {
			Arrays.fill(row, 7f);
		}
		for (float[] row : staleInputGradient) {
			Arrays.fill(row, 7f);
		}
		conv.backward(parameters, 0, input, output, outputGradient, staleInputGradient, stale, pass(4));
		assertArrayEquals(fresh, stale);
		assertArrayEquals(inputGradient, staleInputGradient);

		float[][] withoutInput = allocate(conv);
		conv.backward(parameters, 0, input, output, outputGradient, null, withoutInput, pass(4));
		assertArrayEquals(fresh, withoutInput);
	}

	@Test
	void heInitialisationIsSeededWithTheFanInDeviationAndZeroBiases() {
		// 64 filters over 4 channels x 25 taps: fan-in 100, standard deviation sqrt(2 / 100) = 0.1414.
		Conv1d conv = new Conv1d(4, 50, 64, 25, 1);
		float[][] parameters = heParameters(conv, 11);
		double sum = 0;
		double squares = 0;
		for (int f = 0; f < 64; f++) {
			for (float w : parameters[f]) {
				sum += w;
				squares += w * w;
			}
		}
		int count = 64 * 100;
		assertEquals(0, sum / count, 3 * 0.1414 / Math.sqrt(count));
		assertEquals(Math.sqrt(2.0 / 100), Math.sqrt(squares / count), 0.005);
		assertArrayEquals(new float[64], parameters[64]);
		assertArrayEquals(parameters, heParameters(conv, 11));
	}

	@Test
	void settingsRebuildTheLayer() {
		Conv1d conv = new Conv1d(3, 40, 5, 7, 2);
		ModelParameters settings = new ModelParameters();
		conv.writeSettings(settings, "layer.0.");
		Conv1d read = Conv1d.read(settings, "layer.0.", 120);
		assertEquals(Conv1d.KIND, read.kind());
		assertEquals(3, read.inChannels());
		assertEquals(40, read.length());
		assertEquals(5, read.filters());
		assertEquals(7, read.kernel());
		assertEquals(2, read.stride());
		assertEquals(conv.toString(), read.toString());
		assertEquals(5 + 1, read.parameterRows());
		assertArrayEquals(new int[] { 5, 21 }, read.parameterBlocks().get(0).shape());
	}

	@Test
	void inconsistentSettingsAreRejected() {
		ModelParameters settings = new ModelParameters();
		new Conv1d(3, 40, 5, 7, 2).writeSettings(settings, "");
		IllegalArgumentException notChannels = assertThrows(IllegalArgumentException.class,
				() -> Conv1d.read(settings, "", 121));
		assertEquals("conv1d layer '': an input of 121 values does not split into 3 channels", notChannels.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Conv1d.read(settings, "", 18));
		assertThrows(ModelFormatException.class, () -> Conv1d.read(settings, "layer.1.", 120));
	}

	@Test
	void badSizesAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new Conv1d(0, 10, 1, 3, 1));
		assertThrows(IllegalArgumentException.class, () -> new Conv1d(1, 10, 0, 3, 1));
		assertThrows(IllegalArgumentException.class, () -> new Conv1d(1, 10, 1, 11, 1));
		assertThrows(IllegalArgumentException.class, () -> new Conv1d(1, 10, 1, 0, 1));
		IllegalArgumentException stride = assertThrows(IllegalArgumentException.class, () -> new Conv1d(1, 10, 1, 3, 0));
		assertEquals("channels, length and stride must be positive, got channels 1, length 10, stride 0",
				stride.getMessage());
	}

	private static float[][] heParameters(Conv1d conv, long seed) {
		float[][] parameters = allocate(conv);
		conv.initialise(parameters, 0, new SplittableRandom(seed));
		return parameters;
	}

	private static Pass pass(int rows) {
		return new Pass().start(rows, true, 0, 0);
	}

	private static double[] add(double[] sum, float[] values) {
		double[] result = sum == null ? new double[values.length] : sum;
		for (int i = 0; i < values.length; i++) {
			result[i] += values[i];
		}
		return result;
	}
}
