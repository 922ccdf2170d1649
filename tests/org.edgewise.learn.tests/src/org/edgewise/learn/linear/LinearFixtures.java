package org.edgewise.learn.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Random matrices and the textbook formulas the linear models are checked against, via EJML. */
final class LinearFixtures {

	private LinearFixtures() {
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

	/** @return x W + noise * N(0, 1) */
	static double[][] linearTargets(Random random, double[][] x, double[][] weights, double noise) {
		double[][] y = new double[x.length][weights[0].length];
		for (int i = 0; i < x.length; i++) {
			for (int k = 0; k < y[i].length; k++) {
				for (int j = 0; j < weights.length; j++) {
					y[i][k] += x[i][j] * weights[j][k];
				}
				y[i][k] += noise * random.nextGaussian();
			}
		}
		return y;
	}

	/** @return (X^T X + lambda I)^-1 X^T Y by EJML's general solver, the normal equations as written */
	static double[][] normalEquations(double[][] x, double[][] y, double lambda) {
		DMatrixRMaj a = new DMatrixRMaj(x);
		DMatrixRMaj gram = new DMatrixRMaj(a.numCols, a.numCols);
		CommonOps_DDRM.multTransA(a, a, gram);
		for (int j = 0; j < a.numCols; j++) {
			gram.add(j, j, lambda);
		}
		DMatrixRMaj cross = new DMatrixRMaj(a.numCols, y[0].length);
		CommonOps_DDRM.multTransA(a, new DMatrixRMaj(y), cross);
		DMatrixRMaj w = new DMatrixRMaj(a.numCols, y[0].length);
		if (!CommonOps_DDRM.solve(gram, cross, w)) {
			throw new IllegalStateException("singular");
		}
		return w.get2DData();
	}

	static double[][] inverse(double[][] a) {
		DMatrixRMaj m = new DMatrixRMaj(a);
		if (!CommonOps_DDRM.invert(m)) {
			throw new IllegalStateException("singular");
		}
		return m.get2DData();
	}

	static double maxAbsDifference(double[][] a, double[][] b) {
		double worst = 0;
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a[i].length; j++) {
				worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]));
			}
		}
		return worst;
	}

	static void assertBitIdentical(double[][] expected, double[][] actual) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++) {
			assertArrayEquals(expected[i], actual[i], 0.0, "row " + i);
		}
	}
}
