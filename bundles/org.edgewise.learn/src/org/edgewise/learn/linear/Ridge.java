package org.edgewise.learn.linear;

import org.edgewise.learn.Predictor;
import org.edgewise.learn.internal.Cholesky;
import org.edgewise.learn.internal.DoubleMatrices;
import org.edgewise.learn.internal.RowChecks;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * A fitted ridge regression: every output column (for a spectrum, every energy point) is a linear function
 * of the inputs, all fitted at once in closed form, W = (X<sup>T</sup> X + &lambda; I)<sup>-1</sup>
 * X<sup>T</sup> Y, as in Hirai et al. (2022).
 * <p>
 * X is the n x p input matrix (one sample per row), Y the n x q target matrix and W the p x q weight matrix;
 * a prediction is x W + b. With an intercept, the columns of X and Y are first centred on their training
 * means, so the penalty &lambda; does not shrink the intercept, and b = mean(Y) - mean(X) W; without one, b
 * is zero. The system is solved by a Cholesky factorisation; X<sup>T</sup> X and X<sup>T</sup> Y are
 * computed on all cores, with results independent of the number of threads. Immutable and thread-safe;
 * accessors return copies.
 */
public final class Ridge implements Predictor {

	/** The model kind under which a ridge model's parameters are filed. */
	public static final String KIND = "ridge";

	private final double[][] weights;
	private final double[] intercept;
	private final double lambda;

	private Ridge(double[][] weights, double[] intercept, double lambda) {
		this.weights = weights;
		this.intercept = intercept;
		this.lambda = lambda;
	}

	/**
	 * @param inputs    the n x p training inputs, one sample per row; not modified
	 * @param targets   the n x q training targets, row i belonging to input row i; not modified
	 * @param lambda    the penalty on the squared weights, at least 0 (0 is ordinary least squares, which
	 *                  needs X<sup>T</sup> X to be invertible)
	 * @param intercept whether to fit an unpenalised intercept by centring X and Y
	 * @return the fitted model
	 * @throws IllegalArgumentException if the matrices are empty, ragged or hold a value that is not finite
	 *                                  (naming row and column), differ in row count, lambda is negative or
	 *                                  not finite, or X<sup>T</sup> X + &lambda; I is singular
	 */
	public static Ridge fit(double[][] inputs, double[][] targets, double lambda, boolean intercept) {
		requireTrainingData(inputs, targets);
		requirePenalty(lambda);
		int p = inputs[0].length;
		int q = targets[0].length;
		double[] inputMeans = intercept ? ColumnCentring.means(inputs) : new double[p];
		double[] targetMeans = intercept ? ColumnCentring.means(targets) : new double[q];
		double[][] x = intercept ? ColumnCentring.centred(inputs, inputMeans) : inputs;
		double[][] y = intercept ? ColumnCentring.centred(targets, targetMeans) : targets;
		double[][] weights = solve(DoubleMatrices.gram(x), DoubleMatrices.transposeTimes(x, y), lambda);
		double[] offset = targetMeans.clone();
		for (int j = 0; j < p; j++) {
			for (int k = 0; k < q; k++) {
				offset[k] -= inputMeans[j] * weights[j][k];
			}
		}
		return new Ridge(weights, offset, lambda);
	}

	/**
	 * Rebuilds a model from {@link #parameters()}.
	 *
	 * @param parameters entries "weights" (p x q), "intercept" (q) and "lambda" (one number)
	 * @return the model, predicting bit for bit as the one that wrote the parameters
	 * @throws ModelFormatException if an entry is missing or of the wrong shape, or a value is not finite
	 *                              (or lambda negative)
	 */
	public static Ridge fromParameters(ModelParameters parameters) {
		double[][] weights = parameters.matrix("weights");
		if (weights.length == 0 || weights[0].length == 0) {
			throw new ModelFormatException("ridge parameter 'weights' is empty");
		}
		double[] intercept = parameters.doubles("intercept", weights[0].length);
		double lambda = parameters.number("lambda");
		try {
			RowChecks.requireColumns(weights, weights[0].length, "weights row");
			RowChecks.requireFinite(intercept, "intercept");
			requirePenalty(lambda);
		} catch (IllegalArgumentException refused) {
			throw new ModelFormatException("ridge parameters: " + refused.getMessage(), refused);
		}
		return new Ridge(weights, intercept, lambda);
	}

	/** @return the entries "weights" (p x q), "intercept" (q) and "lambda", everything that rebuilds this model */
	public ModelParameters parameters() {
		return new ModelParameters().putMatrix("weights", weights).putDoubles("intercept", intercept)
				.putDoubles("lambda", new double[] { lambda });
	}

	@Override
	public int inputSize() {
		return weights.length;
	}

	@Override
	public int outputSize() {
		return intercept.length;
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values; not modified
	 * @return one row of {@link #outputSize()} predictions per input row: x W + b
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	@Override
	public double[][] predict(double[][] inputs) {
		RowChecks.requireColumns(inputs, inputSize(), "input row");
		if (inputs.length == 0) {
			return new double[0][];
		}
		double[][] outputs = DoubleMatrices.times(inputs, weights);
		for (double[] row : outputs) {
			for (int k = 0; k < row.length; k++) {
				row[k] += intercept[k];
			}
		}
		return outputs;
	}

	/** @return the penalty the model was fitted with */
	public double lambda() {
		return lambda;
	}

	/** @return the p x q weights, row j holding input j's weight for every output; a copy */
	public double[][] weights() {
		return RowChecks.copy(weights);
	}

	/** @return the intercept b, one value per output (zeros when fitted without one); a copy */
	public double[] intercept() {
		return intercept.clone();
	}

	/**
	 * Solves (G + &lambda; I) W = B.
	 *
	 * @param gram  X<sup>T</sup> X, p x p; overwritten
	 * @param cross X<sup>T</sup> Y, p x q
	 */
	static double[][] solve(double[][] gram, double[][] cross, double lambda) {
		for (int j = 0; j < gram.length; j++) {
			gram[j][j] += lambda;
		}
		try {
			return Cholesky.factor(gram).solve(cross);
		} catch (IllegalArgumentException singular) {
			throw new IllegalArgumentException("X^T X + lambda I is singular (lambda " + lambda
					+ "): the inputs are collinear or fewer than their columns; use a positive lambda", singular);
		}
	}

	/**
	 * Checks a training set: inputs and targets rectangular, finite and of equal row counts.
	 *
	 * @throws IllegalArgumentException naming the offending row and column, or both row counts
	 */
	static void requireTrainingData(double[][] inputs, double[][] targets) {
		RowChecks.requireRectangular(inputs, "input row");
		RowChecks.requireRectangular(targets, "target row");
		if (inputs.length != targets.length) {
			throw new IllegalArgumentException("there are " + inputs.length + " input rows but " + targets.length
					+ " target rows");
		}
	}

	/** @throws IllegalArgumentException unless lambda is finite and at least 0 */
	private static void requirePenalty(double lambda) {
		if (!(lambda >= 0) || Double.isInfinite(lambda)) {
			throw new IllegalArgumentException("lambda must be finite and at least 0, got " + lambda);
		}
	}
}
