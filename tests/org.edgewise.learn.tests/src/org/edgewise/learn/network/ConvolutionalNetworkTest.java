package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;

/** Convolution and pooling inside a network: training, and the model-file round trip. */
class ConvolutionalNetworkTest {

	private static final int POINTS = 48;

	@Test
	void learnsWhereThePeakLies() {
		Samples training = peaks(600, new SplittableRandom(1));
		Samples test = peaks(300, new SplittableRandom(2));
		Network network = smallCnn(3);
		new Trainer(TrainingSettings.defaults(4).withEpochs(30)).fit(network, training);
		double accuracy = network.evaluate(test).score();
		assertTrue(accuracy > 0.95, "test accuracy " + accuracy);
	}

	@Test
	void trainingIsReproducibleOnOneThreadOrTwo() {
		Samples training = peaks(200, new SplittableRandom(9));
		TrainingSettings settings = TrainingSettings.defaults(10).withEpochs(2);
		Network parallel = smallCnn(11);
		new Trainer(settings).fit(parallel, training);
		Network sequential = smallCnn(11);
		new Trainer(settings.withParallel(false)).fit(sequential, training);
		assertEquals(parallel.parameters(), sequential.parameters());
	}

	@Test
	void aNetworkRebuiltFromItsParametersPredictsBitForBit() {
		Network network = smallCnn(5);
		new Trainer(TrainingSettings.defaults(6).withEpochs(2)).fit(network, peaks(100, new SplittableRandom(7)));
		ModelParameters parameters = network.parameters();
		Network rebuilt = Network.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		double[][] inputs = toDoubles(peaks(50, new SplittableRandom(8)).inputs());
		assertArrayEquals(network.predict(inputs), rebuilt.predict(inputs));
	}

	/** 4 filters of 5 taps, ReLU, pooling by 2, then 16 hidden units and a softmax over 3 classes. */
	private static Network smallCnn(long seed) {
		Conv1d convolution = new Conv1d(1, POINTS, 4, 5, 1);
		return Network.builder(POINTS, seed).add(convolution).activation(Activation.RELU)
				.add(new MaxPool1d(convolution.filters(), convolution.outputLength(), 2))
				.dense(16, Activation.RELU).softmax(3);
	}

	/**
	 * Noisy spectra of one Gaussian peak (width 1.5 points, height 0.5 to 1.5, noise 0.05) whose position
	 * decides the class: class k has its peak somewhere in points [4 + 14k, 14 + 14k), so the classes are
	 * separated by 4 points and only the peak's position, not its height, tells them apart.
	 */
	private static Samples peaks(int count, SplittableRandom random) {
		float[][] x = new float[count][POINTS];
		int[] labels = new int[count];
		for (int i = 0; i < count; i++) {
			labels[i] = random.nextInt(3);
			double centre = 4 + 14 * labels[i] + 10 * random.nextDouble();
			double height = 0.5 + random.nextDouble();
			for (int p = 0; p < POINTS; p++) {
				double z = (p - centre) / 1.5;
				x[i][p] = (float) (height * Math.exp(-0.5 * z * z) + 0.05 * random.nextGaussian());
			}
		}
		return new Samples(x, Samples.oneHot(labels, 3));
	}

	private static double[][] toDoubles(float[][] rows) {
		double[][] values = new double[rows.length][];
		for (int r = 0; r < rows.length; r++) {
			values[r] = new double[rows[r].length];
			for (int j = 0; j < rows[r].length; j++) {
				values[r][j] = rows[r][j];
			}
		}
		return values;
	}
}
