package org.edgewise.learn.neighbours;

import static org.edgewise.learn.neighbours.NearestNeighboursTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.edgewise.learn.Predictor;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;

class KnnRegressorTest {

	/** Four simulated "spectra" (two features) with two properties each: a crystal field and a charge. */
	private static final double[][] ROWS = { { 0, 0 }, { 1, 0 }, { 0, 2 }, { 5, 5 } };
	private static final double[][] TARGETS = { { 0.5, 2 }, { 0.9, 2 }, { 1.3, 3 }, { 2.5, 4 } };

	@Test
	void theEstimateIsTheNeighboursMeanWithTheirSpread() {
		KnnRegressor knn = KnnRegressor.fit(ROWS, TARGETS, 3, Distance.EUCLIDEAN);
		// (0.2, 0.5): distances 0.539, 0.943, 1.513 to rows 0, 1, 2; row 3 is far.
		Estimate estimate = knn.estimate(new double[][] { { 0.2, 0.5 } })[0];
		assertArrayEquals(new int[] { 0, 1, 2 }, estimate.neighbours().indices());
		assertEquals(Math.hypot(0.2, 0.5), estimate.neighbours().distance(0), 1e-15);
		// Crystal field: mean (0.5 + 0.9 + 1.3)/3 = 0.9, deviations -0.4, 0, 0.4: sqrt(0.32/3).
		// Charge: mean 7/3, deviations -1/3, -1/3, 2/3: sqrt((1 + 1 + 4)/9/3) = sqrt(2/9).
		assertArrayEquals(new double[] { 0.9, 7 / 3.0 }, estimate.mean(), 1e-15);
		assertArrayEquals(new double[] { Math.sqrt(0.32 / 3), Math.sqrt(2 / 9.0) }, estimate.standardDeviation(), 1e-15);
	}

	@Test
	void oneNeighbourGivesItsOwnValuesWithNoSpread() {
		KnnRegressor knn = KnnRegressor.fit(ROWS, TARGETS, 1, Distance.EUCLIDEAN);
		Estimate estimate = knn.estimate(new double[][] { { 4, 6 } })[0];
		assertArrayEquals(TARGETS[3], estimate.mean(), 0);
		assertArrayEquals(new double[] { 0, 0 }, estimate.standardDeviation(), 0);
	}

	@Test
	void asAPredictorItReturnsTheMeans() {
		Predictor predictor = KnnRegressor.fit(ROWS, TARGETS, 2, Distance.EUCLIDEAN);
		assertEquals(2, predictor.inputSize());
		assertEquals(2, predictor.outputSize());
		double[][] predicted = predictor.predict(new double[][] { { 0.6, 0 }, { 5, 4 } });
		assertArrayEquals(new double[] { 0.7, 2 }, predicted[0], 1e-15);
		// (5, 4): row 3 at distance 1, then row 2 at sqrt(29) before row 1 at sqrt(32).
		assertArrayEquals(new double[] { 1.9, 3.5 }, predicted[1], 1e-15);
	}

	@Test
	void aModelRebuiltFromItsParametersPredictsIdentically() {
		Random random = new Random(21);
		double[][] rows = NearestNeighboursTest.uniform(random, 300, 16);
		double[][] targets = NearestNeighboursTest.uniform(random, 300, 3);
		KnnRegressor knn = KnnRegressor.fit(rows, targets, 4, Distance.EUCLIDEAN);
		ModelParameters parameters = knn.parameters();
		KnnRegressor rebuilt = KnnRegressor.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		double[][] queries = NearestNeighboursTest.uniform(random, 25, 16);
		assertArrayEquals(knn.predict(queries), rebuilt.predict(queries));
		assertArrayEquals(knn.estimate(queries)[7].standardDeviation(), rebuilt.estimate(queries)[7].standardDeviation(), 0);
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		assertMessage("4 rows but 3 target rows", () -> KnnRegressor.fit(ROWS, new double[3][2], 1, Distance.EUCLIDEAN));
		assertMessage("target row 1 has 1 values, expected 2",
				() -> KnnRegressor.fit(ROWS, new double[][] { { 1, 2 }, { 3 }, { 4, 5 }, { 6, 7 } }, 1, Distance.EUCLIDEAN));
		assertMessage("from 1 to 4 (the number of rows), got 0", () -> KnnRegressor.fit(ROWS, TARGETS, 0, Distance.EUCLIDEAN));
		KnnRegressor knn = KnnRegressor.fit(ROWS, TARGETS, 2, Distance.EUCLIDEAN);
		assertMessage("query 0 has 1 values, expected 2", () -> knn.predict(new double[][] { { 1 } }));
		ModelParameters tooMany = new ModelParameters().putMatrix("rows", ROWS).putText("distance", "EUCLIDEAN")
				.putMatrix("targets", TARGETS).putInts("neighbours", new int[] { 5 });
		assertTrue(assertThrows(ModelFormatException.class, () -> KnnRegressor.fromParameters(tooMany)).getMessage()
				.contains("'neighbours' is 5, expected 1 to 4"));
		ModelParameters shortTargets = new ModelParameters().putMatrix("rows", ROWS).putText("distance", "EUCLIDEAN")
				.putMatrix("targets", new double[3][2]).putInts("neighbours", new int[] { 1 });
		assertTrue(assertThrows(ModelFormatException.class, () -> KnnRegressor.fromParameters(shortTargets)).getMessage()
				.contains("'targets' has shape [3, 2], expected [4, 2]"));
	}
}
