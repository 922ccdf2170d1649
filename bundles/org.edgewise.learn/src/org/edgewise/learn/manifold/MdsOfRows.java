package org.edgewise.learn.manifold;

import org.edgewise.learn.internal.FiniteRows;
import org.edgewise.learn.internal.SymmetricMatrix;
import org.edgewise.learn.internal.TopEigen;

/**
 * Classical MDS of data rows by their Euclidean distances, without forming the distances: the double-centred
 * squared distance matrix of rows is exactly the Gram matrix X X<sup>T</sup> of the centred rows X, whose top
 * eigenpairs come from the smaller of X<sup>T</sup> X (features x features) and X X<sup>T</sup> (rows x rows).
 */
final class MdsOfRows {

	private MdsOfRows() {
	}

	/** See {@link ClassicalMds#fit(double[][], int)}. */
	static ClassicalMds fit(double[][] rows, int dimensions) {
		FiniteRows.check(rows, -1, "row");
		if (rows.length < 2) {
			throw new IllegalArgumentException("a map needs at least 2 rows, got " + rows.length);
		}
		CentredRows x = new CentredRows(rows);
		int n = x.rows();
		int features = x.features();
		ClassicalMds.checkDimensions(dimensions, Math.min(n, features), "the smaller of rows and features");
		double[] lengths = x.squaredLengths();
		double meanLength = 0;
		for (double length : lengths) {
			meanLength += length / n;
		}
		if (meanLength == 0) {
			throw new IllegalArgumentException("all " + n + " rows are equal: there is nothing to map");
		}
		boolean featureSpace = features <= n;
		TopEigen eigen = featureSpace ? TopEigen.of(new SymmetricMatrix(x.featureGram(), features), dimensions)
				: TopEigen.of(new SymmetricMatrix(x.sampleGram(), n), dimensions);
		double[] values = eigen.values();
		double[] embedding = new double[n * dimensions];
		double[] axes = new double[dimensions * features];
		for (int i = 0; i < dimensions; i++) {
			if (!ClassicalMds.isPositive(values[i], values[0])) {
				continue;
			}
			// Feature space: u is the axis and X u the coordinates. Sample space: v sqrt(lambda) are the
			// coordinates and X^T v / sqrt(lambda) the axis.
			double root = Math.sqrt(values[i]);
			double[] axis = featureSpace ? eigen.vector(i) : scaled(x.transposeTimes(eigen.vector(i)), 1 / root);
			double[] coordinates = featureSpace ? x.times(axis) : scaled(eigen.vector(i), root);
			double sign = Math.signum(coordinates[largestMagnitude(coordinates)]);
			for (int j = 0; j < n; j++) {
				embedding[j * dimensions + i] = sign * coordinates[j];
			}
			for (int f = 0; f < features; f++) {
				axes[i * features + f] = sign * axis[f];
			}
		}
		double[] meanSquared = new double[n];
		for (int j = 0; j < n; j++) {
			// Mean over k of |x_j - x_k|^2 = |x_j - mean|^2 + mean over k of |x_k - mean|^2.
			meanSquared[j] = lengths[j] + meanLength;
		}
		return new ClassicalMds(embedding, values, meanSquared, x.mean(), axes);
	}

	private static int largestMagnitude(double[] v) {
		int largest = 0;
		for (int i = 1; i < v.length; i++) {
			if (Math.abs(v[i]) > Math.abs(v[largest])) {
				largest = i;
			}
		}
		return largest;
	}

	private static double[] scaled(double[] v, double factor) {
		for (int i = 0; i < v.length; i++) {
			v[i] *= factor;
		}
		return v;
	}
}
