package org.edgewise.app.internal;

import java.util.SplittableRandom;

import org.edgewise.learn.network.Activation;
import org.edgewise.learn.network.Network;
import org.edgewise.learn.network.RegressionLoss;
import org.edgewise.learn.network.Samples;
import org.edgewise.learn.network.Trainer;
import org.edgewise.learn.network.TrainingSettings;

/**
 * The dense-network workloads of shared/peers/peer_bench.py, with its shapes and data: spectra of uniform
 * random values, classes from the arg-max of a Gaussian linear map (as its {@code spectra()}), regression
 * targets from a Gaussian linear map. Training uses Adam with learning rate 1e-3 and mini-batches of 32, as
 * the peer; each timed call builds a fresh network.
 */
final class NetworkWorkloads {

	private static final long SEED = 7;

	private NetworkWorkloads() {
	}

	/** mlp-train: the MLP 100-90-60-20-3 (ReLU, dropout 0.3, softmax) on 20000 spectra of 100 points, 5 epochs. */
	static BenchWorkload mlpTrain() {
		Samples samples = spectra(20_000, 100, 3, new SplittableRandom(SEED));
		Trainer trainer = new Trainer(TrainingSettings.defaults(SEED).withEpochs(5));
		return new BenchWorkload(samples.size() * 5.0, "samples/s", () -> trainer.fit(carboneMlp(), samples));
	}

	/** mlp-infer: the same MLP in inference mode on 1,000,000 spectra, in batches of 4096. */
	static BenchWorkload mlpInfer() {
		return inference(carboneMlp(), 1_000_000);
	}

	/**
	 * Inference as the peer runs it: uniform random spectra of the network's input size, classified in
	 * batches of 4096 through the float path.
	 */
	static BenchWorkload inference(Network network, int spectra) {
		int points = network.inputSize();
		int batch = 4096;
		SplittableRandom random = new SplittableRandom(SEED);
		float[][] batches = new float[(spectra + batch - 1) / batch][];
		for (int b = 0; b < batches.length; b++) {
			batches[b] = new float[Math.min(batch, spectra - b * batch) * points];
			for (int i = 0; i < batches[b].length; i++) {
				batches[b][i] = (float) random.nextDouble();
			}
		}
		float[] outputs = new float[batch * network.outputSize()];
		return new BenchWorkload(spectra, "spectra/s", () -> {
			for (float[] inputs : batches) {
				network.predict(inputs, inputs.length / points, outputs);
			}
		});
	}

	/**
	 * ffnn-train: the Kiyohara regressor 160-200-200-6 (ReLU, dropout 0.5 after each hidden layer as the peer
	 * builds it, L1 loss) on 10000 spectra of 160 points, 5 epochs.
	 */
	static BenchWorkload ffnnTrain() {
		SplittableRandom random = new SplittableRandom(SEED);
		float[][] x = uniform(10_000, 160, random);
		float[][] y = product(x, gaussian(160, 6, random));
		Samples samples = new Samples(x, y);
		Trainer trainer = new Trainer(TrainingSettings.defaults(SEED).withEpochs(5));
		return new BenchWorkload(samples.size() * 5.0, "samples/s", () -> trainer.fit(
				Network.builder(160, SEED).dense(200, Activation.RELU).dropout(0.5).dense(200, Activation.RELU).dropout(0.5)
						.linear(6, RegressionLoss.meanAbsoluteError()),
				samples));
	}

	/** @return the Carbone et al. (2019) MLP as peer_bench.py builds it */
	static Network carboneMlp() {
		return Network.builder(100, SEED).dense(90, Activation.RELU).dropout(0.3).dense(60, Activation.RELU).dropout(0.3)
				.dense(20, Activation.RELU).dropout(0.3).softmax(3);
	}

	/**
	 * @return {@code count} spectra of uniform random values in [0, 1), each labelled (one-hot) with the arg-max
	 *         class of x W for a Gaussian W of shape [points, classes], as peer_bench.py's {@code spectra()}
	 */
	static Samples spectra(int count, int points, int classes, SplittableRandom random) {
		float[][] x = uniform(count, points, random);
		float[][] scores = product(x, gaussian(points, classes, random));
		int[] labels = new int[count];
		for (int i = 0; i < count; i++) {
			for (int k = 1; k < classes; k++) {
				if (scores[i][k] > scores[i][labels[i]]) {
					labels[i] = k;
				}
			}
		}
		return new Samples(x, Samples.oneHot(labels, classes));
	}

	private static float[][] uniform(int rows, int columns, SplittableRandom random) {
		float[][] values = new float[rows][columns];
		for (float[] row : values) {
			for (int j = 0; j < columns; j++) {
				row[j] = (float) random.nextDouble();
			}
		}
		return values;
	}

	private static float[][] gaussian(int rows, int columns, SplittableRandom random) {
		float[][] values = new float[rows][columns];
		for (float[] row : values) {
			for (int j = 0; j < columns; j++) {
				row[j] = (float) random.nextGaussian();
			}
		}
		return values;
	}

	/** @return a b, accumulated in double precision */
	private static float[][] product(float[][] a, float[][] b) {
		float[][] c = new float[a.length][b[0].length];
		for (int i = 0; i < a.length; i++) {
			for (int k = 0; k < b[0].length; k++) {
				double sum = 0;
				for (int j = 0; j < b.length; j++) {
					sum += (double) a[i][j] * b[j][k];
				}
				c[i][k] = (float) sum;
			}
		}
		return c;
	}
}
