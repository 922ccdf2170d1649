package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.edgewise.learn.network.TrainingHistory.Epoch;
import org.edgewise.learn.network.TrainingHistory.Stop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainerTest {

	private static Network classifier(long seed) {
		return Network.builder(10, seed).dense(16, Activation.RELU).dropout(0.2).dense(8, Activation.RELU).softmax(3);
	}

	@Test
	void mlpSeparatesThreeClasses() {
		Network network = classifier(1);
		TrainingHistory history = new Trainer(TrainingSettings.defaults(2).withEpochs(15)).fit(network,
				SyntheticData.blobs(600, 10, 3), SyntheticData.blobs(300, 10, 4), TrainingMonitor.NONE);
		LossAndScore validation = network.evaluate(SyntheticData.blobs(300, 10, 4));
		assertEquals("accuracy", validation.scoreName());
		assertTrue(validation.score() > 0.95, "validation accuracy " + validation.score());
		Epoch first = history.epochs().get(0);
		Epoch last = history.epochs().get(history.epochs().size() - 1);
		assertTrue(last.trainingLoss() < first.trainingLoss(), first + " -> " + last);
	}

	@ParameterizedTest
	@ValueSource(ints = { 32, 50, 7 })
	void theSameSeedGivesTheSameWeightsOnOneOrManyThreads(int batchSize) {
		// Batches of 32 run as 2 shards of 16 (the last, of 600 mod 32 = 24 samples, as 2 of 12), batches of 50
		// as 4 shards; batches of 7 in one shard, the last of 600 mod 7 = 5 samples.
		Samples samples = SyntheticData.blobs(600, 10, 5);
		TrainingSettings settings = TrainingSettings.defaults(6).withEpochs(2).withBatchSize(batchSize);
		Network parallel = classifier(7);
		Network again = classifier(7);
		Network sequential = classifier(7);
		new Trainer(settings).fit(parallel, samples);
		new Trainer(settings).fit(again, samples);
		new Trainer(settings.withParallel(false)).fit(sequential, samples);
		assertEquals(parallel.parameters(), again.parameters());
		assertEquals(parallel.parameters(), sequential.parameters());
		Network otherSeed = classifier(7);
		new Trainer(settings.withSeed(8)).fit(otherSeed, samples);
		assertNotEquals(parallel.parameters(), otherSeed.parameters());
	}

	@Test
	void earlyStoppingKeepsTheEpochOfLowestValidationLoss() {
		// Random labels: the network can only memorise the training set, so the validation loss soon rises.
		Network network = Network.builder(20, 1).dense(64, Activation.RELU).softmax(3);
		Samples validation = SyntheticData.noise(200, 20, 2);
		TrainingSettings settings = TrainingSettings.defaults(3).withEpochs(200).withOptimiser(Adam.withLearningRate(1e-2))
				.withPatience(4);
		TrainingHistory history = new Trainer(settings).fit(network, SyntheticData.noise(64, 20, 1), validation,
				TrainingMonitor.NONE);
		assertEquals(Stop.EARLY_STOPPED, history.stop());
		List<Epoch> epochs = history.epochs();
		assertEquals(history.bestEpoch() + 4, epochs.size(), "stops after 4 epochs without improvement");
		double lowest = epochs.stream().mapToDouble(Epoch::validationLoss).min().orElseThrow();
		assertEquals(lowest, epochs.get(history.bestEpoch() - 1).validationLoss());
		assertTrue(epochs.get(epochs.size() - 1).validationLoss() > lowest);
		// The network holds the best epoch's weights again: the same validation loss, bit for bit.
		assertEquals(lowest, network.evaluate(validation).loss());
	}

	@Test
	void aMonitorHearsEveryEpochAndCanCancel() {
		int[] heard = { 0 };
		TrainingMonitor cancelAfterTwo = new TrainingMonitor() {
			@Override
			public void epochFinished(Epoch epoch) {
				heard[0] = epoch.number();
			}

			@Override
			public boolean cancelled() {
				return heard[0] == 2;
			}
		};
		TrainingHistory history = new Trainer(TrainingSettings.defaults(1).withEpochs(10)).fit(classifier(1),
				SyntheticData.blobs(100, 10, 1), null, cancelAfterTwo);
		assertEquals(Stop.CANCELLED, history.stop());
		assertEquals(2, history.epochs().size());
		assertEquals(2, history.bestEpoch());
		assertTrue(Double.isNaN(history.epochs().get(1).validationLoss()), "no validation samples, no validation loss");
	}

	@Test
	void weightDecayShrinksWeightsButNotBiases() {
		// One step of plain SGD on one full batch, with and without decay: the weights differ by lr * decay * w,
		// the biases not at all.
		Samples samples = SyntheticData.blobs(40, 10, 9);
		TrainingSettings settings = TrainingSettings.defaults(1).withEpochs(1).withBatchSize(40)
				.withOptimiser(new Sgd(0.1, 0));
		Network plain = Network.builder(10, 5).dense(6, Activation.TANH).softmax(3);
		Network decayed = Network.builder(10, 5).dense(6, Activation.TANH).softmax(3);
		float[][] initial = Rows.copy(plain.parameterRows());
		new Trainer(settings).fit(plain, samples);
		new Trainer(settings.withWeightDecay(0.5)).fit(decayed, samples);
		boolean[] weightRows = plain.decayedRows();
		for (int i = 0; i < initial.length; i++) {
			if (!weightRows[i]) {
				assertArrayEquals(plain.parameterRows()[i], decayed.parameterRows()[i], "bias row " + i);
				continue;
			}
			for (int j = 0; j < initial[i].length; j++) {
				assertEquals(-0.1f * 0.5f * initial[i][j], decayed.parameterRows()[i][j] - plain.parameterRows()[i][j], 1e-6f,
						"weight [" + i + "][" + j + "]");
			}
		}
	}

	static Stream<RegressionLoss> regressionLosses() {
		return Stream.of(RegressionLoss.meanAbsoluteError(), RegressionLoss.meanSquaredError(), RegressionLoss.huber(1));
	}

	@ParameterizedTest
	@MethodSource("regressionLosses")
	void regressionLearnsALinearTarget(RegressionLoss loss) {
		Network network = Network.builder(8, 4).dense(32, Activation.RELU).linear(3, loss);
		Samples samples = SyntheticData.linear(500, 8, 3, 1, 2);
		double before = network.evaluate(samples).loss();
		new Trainer(TrainingSettings.defaults(5).withEpochs(40).withOptimiser(Adam.withLearningRate(3e-3))).fit(network, samples);
		double after = network.evaluate(samples).loss();
		assertTrue(after < 0.1 * before, loss + ": " + before + " -> " + after);
	}

	@Test
	void kiyoharaRegressorLearnsSixLinearProperties() {
		// 160 spectrum points -> 200 -> 200 -> 6 properties, ReLU, dropout 0.5 on the hidden layer not linked
		// to the output, mean absolute error, Adam (Kiyohara et al. 2019).
		Network network = Network.builder(160, 11).dense(200, Activation.RELU).dropout(0.5).dense(200, Activation.RELU)
				.linear(6, RegressionLoss.meanAbsoluteError());
		Samples training = SyntheticData.linear(1500, 160, 6, 12, 13);
		Samples validation = SyntheticData.linear(300, 160, 6, 12, 14);
		TrainingHistory history = new Trainer(TrainingSettings.defaults(15).withEpochs(30)).fit(network, training, validation,
				TrainingMonitor.NONE);
		// Dropout 0.5 and the L1 loss make progress slow but steady (MAE 0.14 after 30 epochs here, 0.10
		// after 60): well below always answering the training mean.
		double baseline = meanPredictorError(training, validation);
		double error = network.evaluate(validation).score();
		assertTrue(error < 0.65 * baseline, "validation MAE " + error + " against " + baseline + " for the mean; " + history);
	}

	/** The validation MAE of always predicting the training targets' mean. */
	private static double meanPredictorError(Samples training, Samples validation) {
		int width = training.targets()[0].length;
		double[] mean = new double[width];
		for (float[] row : training.targets()) {
			for (int k = 0; k < width; k++) {
				mean[k] += row[k] / training.size();
			}
		}
		double sum = 0;
		for (float[] row : validation.targets()) {
			for (int k = 0; k < width; k++) {
				sum += Math.abs(row[k] - mean[k]) / width;
			}
		}
		return sum / validation.size();
	}
}
