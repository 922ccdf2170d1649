package org.edgewise.learn.linear;

import java.util.List;

import org.edgewise.learn.evaluation.Fold;
import org.edgewise.learn.evaluation.Rows;
import org.edgewise.learn.internal.DoubleMatrices;
import org.edgewise.learn.internal.SymmetricEigen;

/**
 * The choice of the ridge penalty &lambda; by k-fold cross-validation over a grid: for every &lambda;, the
 * validation root-mean-square error of {@link Ridge} averaged over the folds; the best &lambda; has the
 * lowest mean.
 * <p>
 * The grid costs little more than one &lambda;: per fold, one eigendecomposition X<sup>T</sup> X =
 * V<sup>T</sup> D V of the training inputs serves every &lambda;, since the weights are V<sup>T</sup>
 * (D + &lambda;)<sup>-1</sup> V X<sup>T</sup> Y, and the validation error follows from a few products in
 * the eigenbasis in O(p<sup>2</sup>) per &lambda;. A fold's error is RMSE = sqrt(sum of squared residuals /
 * (validation rows x outputs)), over all outputs at once. With an intercept, each fold centres on its own
 * training means, as {@link Ridge#fit} would. Immutable; accessors return copies.
 */
public final class RidgeCrossValidation {

	private final double[] lambdas;
	private final double[] meanValidationRmse;
	private final int best;

	private RidgeCrossValidation(double[] lambdas, double[] meanValidationRmse, int best) {
		this.lambdas = lambdas;
		this.meanValidationRmse = meanValidationRmse;
		this.best = best;
	}

	/**
	 * @param inputs    the n x p inputs, one sample per row; not modified
	 * @param targets   the n x q targets; not modified
	 * @param intercept whether the models fit an intercept (see {@link Ridge})
	 * @param lambdas   the grid, each value positive and finite, in any order
	 * @param folds     the folds, e.g. from {@code KFold.split(n, 5, seed)}; indices into the rows
	 * @return the mean validation RMSE of every &lambda; and the best &lambda;
	 * @throws IllegalArgumentException for bad matrices (as {@link Ridge#fit}), an empty grid or a
	 *                                  &lambda; that is not positive, no folds, or a fold index beyond the rows
	 */
	public static RidgeCrossValidation run(double[][] inputs, double[][] targets, boolean intercept, double[] lambdas,
			List<Fold> folds) {
		Ridge.requireTrainingData(inputs, targets);
		if (lambdas.length == 0) {
			throw new IllegalArgumentException("the lambda grid is empty");
		}
		for (double lambda : lambdas) {
			if (!(lambda > 0) || Double.isInfinite(lambda)) {
				throw new IllegalArgumentException("every lambda of the grid must be positive and finite, got " + lambda);
			}
		}
		if (folds.isEmpty()) {
			throw new IllegalArgumentException("cross-validation needs at least one fold");
		}
		double[] mean = new double[lambdas.length];
		for (Fold fold : folds) {
			fold.checkIndices(inputs.length);
			double[] rmse = FoldErrors.of(inputs, targets, intercept, fold).rmse(lambdas);
			for (int l = 0; l < lambdas.length; l++) {
				mean[l] += rmse[l] / folds.size();
			}
		}
		int best = 0;
		for (int l = 1; l < lambdas.length; l++) {
			if (mean[l] < mean[best]) {
				best = l;
			}
		}
		return new RidgeCrossValidation(lambdas.clone(), mean, best);
	}

	/** @return the grid, in the order given; a copy */
	public double[] lambdas() {
		return lambdas.clone();
	}

	/** @return the validation RMSE averaged over the folds, one per &lambda; of {@link #lambdas()}; a copy */
	public double[] meanValidationRmse() {
		return meanValidationRmse.clone();
	}

	/** @return the &lambda; of lowest mean validation RMSE (the first in grid order on a tie) */
	public double bestLambda() {
		return lambdas[best];
	}

	/**
	 * One fold in the eigenbasis of its training Gram matrix: with s_j = 1 / (d_j + &lambda;), P = X_val
	 * V<sup>T</sup> and Z = V X<sup>T</sup> Y, the validation residual is Y_val - P diag(s) Z, whose squared
	 * norm is |Y_val|<sup>2</sup> - 2 sum_j s_j a_j + sum_jl s_j s_l M_jl with a_j = (P<sup>T</sup>
	 * Y_val)_j . Z_j and M = (P<sup>T</sup> P) o (Z Z<sup>T</sup>).
	 */
	private record FoldErrors(double[] eigenvalues, double[] alignment, double[][] interaction, double targetNorm,
			int cells) {

		static FoldErrors of(double[][] inputs, double[][] targets, boolean intercept, Fold fold) {
			double[][] xTrain = Rows.select(inputs, fold.train());
			double[][] yTrain = Rows.select(targets, fold.train());
			double[][] xTest = Rows.select(inputs, fold.test());
			double[][] yTest = Rows.select(targets, fold.test());
			if (intercept) {
				double[] xMeans = ColumnCentring.means(xTrain);
				double[] yMeans = ColumnCentring.means(yTrain);
				xTrain = ColumnCentring.centred(xTrain, xMeans);
				yTrain = ColumnCentring.centred(yTrain, yMeans);
				xTest = ColumnCentring.centred(xTest, xMeans);
				yTest = ColumnCentring.centred(yTest, yMeans);
			}
			SymmetricEigen eigen = SymmetricEigen.of(DoubleMatrices.gram(xTrain));
			double[][] basis = eigen.vectors();
			double[][] z = DoubleMatrices.times(basis, DoubleMatrices.transposeTimes(xTrain, yTrain));
			double[][] projected = DoubleMatrices.times(xTest, DoubleMatrices.transpose(basis));
			double[][] projectedTargets = DoubleMatrices.transposeTimes(projected, yTest);
			double[][] interaction = DoubleMatrices.gram(projected);
			double[][] zz = DoubleMatrices.gram(DoubleMatrices.transpose(z));
			double[] alignment = new double[basis.length];
			for (int j = 0; j < basis.length; j++) {
				for (int k = 0; k < z[j].length; k++) {
					alignment[j] += projectedTargets[j][k] * z[j][k];
				}
				for (int l = 0; l < basis.length; l++) {
					interaction[j][l] *= zz[j][l];
				}
			}
			double targetNorm = 0;
			for (double[] row : yTest) {
				for (double v : row) {
					targetNorm += v * v;
				}
			}
			double[] eigenvalues = eigen.values();
			for (int j = 0; j < eigenvalues.length; j++) {
				// X^T X is positive semi-definite; a rounding below zero is a zero.
				eigenvalues[j] = Math.max(eigenvalues[j], 0);
			}
			return new FoldErrors(eigenvalues, alignment, interaction, targetNorm, yTest.length * yTest[0].length);
		}

		double[] rmse(double[] lambdas) {
			double[] rmse = new double[lambdas.length];
			double[] s = new double[eigenvalues.length];
			for (int l = 0; l < lambdas.length; l++) {
				for (int j = 0; j < s.length; j++) {
					s[j] = 1 / (eigenvalues[j] + lambdas[l]);
				}
				double squared = targetNorm;
				for (int j = 0; j < s.length; j++) {
					double coupled = 0;
					for (int m = 0; m < s.length; m++) {
						coupled += interaction[j][m] * s[m];
					}
					squared += s[j] * (coupled - 2 * alignment[j]);
				}
				// The expansion cancels; a tiny negative sum is a perfect fit.
				rmse[l] = Math.sqrt(Math.max(squared, 0) / cells);
			}
			return rmse;
		}
	}
}
