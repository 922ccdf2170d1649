package org.edgewise.app.internal;

import java.util.SplittableRandom;

import org.edgewise.learn.network.Activation;
import org.edgewise.learn.network.Conv1d;
import org.edgewise.learn.network.MaxPool1d;
import org.edgewise.learn.network.Network;
import org.edgewise.learn.network.Samples;
import org.edgewise.learn.network.Trainer;
import org.edgewise.learn.network.TrainingSettings;

/**
 * The convolutional-network workloads of shared/peers/peer_bench.py, with its shapes and data (spectra as
 * {@link NetworkWorkloads#spectra}): the Carbone et al. (2019) CNN, one convolution of 8 filters of 10 taps,
 * ReLU and max-pooling by 2 in front of the dense 90-60-20-3 classifier. Training uses Adam with learning rate
 * 1e-3 and mini-batches of 32, as the peer; each timed call builds a fresh network.
 */
final class CnnWorkloads {

	private static final long SEED = 7;
	private static final int POINTS = 100;

	private CnnWorkloads() {
	}

	/** cnn-train: the CNN on 20000 spectra of 100 points, 3 epochs. */
	static BenchWorkload cnnTrain() {
		Samples samples = NetworkWorkloads.spectra(20_000, POINTS, 3, new SplittableRandom(SEED));
		Trainer trainer = new Trainer(TrainingSettings.defaults(SEED).withEpochs(3));
		return new BenchWorkload(samples.size() * 3.0, "samples/s", () -> trainer.fit(carboneCnn(), samples));
	}

	/** cnn-infer: the same CNN in inference mode on 200,000 spectra, in batches of 4096. */
	static BenchWorkload cnnInfer() {
		return NetworkWorkloads.inference(carboneCnn(), 200_000);
	}

	/** @return the Carbone et al. (2019) CNN as peer_bench.py builds it, for spectra of 100 points */
	static Network carboneCnn() {
		Conv1d convolution = new Conv1d(1, POINTS, 8, 10, 1);
		return Network.builder(POINTS, SEED).add(convolution).activation(Activation.RELU)
				.add(new MaxPool1d(convolution.filters(), convolution.outputLength(), 2))
				.dense(90, Activation.RELU).dropout(0.3).dense(60, Activation.RELU).dropout(0.3)
				.dense(20, Activation.RELU).dropout(0.3).softmax(3);
	}
}
