package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.edgewise.learn.Predictor;
import org.junit.jupiter.api.Test;

class EnsembleTest {

	@Test
	void theMeanAndSpreadAreTakenOverTheMembers() {
		// Three lines through the origin with slopes 1, 2 and 6: at x = 1 they predict 1, 2 and 6, with mean 3
		// and sample standard deviation sqrt(((1-3)^2 + (2-3)^2 + (6-3)^2) / 2) = sqrt(7).
		Ensemble ensemble = Ensemble.of(List.of(new ToyModels.Line(1, 0), new ToyModels.Line(2, 0), new ToyModels.Line(6, 0)));
		Ensemble.Prediction prediction = ensemble.predictWithSpread(new double[][] { { 1 }, { 0 } });
		assertArrayEquals(new double[] { 3 }, prediction.mean()[0], 1e-15);
		assertArrayEquals(new double[] { Math.sqrt(7) }, prediction.spread()[0], 1e-15);
		// All members agree at x = 0.
		assertArrayEquals(new double[] { 0 }, prediction.spread()[1]);
		// As a predictor, the ensemble predicts the mean.
		assertArrayEquals(prediction.mean(), ensemble.predict(new double[][] { { 1 }, { 0 } }));
		assertEquals(1, ensemble.inputSize());
		assertEquals(1, ensemble.outputSize());
	}

	@Test
	void membersTrainedFromDifferentSeedsAreLessSureFarFromTheTrainingData() {
		// Bagged lines fitted to x in [0, 10): they agree inside that range and fan out beyond it.
		ToyModels.Samples data = ToyModels.noisyLine(60, 1, 2);
		Ensemble ensemble = Ensemble.train(10, 123, seed -> ToyModels.baggedLine(data.inputs(), data.targets(), seed),
				Execution.SEQUENTIAL);
		assertEquals(10, ensemble.members().size());
		Ensemble.Prediction prediction = ensemble.predictWithSpread(new double[][] { { 5 }, { 50 } });
		assertEquals(16, prediction.mean()[0][0], 0.5);
		assertTrue(prediction.spread()[1][0] > 3 * prediction.spread()[0][0],
				"spread inside " + prediction.spread()[0][0] + ", far outside " + prediction.spread()[1][0]);
	}

	@Test
	void theBaseSeedReproducesTheEnsembleOnAPoolOrInSequence() {
		ToyModels.Samples data = ToyModels.noisyLine(60, 1, 2);
		double[][] inputs = { { -3 }, { 4.5 }, { 12 } };
		Ensemble sequential = Ensemble.train(8, 5, seed -> ToyModels.baggedLine(data.inputs(), data.targets(), seed),
				Execution.SEQUENTIAL);
		Ensemble pooled = Ensemble.train(8, 5, seed -> ToyModels.baggedLine(data.inputs(), data.targets(), seed),
				Execution.PARALLEL);
		assertEquals(sequential.members(), pooled.members());
		assertArrayEquals(sequential.predictWithSpread(inputs).spread(), pooled.predictWithSpread(inputs).spread());
		Ensemble otherSeed = Ensemble.train(8, 6, seed -> ToyModels.baggedLine(data.inputs(), data.targets(), seed),
				Execution.SEQUENTIAL);
		assertNotEquals(sequential.members(), otherSeed.members());
	}

	@Test
	void eachMemberCanBeRetrainedFromItsRecordedSeed() {
		ToyModels.Samples data = ToyModels.noisyLine(60, 1, 2);
		Ensemble ensemble = Ensemble.train(4, 77, seed -> ToyModels.baggedLine(data.inputs(), data.targets(), seed),
				Execution.SEQUENTIAL);
		long[] seeds = Ensemble.memberSeeds(4, 77);
		assertEquals(ToyModels.baggedLine(data.inputs(), data.targets(), seeds[2]), ensemble.members().get(2));
		// An ensemble assembled from the same members predicts bit for bit the same.
		Ensemble rebuilt = Ensemble.of(ensemble.members());
		assertArrayEquals(ensemble.predict(data.inputs()), rebuilt.predict(data.inputs()));
	}

	@Test
	void membersMustAgreeOnTheirShapes() {
		Predictor twoOutputs = new Predictor() {
			@Override
			public int inputSize() {
				return 1;
			}

			@Override
			public int outputSize() {
				return 2;
			}

			@Override
			public double[][] predict(double[][] inputs) {
				return new double[inputs.length][2];
			}
		};
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Ensemble.of(List.of(new ToyModels.Line(1, 0), twoOutputs)));
		assertTrue(e.getMessage().contains("member 1 maps 1 inputs to 2 outputs, member 0 maps 1 to 1"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Ensemble.of(List.of(new ToyModels.Line(1, 0))));
		assertThrows(IllegalArgumentException.class, () -> Ensemble.train(1, 0, seed -> new ToyModels.Line(1, 0), Execution.SEQUENTIAL));
	}
}
