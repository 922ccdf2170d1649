package org.edgewise.learn.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Dense double-precision matrix products on {@code double[][]} rows (row-major: {@code a[i][j]} is row i,
 * column j), written for the JIT's auto-vectoriser and run on all cores.
 * <p>
 * Every product is a sum over the rows of its right factor B, C[j] += coefficient(i, j) B[i], so that the
 * inner loop runs along contiguous rows of B and C. The output is cut into tiles that are computed on the
 * common fork-join pool; each element of C belongs to exactly one tile. An output that fits one tile but
 * sums over many rows is instead summed in fixed chunks of rows, one partial result per chunk, added in
 * chunk order. Either way the order of every sum depends on the shapes only, so results are bit-identical
 * whatever the number of threads. Inputs must be rectangular, with at least one row and one column; they
 * are not modified.
 */
public final class DoubleMatrices {

	/** Rows of C one kernel call updates. */
	private static final int KERNEL_ROWS = 3;
	/** Rows of B one pass of the kernel's inner loop consumes. */
	private static final int KERNEL_DEPTH = 3;
	/** Rows of C in one tile (a multiple of {@link #KERNEL_ROWS}). */
	private static final int TILE_ROWS = 48;
	/** The widest tile in columns of C: three accumulator rows and three rows of B stay in the level-1 cache. */
	private static final int TILE_COLUMNS = 512;
	/** The narrowest tile, used only to give every core work when C has few rows. */
	private static final int MIN_TILE_COLUMNS = 64;
	/**
	 * Rows of B summed before the kernel moves on to the next rows of C, a multiple of {@link #KERNEL_DEPTH}:
	 * a block of B stays in the level-2 cache.
	 */
	private static final int DEPTH_BLOCK = 255;
	/** Rows of the sum in one chunk when a one-tile output is summed in parallel, a multiple of {@link #DEPTH_BLOCK}. */
	private static final int DEPTH_CHUNK = 2 * DEPTH_BLOCK;
	/** Below this many multiply-adds a product runs on the calling thread: forking would cost more. */
	private static final long PARALLEL_WORK = 1 << 21;

	private DoubleMatrices() {
	}

	/**
	 * @param a an m x p matrix
	 * @param b an m x q matrix
	 * @return the p x q matrix A<sup>T</sup> B
	 * @throws IllegalArgumentException if a and b differ in row count or have no rows
	 */
	public static double[][] transposeTimes(double[][] a, double[][] b) {
		if (a.length == 0 || a.length != b.length) {
			throw new IllegalArgumentException("A^T B needs factors with the same, nonzero number of rows, got "
					+ a.length + " and " + b.length);
		}
		return new Product(a, false, b, new double[a[0].length][b[0].length], false).run();
	}

	/**
	 * @param a an m x p matrix, m &ge; 1
	 * @return the symmetric p x p matrix A<sup>T</sup> A; only the upper triangle is computed, then mirrored
	 */
	public static double[][] gram(double[][] a) {
		int p = a[0].length;
		double[][] c = new Product(a, false, a, new double[p][p], true).run();
		for (int i = 1; i < p; i++) {
			for (int j = 0; j < i; j++) {
				c[i][j] = c[j][i];
			}
		}
		return c;
	}

	/**
	 * @param a an n x m matrix
	 * @param b an m x q matrix
	 * @return the n x q matrix A B
	 * @throws IllegalArgumentException if a has no rows or a's column count differs from b's row count
	 */
	public static double[][] times(double[][] a, double[][] b) {
		if (a.length == 0 || a[0].length != b.length) {
			throw new IllegalArgumentException("cannot multiply a " + a.length + " x " + (a.length == 0 ? 0 : a[0].length)
					+ " matrix by a " + b.length + "-row matrix");
		}
		return new Product(a, true, b, new double[a.length][b[0].length], false).run();
	}

	/**
	 * @param a an m x p matrix with at least one row
	 * @return its p x m transpose, a new matrix
	 */
	public static double[][] transpose(double[][] a) {
		int m = a.length;
		int p = a[0].length;
		double[][] t = new double[p][m];
		for (int i = 0; i < m; i++) {
			double[] row = a[i];
			for (int j = 0; j < p; j++) {
				t[j][i] = row[j];
			}
		}
		return t;
	}

	/**
	 * C += sum over rows i of B of coefficient(i, j) B[i], for every row j of C.
	 *
	 * @param a      the coefficients: coefficient(i, j) is a[i][j] (C = A<sup>T</sup> B), or a[j][i] when
	 *               {@code byRows} (C = A B)
	 * @param byRows whether row j of a holds the coefficients of row j of C
	 * @param b      the rows summed
	 * @param c      the output, zero or a partial sum
	 * @param upper  whether only the upper triangle of a square C is wanted: tiles and columns left of the
	 *               diagonal are skipped
	 */
	private record Product(double[][] a, boolean byRows, double[][] b, double[][] c, boolean upper) {

		double[][] run() {
			int rows = c.length;
			int columns = c[0].length;
			boolean parallel = (long) b.length * rows * columns >= PARALLEL_WORK;
			if (rows <= TILE_ROWS && columns <= TILE_COLUMNS && b.length > DEPTH_CHUNK) {
				sumInChunks(parallel);
				return c;
			}
			int rowTiles = (rows + TILE_ROWS - 1) / TILE_ROWS;
			int width = tileWidth(rowTiles, columns);
			int columnTiles = (columns + width - 1) / width;
			IntStream tiles = IntStream.range(0, rowTiles * columnTiles);
			(parallel ? tiles.parallel() : tiles).forEach(tile -> {
				int row0 = tile / columnTiles * TILE_ROWS;
				int column0 = tile % columnTiles * width;
				int column1 = Math.min(columns, column0 + width);
				if (!upper || column1 > row0) {
					tile(c, row0, Math.min(rows, row0 + TILE_ROWS), column0, column1, 0, b.length);
				}
			});
			return c;
		}

		/**
		 * C += the product for a C of one tile: a partial C per chunk of {@link #DEPTH_CHUNK} rows of B, added
		 * in chunk order. Splitting the sum rather than the columns keeps the kernel's rows long.
		 */
		private void sumInChunks(boolean parallel) {
			int chunks = (b.length + DEPTH_CHUNK - 1) / DEPTH_CHUNK;
			double[][][] partial = new double[chunks][c.length][c[0].length];
			IntStream tasks = IntStream.range(0, chunks);
			(parallel ? tasks.parallel() : tasks).forEach(chunk -> tile(partial[chunk], 0, c.length, 0, c[0].length,
					chunk * DEPTH_CHUNK, Math.min(b.length, (chunk + 1) * DEPTH_CHUNK)));
			for (double[][] part : partial) {
				for (int j = 0; j < c.length; j++) {
					double[] sum = c[j];
					double[] add = part[j];
					for (int k = 0; k < sum.length; k++) {
						sum[k] += add[k];
					}
				}
			}
		}

		/**
		 * Adds to {@code out} the tile rows [row0, row1) x columns [column0, column1) of the sum over rows
		 * [from, to) of B, a block of rows of B at a time. The block's coefficients are first packed into a
		 * panel padded with zeros to whole kernel passes, so the kernel never branches; padded rows of the
		 * output land in a scratch row.
		 */
		private void tile(double[][] out, int row0, int row1, int column0, int column1, int from, int to) {
			int groups = (row1 - row0 + KERNEL_ROWS - 1) / KERNEL_ROWS;
			int stride = groups * KERNEL_ROWS;
			double[] panel = new double[DEPTH_BLOCK * stride];
			double[][] rowsOfB = new double[DEPTH_BLOCK][];
			double[] scratch = new double[out[0].length];
			for (int depth0 = from; depth0 < to; depth0 += DEPTH_BLOCK) {
				int depth = Math.min(DEPTH_BLOCK, to - depth0);
				int paddedDepth = (depth + KERNEL_DEPTH - 1) / KERNEL_DEPTH * KERNEL_DEPTH;
				Arrays.fill(panel, 0);
				pack(panel, stride, row0, row1, depth0, depth);
				for (int i = 0; i < paddedDepth; i++) {
					// Padded depth rows have zero coefficients, so any row of B may stand in for them.
					rowsOfB[i] = b[depth0 + Math.min(i, depth - 1)];
				}
				for (int g = 0; g < groups; g++) {
					int row = row0 + g * KERNEL_ROWS;
					double[] out1 = row + 1 < row1 ? out[row + 1] : scratch;
					double[] out2 = row + 2 < row1 ? out[row + 2] : scratch;
					int start = upper ? Math.max(column0, row) : column0;
					kernel(panel, g * KERNEL_ROWS, stride, rowsOfB, paddedDepth, out[row], out1, out2, start, column1);
				}
			}
		}

		/** panel[i * stride + r] = coefficient(depth0 + i, row0 + r) for the block's rows i and the tile's rows r. */
		private void pack(double[] panel, int stride, int row0, int row1, int depth0, int depth) {
			if (byRows) {
				for (int r = row0; r < row1; r++) {
					double[] coefficients = a[r];
					for (int i = 0; i < depth; i++) {
						panel[i * stride + r - row0] = coefficients[depth0 + i];
					}
				}
			} else {
				for (int i = 0; i < depth; i++) {
					System.arraycopy(a[depth0 + i], row0, panel, i * stride, row1 - row0);
				}
			}
		}
	}

	/** Narrows tiles when C has too few rows to give each core at least two tiles. */
	private static int tileWidth(int rowTiles, int columns) {
		int wanted = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
		int columnTiles = Math.max((columns + TILE_COLUMNS - 1) / TILE_COLUMNS, (wanted + rowTiles - 1) / rowTiles);
		int width = (columns + columnTiles - 1) / columnTiles;
		return Math.min(Math.max(width, MIN_TILE_COLUMNS), columns);
	}

	/**
	 * c_r[k] += sum over i &lt; depth of panel[at + i * stride + r] * b_i[k], for r &lt; 3 and k in
	 * [column0, column1), three rows of B per pass. Three accumulator rows and three rows of B are as many
	 * arrays as the vectoriser accepts in one loop; more and it falls back to scalar code.
	 */
	private static void kernel(double[] panel, int at, int stride, double[][] b, int depth, double[] c0, double[] c1,
			double[] c2, int column0, int column1) {
		for (int i = 0; i < depth; i += KERNEL_DEPTH) {
			int at0 = at + i * stride;
			int at1 = at0 + stride;
			int at2 = at1 + stride;
			double x0 = panel[at0], x1 = panel[at1], x2 = panel[at2];
			double y0 = panel[at0 + 1], y1 = panel[at1 + 1], y2 = panel[at2 + 1];
			double z0 = panel[at0 + 2], z1 = panel[at1 + 2], z2 = panel[at2 + 2];
			double[] b0 = b[i], b1 = b[i + 1], b2 = b[i + 2];
			for (int k = column0; k < column1; k++) {
				double e0 = b0[k], e1 = b1[k], e2 = b2[k];
				c0[k] = Math.fma(x2, e2, Math.fma(x1, e1, Math.fma(x0, e0, c0[k])));
				c1[k] = Math.fma(y2, e2, Math.fma(y1, e1, Math.fma(y0, e0, c1[k])));
				c2[k] = Math.fma(z2, e2, Math.fma(z1, e1, Math.fma(z0, e0, c2[k])));
			}
		}
	}
}
