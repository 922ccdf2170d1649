package org.edgewise.learn.network;

import java.util.SplittableRandom;

/** Seeded synthetic problems for training tests. */
final class SyntheticData {

	private SyntheticData() {
	}

	/**
	 * Three well separated classes: class k is a unit Gaussian cloud around 4 e<sub>k</sub> in {@code inputs}
	 * dimensions, so the nearest centre classifies about 99.9 % correctly.
	 *
	 * @return samples with one-hot targets
	 */
	static Samples blobs(int samples, int inputs, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		float[][] x = new float[samples][inputs];
		int[] labels = new int[samples];
		for (int i = 0; i < samples; i++) {
			labels[i] = random.nextInt(3);
			for (int j = 0; j < inputs; j++) {
				x[i][j] = (float) (random.nextGaussian() + (j == labels[i] ? 4 : 0));
			}
		}
		return new Samples(x, Samples.oneHot(labels, 3));
	}

	/**
	 * A linear regression target y = x W with x uniform in [0, 1) and W Gaussian with standard deviation
	 * 1 / sqrt(inputs), as peer_bench.py's regression workload (up to that scale).
	 *
	 * @param weightSeed seeds W, so that training and validation sets can share it
	 * @param sampleSeed seeds x
	 */
	static Samples linear(int samples, int inputs, int outputs, long weightSeed, long sampleSeed) {
		SplittableRandom weightsRandom = new SplittableRandom(weightSeed);
		double[][] w = new double[inputs][outputs];
		for (double[] row : w) {
			for (int k = 0; k < outputs; k++) {
				row[k] = weightsRandom.nextGaussian() / Math.sqrt(inputs);
			}
		}
		SplittableRandom random = new SplittableRandom(sampleSeed);
		float[][] x = new float[samples][inputs];
		float[][] y = new float[samples][outputs];
		for (int i = 0; i < samples; i++) {
			for (int j = 0; j < inputs; j++) {
				x[i][j] = (float) random.nextDouble();
			}
			for (int k = 0; k < outputs; k++) {
				double sum = 0;
				for (int j = 0; j < inputs; j++) {
					sum += x[i][j] * w[j][k];
				}
				y[i][k] = (float) sum;
			}
		}
		return new Samples(x, y);
	}

	/** Standard Gaussian inputs with uniformly random labels: nothing to learn, everything to memorise. */
	static Samples noise(int samples, int inputs, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		float[][] x = new float[samples][inputs];
		int[] labels = new int[samples];
		for (int i = 0; i < samples; i++) {
			labels[i] = random.nextInt(3);
			for (int j = 0; j < inputs; j++) {
				x[i][j] = (float) random.nextGaussian();
			}
		}
		return new Samples(x, Samples.oneHot(labels, 3));
	}
}
