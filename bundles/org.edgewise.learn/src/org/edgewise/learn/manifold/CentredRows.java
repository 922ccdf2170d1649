package org.edgewise.learn.manifold;

import org.edgewise.learn.internal.FiniteRows;
import org.edgewise.learn.internal.RowBlocks;

/**
 * Data rows minus their mean, row-major, with the two Gram matrices classical MDS of rows needs. Every
 * entry of a product is summed in a fixed order, so the matrices are exactly symmetric and reproducible; the
 * loops take four terms per pass over the output, written as one left-to-right sum, which keeps that order.
 */
final class CentredRows {

	private static final int SMALLEST_BLOCK = 16;

	private final double[] mean;
	/** Row i, feature f at [i * features + f]. */
	private final double[] centred;
	private final int rows;
	private final int features;

	/**
	 * @param rows checked rows (see {@link FiniteRows#check}), at least two
	 */
	CentredRows(double[][] rows) {
		this.rows = rows.length;
		this.features = rows[0].length;
		this.centred = FiniteRows.flatten(rows);
		this.mean = new double[features];
		for (int i = 0; i < this.rows; i++) {
			for (int f = 0; f < features; f++) {
				mean[f] += centred[i * features + f];
			}
		}
		for (int f = 0; f < features; f++) {
			mean[f] /= this.rows;
		}
		for (int i = 0; i < this.rows; i++) {
			for (int f = 0; f < features; f++) {
				centred[i * features + f] -= mean[f];
			}
		}
	}

	int rows() {
		return rows;
	}

	int features() {
		return features;
	}

	/** @return the mean row; a copy */
	double[] mean() {
		return mean.clone();
	}

	/** @return the squared length of each centred row, |x<sub>i</sub> - mean|<sup>2</sup> */
	double[] squaredLengths() {
		double[] lengths = new double[rows];
		for (int i = 0; i < rows; i++) {
			for (int f = 0; f < features; f++) {
				double x = centred[i * features + f];
				lengths[i] += x * x;
			}
		}
		return lengths;
	}

	/** @return the features x features matrix X<sup>T</sup> X of the centred rows X, row-major */
	double[] featureGram() {
		double[] gram = new double[features * features];
		RowBlocks.forEach(features, RowBlocks.blockSize(features, SMALLEST_BLOCK), (start, end) -> {
			int i = 0;
			for (; i + 4 <= rows; i += 4) {
				int r0 = i * features;
				int r1 = r0 + features;
				int r2 = r1 + features;
				int r3 = r2 + features;
				for (int a = start; a < end; a++) {
					double x0 = centred[r0 + a];
					double x1 = centred[r1 + a];
					double x2 = centred[r2 + a];
					double x3 = centred[r3 + a];
					int out = a * features;
					for (int b = 0; b < features; b++) {
						gram[out + b] = gram[out + b] + x0 * centred[r0 + b] + x1 * centred[r1 + b]
								+ x2 * centred[r2 + b] + x3 * centred[r3 + b];
					}
				}
			}
			for (; i < rows; i++) {
				int row = i * features;
				for (int a = start; a < end; a++) {
					double x = centred[row + a];
					int out = a * features;
					for (int b = 0; b < features; b++) {
						gram[out + b] += x * centred[row + b];
					}
				}
			}
		});
		return gram;
	}

	/** @return the rows x rows matrix X X<sup>T</sup> of the centred rows X (the double-centred -D²/2), row-major */
	double[] sampleGram() {
		double[] transposed = new double[features * rows];
		for (int i = 0; i < rows; i++) {
			for (int f = 0; f < features; f++) {
				transposed[f * rows + i] = centred[i * features + f];
			}
		}
		double[] gram = new double[rows * rows];
		RowBlocks.forEach(rows, RowBlocks.blockSize(rows, SMALLEST_BLOCK), (start, end) -> {
			for (int i = start; i < end; i++) {
				int out = i * rows;
				int row = i * features;
				int f = 0;
				for (; f + 4 <= features; f += 4) {
					double x0 = centred[row + f];
					double x1 = centred[row + f + 1];
					double x2 = centred[row + f + 2];
					double x3 = centred[row + f + 3];
					int c0 = f * rows;
					int c1 = c0 + rows;
					int c2 = c1 + rows;
					int c3 = c2 + rows;
					for (int j = 0; j < rows; j++) {
						gram[out + j] = gram[out + j] + x0 * transposed[c0 + j] + x1 * transposed[c1 + j]
								+ x2 * transposed[c2 + j] + x3 * transposed[c3 + j];
					}
				}
				for (; f < features; f++) {
					double x = centred[row + f];
					int column = f * rows;
					for (int j = 0; j < rows; j++) {
						gram[out + j] += x * transposed[column + j];
					}
				}
			}
		});
		return gram;
	}

	/** @return X u: each centred row's product with a vector of {@link #features()} values */
	double[] times(double[] u) {
		double[] result = new double[rows];
		for (int i = 0; i < rows; i++) {
			double sum = 0;
			for (int f = 0; f < features; f++) {
				sum += centred[i * features + f] * u[f];
			}
			result[i] = sum;
		}
		return result;
	}

	/** @return X<sup>T</sup> v: the centred rows weighted by a vector of {@link #rows()} values, summed */
	double[] transposeTimes(double[] v) {
		double[] result = new double[features];
		for (int i = 0; i < rows; i++) {
			for (int f = 0; f < features; f++) {
				result[f] += v[i] * centred[i * features + f];
			}
		}
		return result;
	}
}
