package org.edgewise.learn.decomposition;

import java.util.Arrays;

import org.edgewise.learn.decomposition.NmfSettings.Initialisation;
import org.edgewise.learn.internal.DoubleMatrices;
import org.edgewise.learn.internal.SymmetricEigen;

/**
 * Non-negative double singular value decomposition (Boutsidis and Gallopoulos 2008), the start of an NMF
 * as in scikit-learn: from the m leading singular triplets (s_j, u_j, v_j) of X, component 0 is
 * sqrt(s_0) |u_0|, sqrt(s_0) |v_0|, and each further component takes the positive or the negative parts
 * of u_j and v_j, whichever pair has the larger product of norms, scaled to carry s_j. Entries below 1e-6
 * become zero; NNDSVDA then replaces the zeros by the mean of X.
 * <p>
 * The singular triplets come from the eigendecomposition of the smaller of X<sup>T</sup> X and X
 * X<sup>T</sup>; the result is exact and involves no randomness, where scikit-learn uses a randomised SVD.
 * The sign of a singular pair does not matter: it flips u_j and v_j together.
 */
final class Nndsvd {

	/** Entries below this are set to zero, as in scikit-learn. */
	private static final double SMALL = 1e-6;

	private Nndsvd() {
	}

	/**
	 * @param data           X, n x f, non-negative and not all zero
	 * @param transposed     X<sup>T</sup>
	 * @param components     m, at most min(n, f)
	 * @param initialisation NNDSVD or NNDSVDA
	 * @return the starting factors
	 */
	static Start start(double[][] data, double[][] transposed, int components, Initialisation initialisation) {
		boolean tall = data.length >= transposed.length;
		// The eigenvectors of the smaller Gram matrix are one side's singular vectors; the other side follows.
		SymmetricEigen eigen = SymmetricEigen.of(DoubleMatrices.gram(tall ? data : transposed));
		double[] values = eigen.values();
		double[][] fromEigen = Arrays.copyOf(eigen.vectors(), components);
		// v_j = X^T u_j / s_j and u_j = X v_j / s_j, as rows; a zero singular value leaves a zero vector.
		double[][] fromData = DoubleMatrices.times(fromEigen, tall ? transposed : data);
		double[] singular = new double[components];
		for (int j = 0; j < components; j++) {
			singular[j] = Math.sqrt(Math.max(values[j], 0));
			for (int i = 0; i < fromData[j].length; i++) {
				fromData[j][i] = singular[j] > 0 ? fromData[j][i] / singular[j] : 0;
			}
		}
		double[][] left = tall ? fromData : fromEigen;
		double[][] right = tall ? fromEigen : fromData;
		double[][] weights = new double[components][];
		double[][] factors = new double[components][];
		for (int j = 0; j < components; j++) {
			Pair pair = j == 0 ? Pair.absolute(left[0], right[0]) : Pair.dominantPart(left[j], right[j]);
			double scale = Math.sqrt(singular[j] * pair.sigma());
			weights[j] = scaled(pair.u(), scale);
			factors[j] = scaled(pair.v(), scale);
		}
		double fill = initialisation == Initialisation.NNDSVDA ? mean(data) : 0;
		replaceSmall(weights, fill);
		replaceSmall(factors, fill);
		return new Start(weights, factors);
	}

	/**
	 * The starting factors.
	 *
	 * @param weights    W<sup>T</sup>, m x n
	 * @param components H, m x f
	 */
	record Start(double[][] weights, double[][] components) {
	}

	/** A non-negative pair of unit vectors with the weight sigma their component carries. */
	private record Pair(double[] u, double[] v, double sigma) {

		/** @return |u| and |v| with sigma 1: the leading pair, whose vectors share one sign pattern */
		static Pair absolute(double[] u, double[] v) {
			return new Pair(abs(u), abs(v), 1);
		}

		/**
		 * @return the normalised positive parts of u and v with sigma the product of their norms, or the
		 *         negated negative parts if their product is larger; zeros if both products are zero
		 */
		static Pair dominantPart(double[] u, double[] v) {
			double[] up = part(u, 1), un = part(u, -1), vp = part(v, 1), vn = part(v, -1);
			double upNorm = norm(up), unNorm = norm(un), vpNorm = norm(vp), vnNorm = norm(vn);
			double positive = upNorm * vpNorm;
			double negative = unNorm * vnNorm;
			if (positive > negative) {
				return new Pair(scaled(up, 1 / upNorm), scaled(vp, 1 / vpNorm), positive);
			}
			if (negative > 0) {
				return new Pair(scaled(un, 1 / unNorm), scaled(vn, 1 / vnNorm), negative);
			}
			return new Pair(new double[u.length], new double[v.length], 0); // a zero singular pair
		}

		private static double[] abs(double[] x) {
			double[] y = new double[x.length];
			for (int i = 0; i < x.length; i++) {
				y[i] = Math.abs(x[i]);
			}
			return y;
		}

		/** @return max(sign x, 0) elementwise: the positive part for sign 1, the negated negative part for -1 */
		private static double[] part(double[] x, double sign) {
			double[] y = new double[x.length];
			for (int i = 0; i < x.length; i++) {
				y[i] = Math.max(sign * x[i], 0);
			}
			return y;
		}

		private static double norm(double[] x) {
			double sum = 0;
			for (double value : x) {
				sum += value * value;
			}
			return Math.sqrt(sum);
		}
	}

	private static double[] scaled(double[] x, double factor) {
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			y[i] = x[i] * factor;
		}
		return y;
	}

	private static void replaceSmall(double[][] factor, double fill) {
		for (double[] row : factor) {
			for (int i = 0; i < row.length; i++) {
				if (row[i] < SMALL) {
					row[i] = fill;
				}
			}
		}
	}

	/** @return the mean of all values of a rectangular matrix */
	static double mean(double[][] data) {
		double sum = 0;
		for (double[] row : data) {
			for (double value : row) {
				sum += value;
			}
		}
		return sum / ((double) data.length * data[0].length);
	}
}
