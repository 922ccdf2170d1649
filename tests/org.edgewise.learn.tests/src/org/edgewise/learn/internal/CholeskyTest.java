package org.edgewise.learn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CholeskyTest {

	@Test
	void solvesManyRightHandSidesAtOnce() {
		Random random = new Random(5);
		double[][] x = DoubleMatricesTest.gaussian(random, 300, 70);
		double[][] a = DoubleMatrices.gram(x);
		double[][] b = DoubleMatricesTest.gaussian(random, 70, 260);
		double[][] solution = Cholesky.factor(a).solve(b);
		// A X reproduces B.
		double[][] back = DoubleMatrices.times(a, solution);
		for (int i = 0; i < b.length; i++) {
			for (int k = 0; k < b[i].length; k++) {
				assertEquals(b[i][k], back[i][k], 1e-10);
			}
		}
	}

	@Test
	void theInverseTimesTheMatrixIsTheIdentity() {
		double[][] a = { { 4, 2, 0.6 }, { 2, 3, 0.4 }, { 0.6, 0.4, 1 } };
		double[][] product = DoubleMatrices.times(a, Cholesky.factor(a).inverse());
		for (int i = 0; i < 3; i++) {
			for (int j = 0; j < 3; j++) {
				assertEquals(i == j ? 1 : 0, product[i][j], 1e-15);
			}
		}
	}

	@Test
	void matricesThatAreNotPositiveDefiniteAreRefused() {
		String indefinite = assertThrows(IllegalArgumentException.class,
				() -> Cholesky.factor(new double[][] { { 1, 2 }, { 2, 1 } })).getMessage();
		assertTrue(indefinite.contains("pivot 1 is -3.0"), indefinite);
		// Rank one: the second pivot is zero up to rounding.
		assertThrows(IllegalArgumentException.class, () -> Cholesky.factor(new double[][] { { 1, 3 }, { 3, 9 } }));
		assertThrows(IllegalArgumentException.class, () -> Cholesky.factor(new double[][] { { 1, 2 } }));
	}
}
