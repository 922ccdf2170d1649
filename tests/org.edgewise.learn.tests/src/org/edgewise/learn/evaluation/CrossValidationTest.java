package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.edgewise.learn.Predictor;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

	@Test
	void aGoodModelScoresNearTheNoiseLevelOnEveryFold() {
		// y = 3 x + 1 plus noise of standard deviation 0.5: a fitted line's held-out RMSE is about 0.5.
		ToyModels.Samples data = ToyModels.noisyLine(200, 0.5, 1);
		CrossValidation cv = new CrossValidation(KFold.split(200, 5, 2), Metric.MEAN_RMSE, 3);
		CrossValidationResult result = cv.score(ToyModels.ridgeLine(0), data.inputs(), data.targets());
		assertEquals(5, result.foldScores().length);
		assertEquals(0.5, result.mean(), 0.08);
		assertTrue(result.standardDeviation() < 0.15, result.toString());
		assertEquals("mean RMSE", result.metric());
	}

	@Test
	void eachFoldTrainsOnItsTrainingRowsOnlyAndScoresOnItsTestRows() {
		// Rows 0..3 follow y = x, rows 4..7 y = -x. Fold 0 trains on the first half and tests on the second:
		// the line y = x misses each test row by 2 x, so its MAE is 2 * (4 + 5 + 6 + 7) / 4 = 11.
		double[][] inputs = { { 0 }, { 1 }, { 2 }, { 3 }, { 4 }, { 5 }, { 6 }, { 7 } };
		double[][] targets = { { 0 }, { 1 }, { 2 }, { 3 }, { -4 }, { -5 }, { -6 }, { -7 } };
		List<Fold> folds = List.of(new Fold(new int[] { 0, 1, 2, 3 }, new int[] { 4, 5, 6, 7 }),
				new Fold(new int[] { 4, 5, 6, 7 }, new int[] { 0, 1, 2, 3 }));
		CrossValidationResult result = new CrossValidation(folds, Metric.MEAN_MAE, 0).score(ToyModels.ridgeLine(0), inputs,
				targets);
		// Fold 1 trains y = -x and misses rows 0..3 by 2 x: MAE 2 * (0 + 1 + 2 + 3) / 4 = 3.
		assertArrayEquals(new double[] { 11, 3 }, result.foldScores(), 1e-12);
		assertEquals(7, result.mean(), 1e-12);
	}

	@Test
	void stratifiedFoldsAndMacroF1ScoreAClassifier() {
		// Carbone et al.'s protocol: stratified 10-fold cross-validation scored by macro F1.
		ToyModels.LabelledRows blobs = ToyModels.blobs(new int[] { 30, 60, 110 }, 6);
		CrossValidation cv = new CrossValidation(KFold.stratified(blobs.labels(), 10, 1), Metric.MACRO_F1, 2);
		CrossValidationResult result = cv.score(ToyModels.nearestCentroid(), blobs.rows(), OneHot.encode(blobs.labels(), 3));
		// Centres 3 apart with unit spread: about 87 % of each class lies nearest its own centre.
		assertTrue(result.mean() > 0.8 && result.mean() < 0.95, result.toString());
	}

	@Test
	void foldsOnAPoolGiveTheSameScoresAsInSequence() {
		ToyModels.Samples data = ToyModels.noisyLine(120, 1, 5);
		Trainer bagged = (inputs, targets, seed) -> ToyModels.baggedLine(inputs, targets, seed);
		CrossValidation inSequence = new CrossValidation(KFold.split(120, 6, 1), Metric.MEAN_R2, 99);
		CrossValidationResult sequential = inSequence.score(bagged, data.inputs(), data.targets());
		CrossValidationResult pooled = inSequence.withExecution(Execution.PARALLEL).score(bagged, data.inputs(),
				data.targets());
		assertEquals(sequential, pooled);
	}

	@Test
	void everyFoldGetsItsOwnSeedDrawnFromTheBaseSeed() {
		ToyModels.Samples data = ToyModels.noisyLine(40, 1, 5);
		List<Long> seeds = new ArrayList<>();
		Trainer recording = (inputs, targets, seed) -> {
			seeds.add(seed);
			return ToyModels.ridgeLine(0).train(inputs, targets, seed);
		};
		new CrossValidation(KFold.split(40, 4, 0), Metric.MEAN_MAE, 17).score(recording, data.inputs(), data.targets());
		assertEquals(4, seeds.stream().distinct().count());
		assertArrayEquals(Randomness.seeds(4, 17), seeds.stream().mapToLong(Long::longValue).toArray());
	}

	@Test
	void theTrainerGetsCopiesItMayChange() {
		ToyModels.Samples data = ToyModels.noisyLine(20, 1, 5);
		double before = data.inputs()[3][0];
		Trainer destructive = (inputs, targets, seed) -> {
			for (double[] row : inputs) {
				row[0] = Double.NaN;
			}
			return new ToyModels.Line(0, 0);
		};
		new CrossValidation(KFold.split(20, 2, 0), Metric.MEAN_MAE, 0).score(destructive, data.inputs(), data.targets());
		assertEquals(before, data.inputs()[3][0]);
	}

	@Test
	void aFailingFitStopsTheRunAndIsReported() {
		ToyModels.Samples data = ToyModels.noisyLine(20, 1, 5);
		int[] fits = { 0 };
		Trainer failing = (inputs, targets, seed) -> {
			fits[0]++;
			throw new IllegalArgumentException("the learning rate diverges");
		};
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new CrossValidation(KFold.split(20, 5, 0), Metric.MEAN_MAE, 0).score(failing, data.inputs(), data.targets()));
		assertEquals("the learning rate diverges", e.getMessage());
		assertEquals(1, fits[0], "the folds after the failure are skipped");
	}

	@Test
	void dataThatDoNotMatchTheFoldsAreRefused() {
		ToyModels.Samples data = ToyModels.noisyLine(10, 1, 5);
		CrossValidation cv = new CrossValidation(KFold.split(12, 3, 0), Metric.MEAN_MAE, 0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> cv.score(ToyModels.ridgeLine(0), data.inputs(), data.targets()));
		assertTrue(e.getMessage().contains("beyond the 10 samples"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> cv.score(ToyModels.ridgeLine(0), data.inputs(), new double[][] { { 1 } }));
		assertTrue(e.getMessage().contains("10 input rows but 1 target rows"), e.getMessage());
	}

	@Test
	void aCustomMetricCanScoreAnything() {
		// The largest absolute error, lower is better.
		Metric worstError = new Metric("max error", false, (Predictor model, double[][] inputs, double[][] targets) -> {
			double[][] predicted = model.predict(inputs);
			double worst = 0;
			for (int i = 0; i < inputs.length; i++) {
				worst = Math.max(worst, Math.abs(predicted[i][0] - targets[i][0]));
			}
			return worst;
		});
		ToyModels.Samples data = ToyModels.noisyLine(100, 0.5, 5);
		CrossValidationResult result = new CrossValidation(KFold.split(100, 4, 0), worstError, 0).score(ToyModels.ridgeLine(0),
				data.inputs(), data.targets());
		assertTrue(result.mean() > 0.5 && result.mean() < 2.5, result.toString());
		assertTrue(worstError.isBetter(1, 2));
		assertTrue(Metric.MACRO_F1.isBetter(0.9, 0.8));
	}
}
