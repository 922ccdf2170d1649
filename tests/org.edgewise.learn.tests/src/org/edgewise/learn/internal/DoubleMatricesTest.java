package org.edgewise.learn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoubleMatricesTest {

	@ParameterizedTest
	@CsvSource({ "1, 1, 1", "2, 5, 3", "7, 4, 1", "300, 50, 49", "600, 100, 700", "5, 3, 2000", "1100, 9, 401",
			"2000, 2, 3" })
	void productsEqualTheTextbookSums(int m, int p, int q) {
		// Shapes around the kernels' blocks: 3 rows of C, 3 rows of B per pass, 48-row tiles, 255-row depth
		// blocks, 512-column tiles, sums of over 510 rows split into chunks; the tails must be handled as
		// carefully as the bulk.
		Random random = new Random(m * 31 + p);
		double[][] a = gaussian(random, m, p);
		double[][] b = gaussian(random, m, q);
		assertClose(naiveTransposeTimes(a, b), DoubleMatrices.transposeTimes(a, b));
		assertClose(naiveTransposeTimes(a, a), DoubleMatrices.gram(a));
		double[][] c = gaussian(random, p, q);
		assertClose(naiveTransposeTimes(DoubleMatrices.transpose(a), c), DoubleMatrices.times(a, c));
	}

	@Test
	void theGramMatrixIsExactlySymmetric() {
		double[][] gram = DoubleMatrices.gram(gaussian(new Random(2), 400, 130));
		for (int i = 0; i < gram.length; i++) {
			for (int j = 0; j < i; j++) {
				assertEquals(gram[j][i], gram[i][j], 0.0);
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "900, 120, 300", "3000, 9, 401" })
	void resultsAreBitIdenticalOnOneOrManyThreads(int m, int p, int q) throws Exception {
		// A parallel stream runs in the pool of the thread that starts it. The second shape is summed in chunks.
		double[][] a = gaussian(new Random(3), m, p);
		double[][] b = gaussian(new Random(4), m, q);
		double[][] single;
		double[][] many;
		try (ForkJoinPool one = new ForkJoinPool(1); ForkJoinPool five = new ForkJoinPool(5)) {
			single = one.submit(() -> DoubleMatrices.transposeTimes(a, b)).get();
			many = five.submit(() -> DoubleMatrices.transposeTimes(a, b)).get();
		}
		for (int i = 0; i < single.length; i++) {
			assertArrayEquals(single[i], many[i], 0.0);
		}
	}

	@Test
	void mismatchedShapesAreRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> DoubleMatrices.transposeTimes(new double[3][2], new double[4][2]));
		assertThrows(IllegalArgumentException.class, () -> DoubleMatrices.times(new double[3][2], new double[3][2]));
	}

	private static double[][] naiveTransposeTimes(double[][] a, double[][] b) {
		double[][] c = new double[a[0].length][b[0].length];
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < c.length; j++) {
				for (int k = 0; k < c[j].length; k++) {
					c[j][k] += a[i][j] * b[i][k];
				}
			}
		}
		return c;
	}

	private static void assertClose(double[][] expected, double[][] actual) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++) {
			assertArrayEquals(expected[i], actual[i], 1e-11 * Math.max(1, expected.length), "row " + i);
		}
	}

	static double[][] gaussian(Random random, int n, int p) {
		double[][] x = new double[n][p];
		for (double[] row : x) {
			for (int j = 0; j < p; j++) {
				row[j] = random.nextGaussian();
			}
		}
		return x;
	}
}
