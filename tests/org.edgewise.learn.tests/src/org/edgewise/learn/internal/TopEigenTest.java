package org.edgewise.learn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopEigenTest {

	@ParameterizedTest(name = "n = {0}, top {1}, seed {2}")
	@CsvSource({ "1, 1, 1", "5, 2, 2", "40, 3, 3", "41, 41, 4", "150, 2, 5", "300, 6, 6", "700, 2, 7" })
	void matchesTheFullDecompositionOfEjml(int n, int count, long seed) {
		double[] a = randomSymmetric(n, new Random(seed));
		TopEigen top = TopEigen.of(new SymmetricMatrix(a, n), count);

		EigenDecomposition_F64<DMatrixRMaj> full = DecompositionFactory_DDRM.eig(n, true, true);
		assertTrue(full.decompose(DMatrixRMaj.wrap(n, n, a.clone())));
		Integer[] order = new Integer[n];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (i, j) -> Double.compare(full.getEigenvalue(j).real, full.getEigenvalue(i).real));
		double norm = Math.max(Math.abs(full.getEigenvalue(order[0]).real), Math.abs(full.getEigenvalue(order[n - 1]).real));
		for (int i = 0; i < count; i++) {
			double expected = full.getEigenvalue(order[i]).real;
			assertEquals(expected, top.values()[i], 1e-12 * norm, "eigenvalue " + i);
			// Random matrices have well separated eigenvalues, so the eigenvectors agree up to sign.
			double[] reference = full.getEigenVector(order[i]).getData();
			assertEquals(1.0, Math.abs(dot(reference, top.vector(i))), 1e-8, "eigenvector " + i);
		}
	}

	@Test
	void residualsAreWithinTheStatedTolerance() {
		int n = 500;
		double[] a = randomSymmetric(n, new Random(11));
		SymmetricMatrix matrix = new SymmetricMatrix(a, n);
		TopEigen top = TopEigen.of(matrix, 4);
		// ||A|| <= the Frobenius norm, an upper bound that is easy to compute.
		double frobenius = Math.sqrt(dot(a, a));
		double[] product = new double[n];
		for (int i = 0; i < top.count(); i++) {
			double[] v = top.vector(i);
			assertEquals(1.0, dot(v, v), 1e-14, "length of eigenvector " + i);
			matrix.apply(v, product);
			double residual = 0;
			for (int k = 0; k < n; k++) {
				double r = product[k] - top.values()[i] * v[k];
				residual += r * r;
			}
			assertTrue(Math.sqrt(residual) <= TopEigen.TOLERANCE * frobenius, "residual " + Math.sqrt(residual));
		}
	}

	@Test
	void theLargestAreAlgebraicallyLargestNotLargestInMagnitude() {
		double[] diagonal = { -10, 3, -5, 1, 2, -0.5 };
		TopEigen top = TopEigen.of(new SymmetricMatrix(diagonalMatrix(diagonal), diagonal.length), 3);
		assertArrayEquals(new double[] { 3, 2, 1 }, top.values(), 1e-12);
		// The eigenvectors are the unit vectors, pointing the positive way.
		assertArrayEquals(new double[] { 0, 1, 0, 0, 0, 0 }, top.vector(0), 1e-12);
		assertArrayEquals(new double[] { 0, 0, 0, 0, 1, 0 }, top.vector(1), 1e-12);
	}

	@Test
	void repeatedAndZeroEigenvaluesOfLowRankMatricesAreFound() {
		// u u^T + w w^T with orthogonal u, w of equal length: eigenvalue 6 twice, then zeros. The Krylov space of
		// one start vector holds only one direction of the double eigenvalue; the solver must find the other.
		int n = 60;
		double[] u = new double[n];
		double[] w = new double[n];
		for (int i = 0; i < n; i++) {
			u[i] = i % 2 == 0 ? 1 : 0;
			w[i] = i % 2 == 0 ? 0 : 1;
		}
		double scale = Math.sqrt(6.0 / (n / 2));
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				a[i * n + j] = scale * scale * (u[i] * u[j] + w[i] * w[j]);
			}
		}
		TopEigen top = TopEigen.of(new SymmetricMatrix(a, n), 3);
		assertArrayEquals(new double[] { 6, 6, 0 }, top.values(), 1e-12);
		assertEquals(0.0, dot(top.vector(0), top.vector(1)), 1e-12);
		assertArrayEquals(new double[] { 0, 0 }, TopEigen.of(new SymmetricMatrix(new double[4], 2), 2).values(), 0);
	}

	@Test
	void theSameOperatorGivesTheSameResultBitForBit() {
		int n = 400;
		double[] a = randomSymmetric(n, new Random(13));
		TopEigen first = TopEigen.of(new SymmetricMatrix(a, n), 3);
		TopEigen second = TopEigen.of(new SymmetricMatrix(a.clone(), n), 3);
		assertArrayEquals(first.values(), second.values(), 0);
		for (int i = 0; i < 3; i++) {
			assertArrayEquals(first.vector(i), second.vector(i), 0);
		}
	}

	@Test
	void eachVectorsLargestEntryIsPositive() {
		TopEigen top = TopEigen.of(new SymmetricMatrix(randomSymmetric(80, new Random(17)), 80), 5);
		for (int i = 0; i < top.count(); i++) {
			double[] v = top.vector(i);
			double largest = 0;
			for (double x : v) {
				largest = Math.abs(x) > Math.abs(largest) ? x : largest;
			}
			assertTrue(largest > 0, "vector " + i + " has largest entry " + largest);
		}
	}

	@Test
	void badArgumentsAreRefused() {
		SymmetricMatrix matrix = new SymmetricMatrix(new double[9], 3);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> TopEigen.of(matrix, 0)).getMessage().contains("from 1 to 3"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> TopEigen.of(matrix, 4)).getMessage().contains("got 4"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> TopEigen.of(matrix, 1, 0)).getMessage().contains("tolerance"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new SymmetricMatrix(new double[8], 3)).getMessage().contains("needs 9 entries"));
	}

	/** Entries uniform in [-1, 1), mirrored: a Wigner-like matrix with eigenvalues spread over about [-2, 2] sqrt(n / 3). */
	private static double[] randomSymmetric(int n, Random random) {
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				a[i * n + j] = 2 * random.nextDouble() - 1;
				a[j * n + i] = a[i * n + j];
			}
		}
		return a;
	}

	private static double[] diagonalMatrix(double[] diagonal) {
		int n = diagonal.length;
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			a[i * n + i] = diagonal[i];
		}
		return a;
	}

	private static double dot(double[] u, double[] v) {
		double s = 0;
		for (int i = 0; i < u.length; i++) {
			s += u[i] * v[i];
		}
		return s;
	}
}
