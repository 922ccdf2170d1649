package org.edgewise.learn.internal;

import java.util.stream.IntStream;

/**
 * The Cholesky factorisation A = U<sup>T</sup> U of a symmetric positive definite matrix, with U upper
 * triangular, and the solutions of A X = B it gives. Solving many right-hand sides splits B's columns
 * between the cores; each column's arithmetic is the same on any number of threads. Immutable.
 */
public final class Cholesky {

	/** Right-hand-side columns one task solves: wide enough for vector loops, narrow enough to share. */
	private static final int COLUMN_BLOCK = 128;
	/** Below this many multiply-adds a solve runs on the calling thread. */
	private static final long PARALLEL_WORK = 1 << 21;

	/** The relative rounding unit of double precision. */
	private static final double EPSILON = Math.ulp(1.0);

	private final double[][] upper;

	private Cholesky(double[][] upper) {
		this.upper = upper;
	}

	/**
	 * Factors a symmetric positive definite matrix. Only the upper triangle (with the diagonal) is read.
	 *
	 * @param a a p x p matrix, p &ge; 1; not modified
	 * @return the factorisation
	 * @throws IllegalArgumentException if a is not square, or not positive definite (a pivot is not above
	 *                                  p times the rounding unit of its diagonal entry; the message names it)
	 */
	public static Cholesky factor(double[][] a) {
		int p = a.length;
		double[][] u = new double[p][];
		for (int i = 0; i < p; i++) {
			if (a[i].length != p) {
				throw new IllegalArgumentException("row " + i + " of a " + p + "-row matrix has " + a[i].length
						+ " values; Cholesky needs a square matrix");
			}
			u[i] = new double[p];
			System.arraycopy(a[i], i, u[i], i, p - i);
		}
		// Right-looking, a block of three rows at a time, as in solveColumns: the trailing rows are updated
		// along contiguous rows, once per block.
		for (int k = 0; k < p; k += 3) {
			int end = Math.min(p, k + 3);
			for (int j = k; j < end; j++) {
				double pivot = u[j][j];
				// A pivot within rounding of zero, relative to its diagonal entry, means a singular matrix.
				if (!(pivot > a[j][j] * p * EPSILON)) {
					throw new IllegalArgumentException("the matrix is not (numerically) positive definite: pivot " + j
							+ " is " + pivot + " of diagonal entry " + a[j][j]);
				}
				divide(u[j], Math.sqrt(pivot), j, p);
				for (int r = j + 1; r < end; r++) {
					subtract(u[r], u[j][r], u[j], r, p);
				}
			}
			for (int r = end; r < p; r++) {
				subtract(u[r], u[k][r], u[k + 1][r], u[k + 2][r], u[k], u[k + 1], u[k + 2], r, p);
			}
		}
		return new Cholesky(u);
	}

	/** @return the order p of the factored matrix */
	public int size() {
		return upper.length;
	}

	/**
	 * @param b a p x q matrix of right-hand sides, one per column; not modified
	 * @return the p x q solution X of A X = B
	 * @throws IllegalArgumentException if b does not have p rows of equal length
	 */
	public double[][] solve(double[][] b) {
		int p = upper.length;
		if (b.length != p) {
			throw new IllegalArgumentException("the right-hand side has " + b.length + " rows, expected " + p);
		}
		int q = b[0].length;
		double[][] x = new double[p][];
		for (int i = 0; i < p; i++) {
			if (b[i].length != q) {
				throw new IllegalArgumentException("right-hand side row " + i + " has " + b[i].length
						+ " values, row 0 has " + q);
			}
			x[i] = b[i].clone();
		}
		// Equal blocks of at most COLUMN_BLOCK columns keep the cores evenly loaded.
		int blocks = (q + COLUMN_BLOCK - 1) / COLUMN_BLOCK;
		int width = (q + blocks - 1) / blocks;
		IntStream tasks = IntStream.range(0, blocks);
		if ((long) p * p * q >= PARALLEL_WORK) {
			tasks = tasks.parallel();
		}
		tasks.forEach(block -> solveColumns(x, block * width, Math.min(q, (block + 1) * width)));
		return x;
	}

	/** @return A<sup>-1</sup>, p x p */
	public double[][] inverse() {
		double[][] identity = new double[upper.length][upper.length];
		for (int i = 0; i < identity.length; i++) {
			identity[i][i] = 1;
		}
		return solve(identity);
	}

	/**
	 * Overwrites columns [c0, c1) of x, holding B, with U<sup>-1</sup> U<sup>-T</sup> B. Each substitution
	 * finishes a block of three rows, then subtracts the block from every remaining row in one pass, so a
	 * remaining row is loaded and stored once per three rows. Only the last block can be shorter, and no
	 * rows remain after it.
	 */
	private void solveColumns(double[][] x, int c0, int c1) {
		int p = upper.length;
		for (int k = 0; k < p; k += 3) { // U^T Z = B, forward
			int end = Math.min(p, k + 3);
			for (int j = k; j < end; j++) {
				divide(x[j], upper[j][j], c0, c1);
				for (int r = j + 1; r < end; r++) {
					subtract(x[r], upper[j][r], x[j], c0, c1);
				}
			}
			for (int r = end; r < p; r++) {
				subtract(x[r], upper[k][r], upper[k + 1][r], upper[k + 2][r], x[k], x[k + 1], x[k + 2], c0, c1);
			}
		}
		for (int k = p - 1; k >= 0; k -= 3) { // U X = Z, backward
			int start = Math.max(0, k - 2);
			for (int j = k; j >= start; j--) {
				divide(x[j], upper[j][j], c0, c1);
				for (int r = start; r < j; r++) {
					subtract(x[r], upper[r][j], x[j], c0, c1);
				}
			}
			for (int r = 0; r < start; r++) {
				subtract(x[r], upper[r][k - 2], upper[r][k - 1], upper[r][k], x[k - 2], x[k - 1], x[k], c0, c1);
			}
		}
	}

	private static void divide(double[] row, double divisor, int c0, int c1) {
		for (int j = c0; j < c1; j++) {
			row[j] /= divisor;
		}
	}

	/** target -= u * source over [c0, c1). */
	private static void subtract(double[] target, double u, double[] source, int c0, int c1) {
		for (int j = c0; j < c1; j++) {
			target[j] = Math.fma(-u, source[j], target[j]);
		}
	}

	/** target -= u0 * s0 + u1 * s1 + u2 * s2 over [c0, c1). */
	private static void subtract(double[] target, double u0, double u1, double u2, double[] s0, double[] s1,
			double[] s2, int c0, int c1) {
		for (int j = c0; j < c1; j++) {
			target[j] = Math.fma(-u2, s2[j], Math.fma(-u1, s1[j], Math.fma(-u0, s0[j], target[j])));
		}
	}
}
