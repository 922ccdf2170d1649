package org.edgewise.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;

/** Tall data take the scatter-matrix route; these tests hold it to the singular value decomposition. */
class PcaScatterTest {

	@Test
	void theScatterRouteEqualsTheSingularValueDecomposition() {
		// Standard deviations from 30 down to 3e-4: variances spanning 1e10, where squaring the condition
		// number in the scatter matrix would cost a plain eigenvalue read-out its precision.
		double[] scales = { 30, 12, 5, 2, 1, 0.3, 0.1, 0.03, 1e-2, 3e-3, 1e-3, 3e-4 };
		double[][] rows = rotated(new Random(21), 400, scales);
		Pca pca = Pca.fit(rows, scales.length);
		Reference svd = Reference.of(rows);
		double[][] components = pca.components();
		double[] variance = pca.explainedVariance();
		for (int i = 0; i < scales.length; i++) {
			assertEquals(svd.variance[i], variance[i], 1e-12 * svd.variance[i], "variance " + i);
			// An axis is determined to about 1e-16 times (largest variance / its gap to the neighbours).
			double tolerance = 1e-13 * svd.variance[0] / svd.gap(i);
			assertArrayEquals(svd.axes[i], components[i], Math.max(tolerance, 1e-12), "component " + i);
		}
		assertEquals(1.0, Arrays.stream(pca.explainedVarianceRatio()).sum(), 1e-12);
	}

	@Test
	void aModelRebuiltFromItsParametersTransformsBitForBit() {
		double[][] rows = rotated(new Random(22), 60, new double[] { 3, 2, 1, 0.5, 0.1 });
		Pca pca = Pca.fitVariance(rows, 0.99);
		ModelParameters parameters = pca.parameters();
		Pca rebuilt = Pca.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		double[][] scores = pca.transform(rows);
		double[][] again = rebuilt.transform(rows);
		for (int i = 0; i < rows.length; i++) {
			assertArrayEquals(scores[i], again[i], 0.0);
			assertArrayEquals(pca.inverseTransform(scores)[i], rebuilt.inverseTransform(again)[i], 0.0);
		}
		assertArrayEquals(pca.explainedVarianceRatio(), rebuilt.explainedVarianceRatio(), 0.0);
	}

	@Test
	void parametersOfTheWrongShapeAreRefused() {
		ModelParameters shortMean = new ModelParameters().putDoubles("mean", new double[] { 1 })
				.putMatrix("components", new double[][] { { 1, 0 } }).putDoubles("explained-variance", new double[] { 1 })
				.putDoubles("explained-variance-ratio", new double[] { 1 });
		String message = assertThrows(ModelFormatException.class, () -> Pca.fromParameters(shortMean)).getMessage();
		assertTrue(message.contains("mean"), message);
	}

	/** n rows of independent Gaussian columns with the given scales, rotated by a random orthogonal matrix. */
	private static double[][] rotated(Random random, int n, double[] scales) {
		int p = scales.length;
		DMatrixRMaj gaussian = new DMatrixRMaj(p, p);
		for (int i = 0; i < gaussian.data.length; i++) {
			gaussian.data[i] = random.nextGaussian();
		}
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(p, p, true, false, false);
		svd.decompose(gaussian);
		double[][] rotation = svd.getU(null, false).get2DData();
		double[][] rows = new double[n][p];
		for (double[] row : rows) {
			double[] z = new double[p];
			for (int j = 0; j < p; j++) {
				z[j] = scales[j] * random.nextGaussian();
			}
			for (int j = 0; j < p; j++) {
				row[j] = 5;
				for (int k = 0; k < p; k++) {
					row[j] += rotation[j][k] * z[k];
				}
			}
		}
		return rows;
	}

	/** Principal axes and variances from EJML's singular value decomposition of the centred rows, signs as Pca's. */
	private record Reference(double[][] axes, double[] variance) {

		static Reference of(double[][] rows) {
			int n = rows.length;
			int p = rows[0].length;
			DMatrixRMaj x = new DMatrixRMaj(rows);
			for (int j = 0; j < p; j++) {
				double mean = 0;
				for (int i = 0; i < n; i++) {
					mean += x.get(i, j) / n;
				}
				for (int i = 0; i < n; i++) {
					x.set(i, j, x.get(i, j) - mean);
				}
			}
			SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, p, false, true, true);
			svd.decompose(x);
			DMatrixRMaj v = svd.getV(null, true);
			double[] s = svd.getSingularValues().clone();
			SingularOps_DDRM.descendingOrder(null, false, s, p, v, true);
			double[][] axes = v.get2DData();
			double[] variance = new double[p];
			for (int i = 0; i < p; i++) {
				variance[i] = s[i] * s[i] / (n - 1);
				int largest = 0;
				for (int j = 1; j < p; j++) {
					largest = Math.abs(axes[i][j]) > Math.abs(axes[i][largest]) ? j : largest;
				}
				if (axes[i][largest] < 0) {
					for (int j = 0; j < p; j++) {
						axes[i][j] = -axes[i][j];
					}
				}
			}
			return new Reference(axes, variance);
		}

		/** @return the distance from variance i to the nearest other variance */
		double gap(int i) {
			double gap = Double.POSITIVE_INFINITY;
			for (int j = 0; j < variance.length; j++) {
				if (j != i) {
					gap = Math.min(gap, Math.abs(variance[j] - variance[i]));
				}
			}
			return gap;
		}
	}
}
