package org.edgewise.learn.linear;

import java.util.Arrays;

import org.edgewise.learn.internal.DoubleMatrices;
import org.edgewise.learn.internal.RowChecks;

/**
 * Active learning by uncertainty reduction (Hirai et al. 2022, after Tamura and Karasuyama 2020): from a
 * pool of candidates, of which only the inputs are known, choose the samples to label one at a time, each
 * time the candidate whose addition to the training set most lowers the summed predictive variance of
 * {@link BayesianLinearRegression} over the whole pool. The variance does not depend on the targets, so
 * the whole order is known before any label is computed, and the labels can then be computed in parallel.
 * <p>
 * Adding x<sub>k</sub> changes the posterior covariance S by a rank-one term (Sherman-Morrison): S' = S - s
 * s<sup>T</sup> / d with s = S x<sub>k</sub> and d = 1 / &beta; + x<sub>k</sub><sup>T</sup> s. The summed
 * variance then falls by x<sub>k</sub><sup>T</sup> S A S x<sub>k</sub> / d, A = X<sup>T</sup> X of the pool.
 * Both quadratic forms are kept for every candidate and updated in O(n p + p<sup>2</sup>) per pick, so a
 * pick never refactors a matrix. Each candidate is picked at most once; ties go to the lower index.
 */
public final class UncertaintySampling {

	private UncertaintySampling() {
	}

	/**
	 * The result: the candidates in the order picked and the summed variance after each pick.
	 *
	 * @param order               the indices of the picked candidates (rows of the pool), first pick first
	 * @param summedVariance      element i is the summed predictive variance over all candidates after
	 *                            picks 0 to i
	 * @param priorSummedVariance the summed predictive variance before any pick
	 */
	public record Selection(int[] order, double[] summedVariance, double priorSummedVariance) {

		/** Copies the arrays, so a selection cannot be changed after it is made. */
		public Selection {
			order = order.clone();
			summedVariance = summedVariance.clone();
		}

		/** @return the picked indices, first pick first; a copy */
		@Override
		public int[] order() {
			return order.clone();
		}

		/** @return the summed variance after each pick; a copy */
		@Override
		public double[] summedVariance() {
			return summedVariance.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Selection that && Arrays.equals(order, that.order)
					&& Arrays.equals(summedVariance, that.summedVariance)
					&& Double.compare(priorSummedVariance, that.priorSummedVariance) == 0;
		}

		@Override
		public int hashCode() {
			return 31 * Arrays.hashCode(order) + Arrays.hashCode(summedVariance);
		}

		@Override
		public String toString() {
			return "Selection[order=" + Arrays.toString(order) + ", summedVariance=" + Arrays.toString(summedVariance)
					+ ", priorSummedVariance=" + priorSummedVariance + "]";
		}
	}

	/**
	 * @param pool  the candidates' inputs, n x p, one candidate per row; not modified
	 * @param picks how many candidates to pick, from 1 to n
	 * @param alpha the prior precision of each weight, as in {@link BayesianLinearRegression}
	 * @param beta  the noise precision
	 * @return the picks in order with the summed variance after each
	 * @throws IllegalArgumentException for an empty, ragged or non-finite pool (naming row and column), picks
	 *                                  out of range, or a precision that is not positive and finite
	 */
	public static Selection select(double[][] pool, int picks, double alpha, double beta) {
		int p = RowChecks.requireRectangular(pool, "candidate row");
		int n = pool.length;
		if (picks < 1 || picks > n) {
			throw new IllegalArgumentException("the number of picks must be from 1 to the " + n + " candidates, got "
					+ picks);
		}
		BayesianLinearRegression.requirePrecisions(alpha, beta);
		double noise = 1 / beta;
		double[][] columns = DoubleMatrices.transpose(pool);
		double[][] poolGram = DoubleMatrices.gram(pool);
		double[][] covariance = new double[p][p];
		for (int j = 0; j < p; j++) {
			covariance[j][j] = 1 / alpha;
		}
		// spread[i] = x_i^T S x_i and reach[i] = x_i^T S A S x_i, for the prior S = I / alpha.
		double[] spread = new double[n];
		double[] reach = new double[n];
		double[] poolGramTimesX = new double[p];
		for (int i = 0; i < n; i++) {
			multiply(poolGram, pool[i], poolGramTimesX);
			spread[i] = dot(pool[i], pool[i]) / alpha;
			reach[i] = dot(pool[i], poolGramTimesX) / (alpha * alpha);
		}
		double prior = n * noise + sum(spread);
		boolean[] picked = new boolean[n];
		int[] order = new int[picks];
		double[] summed = new double[picks];
		double[] s = new double[p];
		double[] as = new double[p];
		double[] sas = new double[p];
		double[] t = new double[n];
		double[] w = new double[n];
		for (int pick = 0; pick < picks; pick++) {
			int k = mostInformative(spread, reach, picked, noise);
			picked[k] = true;
			order[pick] = k;
			double d = noise + spread[k];
			multiply(covariance, pool[k], s);
			multiply(poolGram, s, as);
			multiply(covariance, as, sas);
			double sAs = dot(s, as);
			multiply(columns, s, t);
			multiply(columns, sas, w);
			for (int i = 0; i < n; i++) {
				double ti = t[i] / d;
				spread[i] -= ti * t[i];
				reach[i] += ti * (ti * sAs - 2 * w[i]);
			}
			for (int j = 0; j < p; j++) {
				double scale = -s[j] / d;
				double[] row = covariance[j];
				for (int l = 0; l < p; l++) {
					row[l] = Math.fma(scale, s[l], row[l]);
				}
			}
			summed[pick] = n * noise + sum(spread);
		}
		return new Selection(order, summed, prior);
	}

	/** @return the unpicked candidate of the largest variance reduction reach / (noise + spread) */
	private static int mostInformative(double[] spread, double[] reach, boolean[] picked, double noise) {
		int best = -1;
		double bestReduction = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < spread.length; i++) {
			double reduction = reach[i] / (noise + spread[i]);
			if (!picked[i] && reduction > bestReduction) {
				best = i;
				bestReduction = reduction;
			}
		}
		return best;
	}

	/**
	 * out = M<sup>T</sup> v, summed as v_j times row j of M so the inner loop is vectorisable: M v for the
	 * symmetric matrices here, and X v when M holds the columns of X as rows.
	 */
	private static void multiply(double[][] rows, double[] v, double[] out) {
		Arrays.fill(out, 0);
		for (int j = 0; j < rows.length; j++) {
			double factor = v[j];
			double[] row = rows[j];
			for (int i = 0; i < out.length; i++) {
				out[i] = Math.fma(factor, row[i], out[i]);
			}
		}
	}

	private static double dot(double[] u, double[] v) {
		double sum = 0;
		for (int i = 0; i < u.length; i++) {
			sum += u[i] * v[i];
		}
		return sum;
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum;
	}
}
