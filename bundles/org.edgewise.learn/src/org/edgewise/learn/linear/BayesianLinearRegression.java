package org.edgewise.learn.linear;

import org.edgewise.learn.Predictor;
import org.edgewise.learn.internal.Cholesky;
import org.edgewise.learn.internal.DoubleMatrices;
import org.edgewise.learn.internal.RowChecks;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * Bayesian linear regression with a Gaussian prior: weights w ~ N(0, I / &alpha;) and targets y = x w +
 * noise of precision &beta; (variance 1 / &beta;). The posterior over the weights is Gaussian with
 * covariance S = (&alpha; I + &beta; X<sup>T</sup> X)<sup>-1</sup> and mean M = &beta; S X<sup>T</sup> Y
 * (Bishop, Pattern Recognition and Machine Learning, section 3.3), the same S for every output column. The
 * predictive distribution of a new row x has mean x M and variance 1 / &beta; + x<sup>T</sup> S x, which
 * does not depend on the targets: {@link UncertaintySampling} builds on that.
 * <p>
 * There is no separate intercept: append a constant input column to model one (it is then shrunk by the
 * prior like any weight). Immutable and thread-safe; accessors return copies.
 */
public final class BayesianLinearRegression implements Predictor {

	/** The model kind under which the posterior's parameters are filed. */
	public static final String KIND = "bayesian-linear";

	private final double alpha;
	private final double beta;
	private final double[][] mean;
	private final double[][] covariance;

	private BayesianLinearRegression(double alpha, double beta, double[][] mean, double[][] covariance) {
		this.alpha = alpha;
		this.beta = beta;
		this.mean = mean;
		this.covariance = covariance;
	}

	/**
	 * @param inputs  the n x p training inputs; not modified
	 * @param targets the n x q training targets; not modified
	 * @param alpha   the prior precision of each weight, positive
	 * @param beta    the noise precision, positive
	 * @return the posterior
	 * @throws IllegalArgumentException for empty, ragged or non-finite matrices (naming row and column),
	 *                                  differing row counts, or a precision that is not positive and finite
	 */
	public static BayesianLinearRegression fit(double[][] inputs, double[][] targets, double alpha, double beta) {
		Ridge.requireTrainingData(inputs, targets);
		requirePrecisions(alpha, beta);
		double[][] precision = DoubleMatrices.gram(inputs);
		for (int i = 0; i < precision.length; i++) {
			for (int j = 0; j < precision.length; j++) {
				precision[i][j] *= beta;
			}
			precision[i][i] += alpha;
		}
		double[][] weightedCross = DoubleMatrices.transposeTimes(inputs, targets);
		for (double[] row : weightedCross) {
			for (int k = 0; k < row.length; k++) {
				row[k] *= beta;
			}
		}
		Cholesky cholesky = Cholesky.factor(precision);
		return new BayesianLinearRegression(alpha, beta, cholesky.solve(weightedCross), cholesky.inverse());
	}

	/**
	 * Rebuilds a posterior from {@link #parameters()}.
	 *
	 * @param parameters entries "alpha", "beta", "mean" (p x q) and "covariance" (p x p)
	 * @return the posterior, predicting bit for bit as the one that wrote the parameters
	 * @throws ModelFormatException if an entry is missing or of the wrong shape, or a value is not finite or
	 *                              a precision not positive
	 */
	public static BayesianLinearRegression fromParameters(ModelParameters parameters) {
		double alpha = parameters.number("alpha");
		double beta = parameters.number("beta");
		double[][] mean = parameters.matrix("mean");
		if (mean.length == 0 || mean[0].length == 0) {
			throw new ModelFormatException("bayesian-linear parameter 'mean' is empty");
		}
		parameters.doubles("covariance", mean.length, mean.length); // checks the shape
		double[][] covariance = parameters.matrix("covariance");
		try {
			requirePrecisions(alpha, beta);
			RowChecks.requireColumns(mean, mean[0].length, "mean row");
			RowChecks.requireColumns(covariance, mean.length, "covariance row");
		} catch (IllegalArgumentException refused) {
			throw new ModelFormatException("bayesian-linear parameters: " + refused.getMessage(), refused);
		}
		return new BayesianLinearRegression(alpha, beta, mean, covariance);
	}

	/** @return the entries "alpha", "beta", "mean" (p x q) and "covariance" (p x p) */
	public ModelParameters parameters() {
		return new ModelParameters().putDoubles("alpha", new double[] { alpha }).putDoubles("beta", new double[] { beta })
				.putMatrix("mean", mean).putMatrix("covariance", covariance);
	}

	@Override
	public int inputSize() {
		return mean.length;
	}

	@Override
	public int outputSize() {
		return mean[0].length;
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values; not modified
	 * @return the predictive means x M, one row of {@link #outputSize()} values per input row
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	@Override
	public double[][] predict(double[][] inputs) {
		RowChecks.requireColumns(inputs, inputSize(), "input row");
		return inputs.length == 0 ? new double[0][] : DoubleMatrices.times(inputs, mean);
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values; not modified
	 * @return the predictive variance 1 / &beta; + x<sup>T</sup> S x of each row (the same for every output)
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public double[] predictiveVariance(double[][] inputs) {
		RowChecks.requireColumns(inputs, inputSize(), "input row");
		if (inputs.length == 0) {
			return new double[0];
		}
		double[][] spread = DoubleMatrices.times(inputs, covariance);
		double[] variance = new double[inputs.length];
		for (int i = 0; i < inputs.length; i++) {
			double quadratic = 0;
			for (int j = 0; j < inputs[i].length; j++) {
				quadratic += inputs[i][j] * spread[i][j];
			}
			variance[i] = 1 / beta + quadratic;
		}
		return variance;
	}

	/** @return the prior precision &alpha; */
	public double alpha() {
		return alpha;
	}

	/** @return the noise precision &beta; */
	public double beta() {
		return beta;
	}

	/** @return the posterior mean M of the weights, p x q; a copy */
	public double[][] posteriorMean() {
		return RowChecks.copy(mean);
	}

	/** @return the posterior covariance S of each output's weights, p x p; a copy */
	public double[][] posteriorCovariance() {
		return RowChecks.copy(covariance);
	}

	/** @throws IllegalArgumentException unless both precisions are positive and finite */
	static void requirePrecisions(double alpha, double beta) {
		if (!(alpha > 0) || Double.isInfinite(alpha) || !(beta > 0) || Double.isInfinite(beta)) {
			throw new IllegalArgumentException("the precisions alpha and beta must be positive and finite, got alpha "
					+ alpha + " and beta " + beta);
		}
	}
}
