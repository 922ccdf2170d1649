package org.edgewise.learn.internal;

/**
 * Products of float matrices held as arrays of row arrays ({@code float[][]}, row {@code i} is
 * {@code matrix[i]}), written so that HotSpot's C2 compiler turns the inner loops into SIMD code.
 * <p>
 * Each inner loop runs over one output row's contiguous columns and indexes every array it touches by the same
 * loop variable: C2 (up to JDK 25) refuses to vectorise a loop that stores into one float array and loads from
 * another at a different offset, because it cannot rule out that they are the same array. The products are
 * register-blocked, four rows of C by four rows of B at a time, so each loaded value of B feeds four
 * fused multiply-adds and each loaded value of C takes four before it is stored.
 * <p>
 * Every element of C receives its terms in the order p = 0, 1, ..., k-1, each by one
 * {@link Math#fma(float, float, float)}, whatever the blocking; so a row of C depends only on the matching
 * row of A and on B, never on which other rows are computed with it. The methods do not check their
 * arguments beyond what array indexing does.
 */
public final class FloatMatrices {

	private FloatMatrices() {
	}

	/**
	 * Adds a matrix product: C[cRow + i][j] += &Sigma;<sub>p</sub> A[aRow + i][p] &middot; B[bRow + p][j] for
	 * i &lt; m, p &lt; k, j &lt; n.
	 *
	 * @param a    rows holding A (m &times; k) from row {@code aRow}
	 * @param aRow the first row of A
	 * @param b    rows holding B (k &times; n) from row {@code bRow}; no row of B may be a row of C
	 * @param bRow the first row of B
	 * @param c    rows holding C (m &times; n) from row {@code cRow}, added to
	 * @param cRow the first row of C
	 * @param m    rows of A and C
	 * @param k    columns of A, rows of B
	 * @param n    columns of B and C
	 */
	public static void addProduct(float[][] a, int aRow, float[][] b, int bRow, float[][] c, int cRow, int m, int k,
			int n) {
		int i = 0;
		for (; i + 4 <= m; i += 4) {
			addFourRows(a, aRow + i, b, bRow, c, cRow + i, k, n);
		}
		for (; i < m; i++) {
			addOneRow(a[aRow + i], b, bRow, c[cRow + i], k, n);
		}
	}

	/**
	 * Transposes a block: T[tRow + j][i] = A[aRow + i][j] for i &lt; m, j &lt; n. Used to turn a product
	 * with a transposed factor into one that {@link #addProduct} vectorises; it costs m &middot; n moves against
	 * the product's m &middot; n &middot; (other dimension) multiply-adds.
	 *
	 * @param a    rows holding A (m &times; n) from row {@code aRow}
	 * @param aRow the first row of A
	 * @param m    rows of A
	 * @param n    columns of A
	 * @param t    rows receiving T (n &times; m) from row {@code tRow}; no row of T may be a row of A
	 * @param tRow the first row of T
	 */
	public static void transpose(float[][] a, int aRow, int m, int n, float[][] t, int tRow) {
		// Four source rows at a time: each target row reference is fetched once per four stores.
		int i = 0;
		for (; i + 4 <= m; i += 4) {
			float[] s0 = a[aRow + i], s1 = a[aRow + i + 1], s2 = a[aRow + i + 2], s3 = a[aRow + i + 3];
			for (int j = 0; j < n; j++) {
				float[] target = t[tRow + j];
				target[i] = s0[j];
				target[i + 1] = s1[j];
				target[i + 2] = s2[j];
				target[i + 3] = s3[j];
			}
		}
		for (; i < m; i++) {
			float[] source = a[aRow + i];
			for (int j = 0; j < n; j++) {
				t[tRow + j][i] = source[j];
			}
		}
	}

	/** C rows c..c+3 += A rows r..r+3 times B; four rows of B per pass over the C rows. */
	private static void addFourRows(float[][] a, int aRow, float[][] b, int bRow, float[][] c, int cRow, int k, int n) {
		float[] r0 = a[aRow], r1 = a[aRow + 1], r2 = a[aRow + 2], r3 = a[aRow + 3];
		float[] c0 = c[cRow], c1 = c[cRow + 1], c2 = c[cRow + 2], c3 = c[cRow + 3];
		int p = 0;
		for (; p + 4 <= k; p += 4) {
			float a00 = r0[p], a01 = r0[p + 1], a02 = r0[p + 2], a03 = r0[p + 3];
			float a10 = r1[p], a11 = r1[p + 1], a12 = r1[p + 2], a13 = r1[p + 3];
			float a20 = r2[p], a21 = r2[p + 1], a22 = r2[p + 2], a23 = r2[p + 3];
			float a30 = r3[p], a31 = r3[p + 1], a32 = r3[p + 2], a33 = r3[p + 3];
			float[] w0 = b[bRow + p], w1 = b[bRow + p + 1], w2 = b[bRow + p + 2], w3 = b[bRow + p + 3];
			for (int j = 0; j < n; j++) {
				float v0 = w0[j], v1 = w1[j], v2 = w2[j], v3 = w3[j];
				c0[j] = Math.fma(a03, v3, Math.fma(a02, v2, Math.fma(a01, v1, Math.fma(a00, v0, c0[j]))));
				c1[j] = Math.fma(a13, v3, Math.fma(a12, v2, Math.fma(a11, v1, Math.fma(a10, v0, c1[j]))));
				c2[j] = Math.fma(a23, v3, Math.fma(a22, v2, Math.fma(a21, v1, Math.fma(a20, v0, c2[j]))));
				c3[j] = Math.fma(a33, v3, Math.fma(a32, v2, Math.fma(a31, v1, Math.fma(a30, v0, c3[j]))));
			}
		}
		for (; p < k; p++) {
			float a0 = r0[p], a1 = r1[p], a2 = r2[p], a3 = r3[p];
			float[] w = b[bRow + p];
			for (int j = 0; j < n; j++) {
				float v = w[j];
				c0[j] = Math.fma(a0, v, c0[j]);
				c1[j] = Math.fma(a1, v, c1[j]);
				c2[j] = Math.fma(a2, v, c2[j]);
				c3[j] = Math.fma(a3, v, c3[j]);
			}
		}
	}

	/** One C row += one A row times B, in the same term order as {@link #addFourRows}. */
	private static void addOneRow(float[] row, float[][] b, int bRow, float[] c, int k, int n) {
		int p = 0;
		for (; p + 4 <= k; p += 4) {
			float a0 = row[p], a1 = row[p + 1], a2 = row[p + 2], a3 = row[p + 3];
			float[] w0 = b[bRow + p], w1 = b[bRow + p + 1], w2 = b[bRow + p + 2], w3 = b[bRow + p + 3];
			for (int j = 0; j < n; j++) {
				c[j] = Math.fma(a3, w3[j], Math.fma(a2, w2[j], Math.fma(a1, w1[j], Math.fma(a0, w0[j], c[j]))));
			}
		}
		for (; p < k; p++) {
			float a0 = row[p];
			float[] w = b[bRow + p];
			for (int j = 0; j < n; j++) {
				c[j] = Math.fma(a0, w[j], c[j]);
			}
		}
	}
}
