package org.edgewise.learn.decomposition;

import org.edgewise.learn.decomposition.NmfSettings.Solver;
import org.edgewise.learn.internal.DoubleMatrices;

/**
 * The iterations of non-negative matrix factorisation X &asymp; W H for one data matrix X (n x f).
 * <p>
 * Both factors are held as rows per component, W<sup>T</sup> (m x n) and H (m x f), so updating W for
 * fixed H and H for fixed W are the same operation on a factor F: with the other factor G, minimise |D -
 * F<sup>T</sup> G|<sup>2</sup> given the cross product C = G D<sup>T</sup> and the Gram matrix G
 * G<sup>T</sup>, where D is X for F = W<sup>T</sup> (G = H) and X<sup>T</sup> for F = H (G =
 * W<sup>T</sup>). The reconstruction error for the tolerance test comes from the same products,
 * |X|<sup>2</sup> - 2 &lt;F, C&gt; + &lt;F F<sup>T</sup>, G G<sup>T</sup>&gt;, without forming W H.
 */
final class AlternatingUpdates {

	/** Stands in for a zero denominator of a multiplicative update, as scikit-learn does (float32 epsilon). */
	private static final double EPSILON = Math.ulp(1.0f);

	private final double[][] data;
	private final double[][] transposed;
	private final double squaredNorm;
	private final NmfSettings settings;

	/**
	 * @param data       X, n x f, non-negative; not modified, and kept for the iterations
	 * @param transposed X<sup>T</sup>, f x n, likewise
	 * @param settings   the solver, iteration limit and tolerance
	 */
	AlternatingUpdates(double[][] data, double[][] transposed, NmfSettings settings) {
		this.data = data;
		this.transposed = transposed;
		this.settings = settings;
		double sum = 0;
		for (double[] row : data) {
			for (double value : row) {
				sum += value * value;
			}
		}
		this.squaredNorm = sum;
	}

	/**
	 * Updates W, then H, until the iteration limit or the tolerance stops.
	 *
	 * @param weights    W<sup>T</sup>, m x n; updated in place
	 * @param components H, m x f; updated in place
	 * @return the number of iterations run
	 */
	int factorise(double[][] weights, double[][] components) {
		double[][] componentGram = gramOfRows(components);
		StoppingRule rule = settings.tolerance() > 0
				? new StoppingRule(error(components, crossProduct(weights, data), componentGram, gramOfRows(weights)))
				: null;
		for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
			update(weights, componentGram, crossProduct(components, transposed));
			double[][] weightCross = crossProduct(weights, data);
			double[][] weightGram = gramOfRows(weights);
			update(components, weightGram, weightCross);
			componentGram = gramOfRows(components);
			if (rule != null && rule.stops(error(components, weightCross, componentGram, weightGram))) {
				return iteration;
			}
		}
		return settings.maxIterations();
	}

	/**
	 * Updates W for a fixed H until the iteration limit or the tolerance stops.
	 *
	 * @param weights    W<sup>T</sup>, m x n; updated in place
	 * @param components H, m x f; not modified
	 * @return the number of iterations run
	 */
	int solveWeights(double[][] weights, double[][] components) {
		double[][] componentGram = gramOfRows(components);
		double[][] cross = crossProduct(components, transposed);
		StoppingRule rule = settings.tolerance() > 0
				? new StoppingRule(error(weights, cross, gramOfRows(weights), componentGram))
				: null;
		for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
			update(weights, componentGram, cross);
			if (rule != null && rule.stops(error(weights, cross, gramOfRows(weights), componentGram))) {
				return iteration;
			}
		}
		return settings.maxIterations();
	}

	/** Stops once an iteration lowers the error by less than the tolerance times the initial error. */
	private final class StoppingRule {

		private final double initial;
		private double previous;

		StoppingRule(double initial) {
			this.initial = initial;
			this.previous = initial;
		}

		boolean stops(double error) {
			boolean stalled = (previous - error) / initial < settings.tolerance();
			previous = error;
			return stalled;
		}
	}

	/** One update of factor F (m x k) given the other factor's Gram matrix (m x m) and the cross product C (m x k). */
	private void update(double[][] factor, double[][] gram, double[][] cross) {
		if (settings.solver() == Solver.MULTIPLICATIVE) {
			multiplicative(factor, gram, cross);
		} else {
			hals(factor, gram, cross);
		}
	}

	/** F &larr; F o C / (G G<sup>T</sup> F), all rows from the old F (Lee and Seung). */
	private static void multiplicative(double[][] factor, double[][] gram, double[][] cross) {
		double[][] denominator = combination(gram, factor);
		for (int r = 0; r < factor.length; r++) {
			double[] row = factor[r];
			double[] numerator = cross[r];
			double[] below = denominator[r];
			for (int i = 0; i < row.length; i++) {
				row[i] *= numerator[i] / (below[i] == 0 ? EPSILON : below[i]);
			}
		}
	}

	/**
	 * Exact minimisation over one row of F at a time, later rows seeing the earlier rows' new values:
	 * F_r &larr; max(0, F_r - (sum_s Q_rs F_s - C_r) / Q_rr) with Q the Gram matrix.
	 */
	private static void hals(double[][] factor, double[][] gram, double[][] cross) {
		double[] gradient = new double[factor[0].length];
		for (int r = 0; r < factor.length; r++) {
			double curvature = gram[r][r];
			if (curvature == 0) {
				continue; // the other factor's component r is zero: F_r does not affect the error
			}
			double[] crossRow = cross[r];
			for (int i = 0; i < gradient.length; i++) {
				gradient[i] = -crossRow[i];
			}
			for (int s = 0; s < factor.length; s++) {
				double coupling = gram[r][s];
				double[] other = factor[s];
				for (int i = 0; i < gradient.length; i++) {
					gradient[i] = Math.fma(coupling, other[i], gradient[i]);
				}
			}
			double[] row = factor[r];
			for (int i = 0; i < row.length; i++) {
				row[i] = Math.max(row[i] - gradient[i] / curvature, 0);
			}
		}
	}

	/** @return the Frobenius error from the products: |X|^2 - 2 &lt;F, C&gt; + &lt;F F^T, G G^T&gt;, clamped at 0 */
	private double error(double[][] factor, double[][] cross, double[][] factorGram, double[][] otherGram) {
		double squared = squaredNorm;
		for (int r = 0; r < factor.length; r++) {
			for (int i = 0; i < factor[r].length; i++) {
				squared -= 2 * factor[r][i] * cross[r][i];
			}
			for (int s = 0; s < factor.length; s++) {
				squared += factorGram[r][s] * otherGram[r][s];
			}
		}
		return Math.sqrt(Math.max(squared, 0));
	}

	/** @return the m x k product G M of the other factor G (m x d) and M = D<sup>T</sup> (d x k) */
	private static double[][] crossProduct(double[][] other, double[][] matrix) {
		return DoubleMatrices.times(other, matrix);
	}

	/** @return the m x m Gram matrix F F<sup>T</sup> of a factor held as rows */
	private static double[][] gramOfRows(double[][] factor) {
		return DoubleMatrices.gram(DoubleMatrices.transpose(factor));
	}

	/** @return Q F, row r being sum_s Q_rs F_s */
	private static double[][] combination(double[][] coefficients, double[][] factor) {
		double[][] result = new double[coefficients.length][factor[0].length];
		for (int r = 0; r < result.length; r++) {
			double[] out = result[r];
			for (int s = 0; s < factor.length; s++) {
				double coefficient = coefficients[r][s];
				double[] in = factor[s];
				for (int i = 0; i < out.length; i++) {
					out[i] = Math.fma(coefficient, in[i], out[i]);
				}
			}
		}
		return result;
	}
}
