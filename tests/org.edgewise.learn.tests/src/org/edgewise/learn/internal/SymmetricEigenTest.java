package org.edgewise.learn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

	@Test
	void twoByTwoByHand() {
		// [[2, 1], [1, 2]] has eigenvalues 3 along (1, 1) and 1 along (1, -1).
		SymmetricEigen eigen = SymmetricEigen.of(new double[][] { { 2, 1 }, { 1, 2 } });
		assertArrayEquals(new double[] { 3, 1 }, eigen.values(), 1e-15);
		double[] first = eigen.vectors()[0];
		assertEquals(Math.abs(first[0]), Math.abs(first[1]), 1e-15);
		assertEquals(Math.signum(first[0]), Math.signum(first[1]));
	}

	@Test
	void theDecompositionRebuildsTheMatrixWithDescendingValues() {
		double[][] a = DoubleMatrices.gram(DoubleMatricesTest.gaussian(new Random(6), 50, 20));
		SymmetricEigen eigen = SymmetricEigen.of(a);
		double[] values = eigen.values();
		double[][] v = eigen.vectors();
		for (int i = 1; i < values.length; i++) {
			assertTrue(values[i] <= values[i - 1]);
		}
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a.length; j++) {
				double rebuilt = 0;
				for (int k = 0; k < values.length; k++) {
					rebuilt += v[k][i] * values[k] * v[k][j];
				}
				assertEquals(a[i][j], rebuilt, 1e-11);
			}
		}
	}
}
