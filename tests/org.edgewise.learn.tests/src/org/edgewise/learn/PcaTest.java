package org.edgewise.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PcaTest {

	@Test
	void handComputedTwoDimensionalExample() {
		// Rows (0,0), (2,2), (1,2), (1,0): mean (1,1), centred (-1,-1), (1,1), (0,1), (0,-1).
		// Scatter matrix X'X = [[2, 2], [2, 4]]: trace 6, determinant 4, eigenvalues 3 +- sqrt(5).
		// Sample variances (divide by n - 1 = 3): (3 + sqrt 5)/3 = 1.7454 and (3 - sqrt 5)/3 = 0.2546;
		// ratios (3 +- sqrt 5)/6 = 0.8727 and 0.1273.
		// Eigenvector of 3 + sqrt 5: (2 - lambda) v1 + 2 v2 = 0, so v2 = (1 + sqrt 5)/2 v1 = phi v1 (the golden
		// ratio): PC1 = (1, phi)/sqrt(1 + phi^2) = (0.5257, 0.8507); PC2 is perpendicular, with its largest
		// entry positive: (phi, -1)/sqrt(1 + phi^2) = (0.8507, -0.5257).
		// Scores of (2,2), centred (1,1): ((1 + phi), (phi - 1))/sqrt(1 + phi^2) = (1.3764, 0.3249).
		double[][] rows = { { 0, 0 }, { 2, 2 }, { 1, 2 }, { 1, 0 } };
		Pca pca = Pca.fit(rows, 2);
		double phi = (1 + Math.sqrt(5)) / 2;
		double norm = Math.sqrt(1 + phi * phi);
		assertArrayEquals(new double[] { 1, 1 }, pca.mean(), 1e-15);
		assertArrayEquals(new double[] { 1 / norm, phi / norm }, pca.components()[0], 1e-12);
		assertArrayEquals(new double[] { phi / norm, -1 / norm }, pca.components()[1], 1e-12);
		assertArrayEquals(new double[] { (3 + Math.sqrt(5)) / 3, (3 - Math.sqrt(5)) / 3 }, pca.explainedVariance(), 1e-12);
		assertArrayEquals(new double[] { (3 + Math.sqrt(5)) / 6, (3 - Math.sqrt(5)) / 6 }, pca.explainedVarianceRatio(), 1e-12);
		assertArrayEquals(new double[] { 1.3763819, 0.3249197 }, pca.transform(new double[][] { { 2, 2 } })[0], 1e-7);
		assertArrayEquals(new double[] { 2, 2 }, pca.inverseTransform(pca.transform(new double[][] { { 2, 2 } }))[0], 1e-12);
	}

	@Test
	void rankThreeDataIsReconstructedExactlyByThreeComponents() {
		double[][] rows = lowRank(new Random(5), 60, 10, 3);
		Pca three = Pca.fit(rows, 3);
		assertMatrixEquals(rows, three.inverseTransform(three.transform(rows)), 1e-10);
		assertEquals(1.0, sum(three.explainedVarianceRatio()), 1e-12);
		// Two components leave the third direction out.
		Pca two = Pca.fit(rows, 2);
		double worst = maxAbsDifference(rows, two.inverseTransform(two.transform(rows)));
		assertTrue(worst > 0.1, "two components reconstruct within " + worst);
		// All the variance lies in three directions, so asking for all of it keeps three.
		assertEquals(3, Pca.fitVariance(rows, 1.0).componentCount());
	}

	@Test
	void allComponentsExplainAllVarianceInDescendingOrder() {
		double[][] rows = gaussian(new Random(17), 40, 6, new double[] { 0.5, 3, 1, 7, 0.1, 2 });
		Pca pca = Pca.fit(rows, 6);
		double[] ratios = pca.explainedVarianceRatio();
		assertEquals(1.0, sum(ratios), 1e-12);
		for (int i = 1; i < ratios.length; i++) {
			assertTrue(ratios[i] <= ratios[i - 1], "ratio " + i + " rises: " + ratios[i - 1] + " then " + ratios[i]);
		}
		// The explained variances add up to the total sample variance of the columns.
		assertEquals(sum(columnVariances(rows)), sum(pca.explainedVariance()), 1e-9);
		// The components are orthonormal.
		double[][] c = pca.components();
		for (int i = 0; i < c.length; i++) {
			for (int j = 0; j < c.length; j++) {
				assertEquals(i == j ? 1.0 : 0.0, dot(c[i], c[j]), 1e-12, "components " + i + ", " + j);
			}
		}
		assertMatrixEquals(rows, pca.inverseTransform(pca.transform(rows)), 1e-10);
	}

	@Test
	void trainingScoresAreCentredAndUncorrelated() {
		double[][] rows = gaussian(new Random(23), 200, 5, new double[] { 1, 2, 3, 4, 5 });
		for (double[] row : rows) {
			row[1] += 0.8 * row[0];
			row[4] -= 0.5 * row[2];
		}
		Pca pca = Pca.fit(rows, 4);
		double[][] scores = pca.transform(rows);
		double[] variance = pca.explainedVariance();
		for (int i = 0; i < 4; i++) {
			double mean = 0;
			for (double[] s : scores) {
				mean += s[i] / scores.length;
			}
			assertEquals(0.0, mean, 1e-12, "mean of score column " + i);
			for (int j = 0; j < 4; j++) {
				double covariance = 0;
				for (double[] s : scores) {
					covariance += s[i] * s[j] / (scores.length - 1);
				}
				assertEquals(i == j ? variance[i] : 0.0, covariance, 1e-9, "covariance of scores " + i + ", " + j);
			}
		}
	}

	@Test
	void signsFollowTheLargestLoadingNotTheDecomposition() {
		// Negating the data negates the centred matrix; the principal axes are the same lines, and the sign
		// rule (largest |loading| positive) must pick the same directions.
		double[][] rows = gaussian(new Random(31), 30, 4, new double[] { 1, 5, 2, 3 });
		double[][] negated = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			negated[i] = Arrays.stream(rows[i]).map(x -> -x).toArray();
		}
		double[][] c = Pca.fit(rows, 4).components();
		assertMatrixEquals(c, Pca.fit(negated, 4).components(), 1e-10);
		for (double[] component : c) {
			double largest = 0;
			for (double x : component) {
				largest = Math.abs(x) > Math.abs(largest) ? x : largest;
			}
			assertTrue(largest > 0, "largest loading " + largest);
		}
	}

	@Test
	void fitVarianceKeepsTheFewestComponentsThatReachTheFraction() {
		double[][] rows = gaussian(new Random(41), 50, 8, new double[] { 10, 6, 3, 1, 0.5, 0.2, 0.05, 0.01 });
		double[] ratios = Pca.fit(rows, 8).explainedVarianceRatio();
		double[] cumulative = new double[ratios.length];
		for (int i = 0; i < ratios.length; i++) {
			cumulative[i] = ratios[i] + (i > 0 ? cumulative[i - 1] : 0);
		}
		for (double fraction : new double[] { 0.5, 0.9, 0.99, 0.999 }) {
			int expected = 1;
			while (cumulative[expected - 1] < fraction) {
				expected++;
			}
			Pca pca = Pca.fitVariance(rows, fraction);
			assertEquals(expected, pca.componentCount(), "fraction " + fraction);
			assertTrue(sum(pca.explainedVarianceRatio()) >= fraction);
		}
		// A fraction exactly equal to a cumulative ratio is reached by that many components.
		assertEquals(3, Pca.fitVariance(rows, cumulative[2]).componentCount());
		assertEquals(4, Pca.fitVariance(rows, cumulative[2] + 1e-9).componentCount());
	}

	@Test
	void wideDataHasRowsMinusOneInformativeComponents() {
		// 5 centred rows span at most 4 dimensions, however many columns they have.
		double[][] rows = gaussian(new Random(43), 5, 12, new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 });
		Pca four = Pca.fit(rows, 4);
		assertMatrixEquals(rows, four.inverseTransform(four.transform(rows)), 1e-10);
		assertEquals(1.0, sum(four.explainedVarianceRatio()), 1e-12);
		assertEquals(0.0, Pca.fit(rows, 5).explainedVarianceRatio()[4], 1e-12);
		assertThrows(IllegalArgumentException.class, () -> Pca.fit(rows, 6));
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		double[][] good = { { 1, 2 }, { 3, 5 }, { 4, 4 } };
		assertMessage("at least 2 rows", () -> Pca.fit(new double[][] { { 1, 2 } }, 1));
		assertMessage("row 2 has 3 values, expected 2", () -> Pca.fit(new double[][] { { 1, 2 }, { 3, 4 }, { 5, 6, 7 } }, 1));
		assertMessage("row 1, column 0 is not finite", () -> Pca.fit(new double[][] { { 1, 2 }, { Double.NaN, 4 } }, 1));
		assertMessage("from 1 to 2", () -> Pca.fit(good, 0));
		assertMessage("from 1 to 2", () -> Pca.fit(good, 3));
		assertMessage("(0, 1]", () -> Pca.fitVariance(good, 0));
		assertMessage("(0, 1]", () -> Pca.fitVariance(good, 1.5));
		assertMessage("rows are equal", () -> Pca.fit(new double[][] { { 0.1, 0.7 }, { 0.1, 0.7 }, { 0.1, 0.7 } }, 1));
		Pca pca = Pca.fit(good, 1);
		assertMessage("row 0 has 3 values, expected 2", () -> pca.transform(new double[][] { { 1, 2, 3 } }));
		assertMessage("score row 0 has 2 values, expected 1", () -> pca.inverseTransform(new double[][] { { 1, 2 } }));
	}

	private static void assertMessage(String expected, Executable call) {
		String message = assertThrows(IllegalArgumentException.class, call).getMessage();
		assertTrue(message.contains(expected), message);
	}

	/** n x p rows of rank {@code rank} (before the offset) plus a constant offset row. */
	private static double[][] lowRank(Random random, int n, int p, int rank) {
		double[][] a = gaussian(random, n, rank, filled(rank, 1));
		double[][] b = gaussian(random, rank, p, filled(p, 1));
		double[][] rows = new double[n][p];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < p; j++) {
				rows[i][j] = 5 + j;
				for (int r = 0; r < rank; r++) {
					rows[i][j] += a[i][r] * b[r][j];
				}
			}
		}
		return rows;
	}

	private static double[][] gaussian(Random random, int n, int p, double[] scales) {
		double[][] rows = new double[n][p];
		for (double[] row : rows) {
			for (int j = 0; j < p; j++) {
				row[j] = scales[j] * random.nextGaussian() + j;
			}
		}
		return rows;
	}

	private static double[] filled(int n, double value) {
		double[] a = new double[n];
		Arrays.fill(a, value);
		return a;
	}

	private static double[] columnVariances(double[][] rows) {
		double[] variance = new double[rows[0].length];
		for (int j = 0; j < variance.length; j++) {
			double mean = 0;
			for (double[] row : rows) {
				mean += row[j] / rows.length;
			}
			for (double[] row : rows) {
				variance[j] += (row[j] - mean) * (row[j] - mean) / (rows.length - 1);
			}
		}
		return variance;
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}

	private static double dot(double[] u, double[] v) {
		double s = 0;
		for (int i = 0; i < u.length; i++) {
			s += u[i] * v[i];
		}
		return s;
	}

	private static double maxAbsDifference(double[][] expected, double[][] actual) {
		double worst = 0;
		for (int i = 0; i < expected.length; i++) {
			for (int j = 0; j < expected[i].length; j++) {
				worst = Math.max(worst, Math.abs(expected[i][j] - actual[i][j]));
			}
		}
		return worst;
	}

	private static void assertMatrixEquals(double[][] expected, double[][] actual, double tolerance) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++) {
			assertArrayEquals(expected[i], actual[i], tolerance, "row " + i);
		}
	}
}
