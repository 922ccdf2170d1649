package org.edgewise.learn.manifold;

import org.edgewise.learn.internal.FiniteRows;
import org.edgewise.learn.internal.RowBlocks;

/**
 * The double-centred squared distance matrix B = -J D² J / 2 (J = I - 11<sup>T</sup>/n) that classical MDS
 * decomposes, built by subtracting row and column means in O(n²) rather than by matrix products, and the
 * checks a caller's distance matrix must pass first.
 */
final class DistanceKernel {

	/** Rows per parallel task. */
	private static final int SMALLEST_BLOCK = 64;

	/** A distance matrix may be asymmetric by this much relative to its largest entry (rounding). */
	private static final double SYMMETRY = 1e-9;

	/** B, n x n row-major, exactly symmetric. */
	final double[] kernel;
	/** The mean of each row of D²: each point's mean squared distance to all points. */
	final double[] meanSquaredDistances;

	/**
	 * @param distances n x n distances, row-major, exactly symmetric; not modified
	 * @param n         the number of points
	 */
	DistanceKernel(double[] distances, int n) {
		kernel = new double[n * n];
		meanSquaredDistances = new double[n];
		int block = RowBlocks.blockSize(n, SMALLEST_BLOCK);
		RowBlocks.forEach(n, block, (start, end) -> {
			for (int i = start; i < end; i++) {
				double sum = 0;
				for (int j = 0; j < n; j++) {
					double d = distances[i * n + j];
					kernel[i * n + j] = d * d;
					sum += d * d;
				}
				meanSquaredDistances[i] = sum / n;
			}
		});
		double grandMean = mean(meanSquaredDistances);
		RowBlocks.forEach(n, block, (start, end) -> {
			for (int i = start; i < end; i++) {
				double rowMean = meanSquaredDistances[i];
				for (int j = 0; j < n; j++) {
					// (r_i + r_j) is commutative in floating point, so the kernel stays exactly symmetric.
					kernel[i * n + j] = -0.5 * (kernel[i * n + j] - (rowMean + meanSquaredDistances[j]) + grandMean);
				}
			}
		});
	}

	/**
	 * Checks a caller's distance matrix and makes it exactly symmetric.
	 *
	 * @param distances n x n distances, n at least 2: finite, non-negative, zero on the diagonal, symmetric up to
	 *                  1e-9 of the largest, not all zero; not modified
	 * @return the matrix row-major, with each pair replaced by its average
	 * @throws IllegalArgumentException if the matrix breaks a rule (the message names the entry)
	 */
	static double[] checkedSymmetric(double[][] distances) {
		int n = FiniteRows.check(distances, distances == null ? 0 : distances.length, "distance row");
		if (n < 2) {
			throw new IllegalArgumentException("a map needs at least 2 points, got " + n);
		}
		double largest = 0;
		for (double[] row : distances) {
			for (double d : row) {
				if (d < 0) {
					throw new IllegalArgumentException("distances must not be negative, got " + d);
				}
				largest = Math.max(largest, d);
			}
		}
		if (largest == 0) {
			throw new IllegalArgumentException("all distances are 0: there is nothing to map");
		}
		double[] symmetric = new double[n * n];
		for (int i = 0; i < n; i++) {
			if (distances[i][i] != 0) {
				throw new IllegalArgumentException("the distance of point " + i + " to itself is " + distances[i][i] + ", not 0");
			}
			for (int j = 0; j < n; j++) {
				if (Math.abs(distances[i][j] - distances[j][i]) > SYMMETRY * largest) {
					throw new IllegalArgumentException("the distances are not symmetric: [" + i + "][" + j + "] is "
							+ distances[i][j] + " but [" + j + "][" + i + "] is " + distances[j][i]);
				}
				symmetric[i * n + j] = 0.5 * (distances[i][j] + distances[j][i]);
			}
		}
		return symmetric;
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}
}
