package org.edgewise.structure.descriptor;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Löwdin's symmetric orthonormalisation: the coefficients B = S^(-1/2) that turn functions f_k with overlap
 * matrix S_jk = ⟨f_j, f_k⟩ into the orthonormal functions g_n = Σ_k B_nk f_k closest to them.
 * <p>
 * The overlap matrices of SOAP's radial bases are nearly singular (condition numbers up to 1e17 for the
 * default polynomial basis, growing about a hundredfold per function), so S^(-1/2) = V Λ^(-1/2) Vᵀ is
 * computed from a cyclic Jacobi eigen decomposition in decimal arithmetic with 20 + 2.5n digits for an n x n
 * matrix ({@link #context}), enough for condition numbers up to 10^(2.5n + 3): in double precision the
 * result would be orthonormal to only a few digits (DScribe's polynomial basis is orthonormal to about 1e-6
 * at n_max 8). The matrices are small (n_max ≤ 20) and decomposed once per descriptor.
 */
final class LoewdinOrthonormalisation {

	private LoewdinOrthonormalisation() {
	}

	/** @return the decimal arithmetic used for the overlaps of {@code size} functions: 20 + 2.5 size digits */
	static MathContext context(int size) {
		return new MathContext(20 + 5 * size / 2);
	}

	/**
	 * @param overlap a symmetric positive definite matrix; not modified
	 * @param what    names the basis in the error message
	 * @return S^(-1/2), symmetric, to the digits of {@link #context} less those lost to the condition number
	 * @throws IllegalArgumentException if the matrix is not positive definite at this precision
	 */
	static BigDecimal[][] inverseSquareRoot(BigDecimal[][] overlap, String what) {
		int n = overlap.length;
		MathContext context = context(n);
		BigDecimal[][] a = new BigDecimal[n][];
		for (int i = 0; i < n; i++) {
			a[i] = overlap[i].clone();
		}
		BigDecimal[][] v = identity(n);
		// An off-diagonal element below this fraction of its diagonal neighbours no longer changes them.
		BigDecimal negligible = BigDecimal.ONE.scaleByPowerOfTen(-context.getPrecision());
		BigDecimal threshold = frobeniusSquared(a, context)
				.multiply(BigDecimal.ONE.scaleByPowerOfTen(-2 * (context.getPrecision() - 6)));
		for (int sweep = 0; offDiagonalSquared(a, context).compareTo(threshold) > 0; sweep++) {
			if (sweep > 100) {
				throw new IllegalStateException("Jacobi eigen decomposition of the " + what + " overlap did not converge");
			}
			for (int p = 0; p < n - 1; p++) {
				for (int q = p + 1; q < n; q++) {
					BigDecimal smaller = a[p][p].abs().min(a[q][q].abs());
					if (a[p][q].abs().compareTo(smaller.multiply(negligible, context)) > 0) {
						rotate(a, v, p, q, context);
					}
				}
			}
		}
		BigDecimal[] scale = new BigDecimal[n];
		for (int i = 0; i < n; i++) {
			if (a[i][i].signum() <= 0) {
				throw new IllegalArgumentException("the " + what + " basis functions are linearly dependent "
						+ "(overlap eigenvalue " + a[i][i].round(new MathContext(3)) + "): lower n_max");
			}
			scale[i] = BigDecimal.ONE.divide(a[i][i].sqrt(context), context);
		}
		BigDecimal[][] result = new BigDecimal[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				BigDecimal sum = BigDecimal.ZERO;
				for (int k = 0; k < n; k++) {
					sum = sum.add(v[i][k].multiply(scale[k], context).multiply(v[j][k], context), context);
				}
				result[i][j] = sum;
				result[j][i] = sum;
			}
		}
		return result;
	}

	/** @return S^(-1/2) rounded to doubles */
	static double[][] toDoubles(BigDecimal[][] matrix) {
		double[][] result = new double[matrix.length][matrix.length];
		for (int i = 0; i < matrix.length; i++) {
			for (int j = 0; j < matrix.length; j++) {
				result[i][j] = matrix[i][j].doubleValue();
			}
		}
		return result;
	}

	/**
	 * Applies the rotation in the (p, q) plane that zeroes a_pq (Numerical Recipes' convention), A ← Pᵀ A P
	 * and V ← V P, updating only the entries that change and keeping A exactly symmetric.
	 */
	private static void rotate(BigDecimal[][] a, BigDecimal[][] v, int p, int q, MathContext context) {
		BigDecimal apq = a[p][q];
		BigDecimal theta = a[q][q].subtract(a[p][p]).divide(apq.add(apq), context);
		BigDecimal root = theta.multiply(theta).add(BigDecimal.ONE).sqrt(context);
		BigDecimal t = BigDecimal.ONE.divide(theta.abs().add(root), context);
		if (theta.signum() < 0) {
			t = t.negate();
		}
		BigDecimal c = BigDecimal.ONE.divide(t.multiply(t).add(BigDecimal.ONE).sqrt(context), context);
		BigDecimal s = t.multiply(c).round(context);
		BigDecimal shift = t.multiply(apq).round(context);
		a[p][p] = a[p][p].subtract(shift);
		a[q][q] = a[q][q].add(shift);
		a[p][q] = BigDecimal.ZERO;
		a[q][p] = BigDecimal.ZERO;
		for (int k = 0; k < a.length; k++) {
			if (k != p && k != q) {
				BigDecimal kp = a[k][p];
				BigDecimal kq = a[k][q];
				a[k][p] = c.multiply(kp).subtract(s.multiply(kq)).round(context);
				a[k][q] = s.multiply(kp).add(c.multiply(kq)).round(context);
				a[p][k] = a[k][p];
				a[q][k] = a[k][q];
			}
			BigDecimal vp = v[k][p];
			BigDecimal vq = v[k][q];
			v[k][p] = c.multiply(vp).subtract(s.multiply(vq)).round(context);
			v[k][q] = s.multiply(vp).add(c.multiply(vq)).round(context);
		}
	}

	private static BigDecimal offDiagonalSquared(BigDecimal[][] a, MathContext context) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a.length; j++) {
				if (i != j) {
					sum = sum.add(a[i][j].multiply(a[i][j], context), context);
				}
			}
		}
		return sum;
	}

	private static BigDecimal frobeniusSquared(BigDecimal[][] a, MathContext context) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal[] row : a) {
			for (BigDecimal x : row) {
				sum = sum.add(x.multiply(x, context), context);
			}
		}
		return sum;
	}

	private static BigDecimal[][] identity(int n) {
		BigDecimal[][] identity = new BigDecimal[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				identity[i][j] = i == j ? BigDecimal.ONE : BigDecimal.ZERO;
			}
		}
		return identity;
	}
}
