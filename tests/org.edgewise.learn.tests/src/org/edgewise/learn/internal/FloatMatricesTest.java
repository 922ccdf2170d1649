package org.edgewise.learn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatMatricesTest {

	@ParameterizedTest
	@CsvSource({ "1, 1, 1", "4, 4, 16", "5, 7, 3", "9, 13, 17", "16, 100, 90", "3, 2, 33" })
	void productAddsToCAndMatchesADoublePrecisionReference(int m, int k, int n) {
		SplittableRandom random = new SplittableRandom(m * 1000 + k * 10 + n);
		// One spare row before each matrix checks that the row offsets are honoured.
		float[][] a = randomRows(random, m + 1, k);
		float[][] b = randomRows(random, k + 1, n);
		float[][] c = randomRows(random, m + 1, n);
		float[][] before = copy(c);
		FloatMatrices.addProduct(a, 1, b, 1, c, 1, m, k, n);
		assertArrayEquals(before[0], c[0], "the row before C is untouched");
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < n; j++) {
				double expected = before[i + 1][j];
				for (int p = 0; p < k; p++) {
					expected += (double) a[i + 1][p] * b[p + 1][j];
				}
				assertEquals(expected, c[i + 1][j], 1e-6 * (k + 1), "C[" + i + "][" + j + "]");
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "9, 13, 17", "16, 100, 90" })
	void eachRowOfTheProductIsTheSameComputedAloneOrInABlock(int m, int k, int n) {
		// Inference relies on this: a sample's prediction must not depend on its neighbours in the batch.
		SplittableRandom random = new SplittableRandom(42);
		float[][] a = randomRows(random, m, k);
		float[][] b = randomRows(random, k, n);
		float[][] together = new float[m][n];
		FloatMatrices.addProduct(a, 0, b, 0, together, 0, m, k, n);
		for (int i = 0; i < m; i++) {
			float[][] alone = new float[1][n];
			FloatMatrices.addProduct(a, i, b, 0, alone, 0, 1, k, n);
			assertArrayEquals(alone[0], together[i], "row " + i);
		}
	}

	@ParameterizedTest
	@CsvSource({ "1, 1", "3, 11", "8, 8", "17, 9" })
	void transposeSwapsRowsAndColumns(int m, int n) {
		float[][] a = randomRows(new SplittableRandom(m + n), m + 2, n);
		float[][] t = new float[n + 1][m];
		FloatMatrices.transpose(a, 2, m, n, t, 1);
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < n; j++) {
				assertEquals(a[i + 2][j], t[j + 1][i]);
			}
		}
	}

	private static float[][] randomRows(SplittableRandom random, int rows, int columns) {
		float[][] matrix = new float[rows][columns];
		for (float[] row : matrix) {
			for (int j = 0; j < columns; j++) {
				row[j] = (float) random.nextDouble(-1, 1);
			}
		}
		return matrix;
	}

	private static float[][] copy(float[][] rows) {
		float[][] copy = new float[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			copy[i] = rows[i].clone();
		}
		return copy;
	}
}
