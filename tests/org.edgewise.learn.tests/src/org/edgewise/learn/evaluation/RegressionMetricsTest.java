package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

	private static final double[][] ACTUAL = { { 1, 10, 5 }, { 2, 12, 5 }, { 3, 9, 5 }, { 4, 15, 5 }, { 5, 11, 5 } };
	private static final double[][] PREDICTED = { { 1.5, 10, 5 }, { 1.5, 13, 5 }, { 3.5, 8, 5 }, { 4, 13, 5 },
			{ 4, 12.5, 5 } };

	@Test
	void handComputedFirstOutput() {
		// Output 0: errors 0.5, -0.5, 0.5, 0, -1. MAE 2.5 / 5 = 0.5; squared errors sum to 1.75, RMSE
		// sqrt(0.35). Truth 1..5 has mean 3 and SS_tot 10, so R^2 = 1 - 1.75 / 10 = 0.825.
		RegressionMetrics metrics = RegressionMetrics.of(ACTUAL, PREDICTED);
		assertEquals(0.5, metrics.mae()[0], 1e-15);
		assertEquals(Math.sqrt(0.35), metrics.rmse()[0], 1e-15);
		assertEquals(0.825, metrics.r2()[0], 1e-15);
		assertEquals(5, metrics.sampleCount());
		assertEquals(3, metrics.outputCount());
	}

	@Test
	void agreesWithScikitLearnPerOutputAndOnAverage() {
		RegressionMetrics metrics = RegressionMetrics.of(ACTUAL, PREDICTED);
		// scikit-learn 1.2.1: mean_absolute_error, sqrt of mean_squared_error and r2_score with
		// multioutput="raw_values", then their uniform averages, and sqrt(mean_squared_error) over all values.
		assertArrayEquals(new double[] { 0.5, 1.1, 0 }, metrics.mae(), 1e-15);
		assertArrayEquals(new double[] { 0.5916079783099616, 1.284523257866513, 0 }, metrics.rmse(), 1e-15);
		assertArrayEquals(new double[] { 0.825, 0.6108490566037736, 1 }, metrics.r2(), 1e-15);
		assertEquals(0.5333333333333333, metrics.meanMae(), 1e-15);
		assertEquals(0.6253770787254914, metrics.meanRmse(), 1e-15);
		assertEquals(0.816496580927726, metrics.totalRmse(), 1e-15);
		assertEquals(0.8119496855345911, metrics.meanR2(), 1e-15);
	}

	@Test
	void aConstantTrueOutputScoresROneIfExactAndZeroOtherwise() {
		// The third output is 5 everywhere, so R^2 has no variance to explain: scikit-learn's r2_score (with
		// its default force_finite) gives 1 for exact predictions and 0 for any error.
		double[][] missed = { { 1.5, 10, 5 }, { 1.5, 13, 5 }, { 3.5, 8, 5 }, { 4, 13, 5 }, { 4, 12.5, 5.5 } };
		assertEquals(1, RegressionMetrics.of(ACTUAL, PREDICTED).r2()[2]);
		assertEquals(0, RegressionMetrics.of(ACTUAL, missed).r2()[2]);
	}

	@Test
	void rmsePerEnergyPointLocatesWhereASpectrumIsPredictedBadly() {
		// Three spectra of four energy points; the model is off by 0.1 at the edge (point 2) only.
		double[][] actual = { { 0, 0.2, 1.0, 0.9 }, { 0, 0.3, 1.2, 1.0 }, { 0, 0.1, 0.8, 0.9 } };
		double[][] predicted = { { 0, 0.2, 1.1, 0.9 }, { 0, 0.3, 1.1, 1.0 }, { 0, 0.1, 0.9, 0.9 } };
		double[] rmse = RegressionMetrics.of(actual, predicted).rmse();
		assertArrayEquals(new double[] { 0, 0, 0.1, 0 }, rmse, 1e-12);
		// The total over all points: sqrt(3 * 0.01 / 12) = 0.05.
		assertEquals(0.05, RegressionMetrics.of(actual, predicted).totalRmse(), 1e-12);
	}

	@Test
	void mismatchedOrNonFiniteDataAreRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> RegressionMetrics.of(ACTUAL, new double[][] { { 1, 2, 3 } }));
		assertTrue(e.getMessage().contains("1 predicted rows for 5 actual rows"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> RegressionMetrics.of(new double[][] { { 1, 2 } }, new double[][] { { 1, Double.NaN } }));
		assertTrue(e.getMessage().contains("predicted row 0, output 1 is not finite"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> RegressionMetrics.of(new double[][] { { 1, 2 }, { 3 } }, new double[][] { { 1, 2 }, { 3, 4 } }));
		assertTrue(e.getMessage().contains("actual row 1 has 1 values, row 0 has 2"), e.getMessage());
	}
}
