package org.edgewise.learn.network;

import org.edgewise.learn.model.ModelParameters;

/**
 * A loss for real-valued outputs taken as they are (linear head): the per-sample loss is the mean over the
 * outputs of an element-wise penalty of the error d = output - target, as PyTorch's {@code L1Loss},
 * {@code MSELoss} and {@code HuberLoss} with mean reduction. The validation score is the mean absolute error.
 */
public final class RegressionLoss implements Loss {

	/** The element-wise penalties. */
	private enum Penalty {
		/** |d|; gradient sign(d), 0 at 0. */
		ABSOLUTE("mean-absolute-error"),
		/** d<sup>2</sup>; gradient 2d. */
		SQUARED("mean-squared-error"),
		/** d<sup>2</sup>/2 within delta of 0, delta (|d| - delta/2) beyond; gradient clipped to +-delta. */
		HUBER("huber");

		private final String fileName;

		Penalty(String fileName) {
			this.fileName = fileName;
		}
	}

	private final Penalty penalty;
	private final double delta;

	private RegressionLoss(Penalty penalty, double delta) {
		this.penalty = penalty;
		this.delta = delta;
	}

	/** @return the mean absolute error (L1), robust to outliers; the Kiyohara regressor's loss */
	public static RegressionLoss meanAbsoluteError() {
		return new RegressionLoss(Penalty.ABSOLUTE, Double.NaN);
	}

	/** @return the mean squared error (L2) */
	public static RegressionLoss meanSquaredError() {
		return new RegressionLoss(Penalty.SQUARED, Double.NaN);
	}

	/**
	 * @param delta where the penalty turns from quadratic to linear, positive (PyTorch's default is 1)
	 * @return the Huber loss
	 * @throws IllegalArgumentException when delta is not positive and finite
	 */
	public static RegressionLoss huber(double delta) {
		if (!(delta > 0 && delta < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("the Huber delta must be positive and finite, got " + delta);
		}
		return new RegressionLoss(Penalty.HUBER, delta);
	}

	/**
	 * @param source the model parameters
	 * @param prefix the start of the entry names
	 * @param name   the loss name already read
	 * @return the loss
	 * @throws IllegalArgumentException when the name is unknown or the Huber delta missing or invalid
	 */
	static RegressionLoss read(ModelParameters source, String prefix, String name) {
		for (Penalty penalty : Penalty.values()) {
			if (penalty.fileName.equals(name)) {
				return switch (penalty) {
				case ABSOLUTE -> meanAbsoluteError();
				case SQUARED -> meanSquaredError();
				case HUBER -> huber(source.number(prefix + "delta"));
				};
			}
		}
		throw new IllegalArgumentException("unknown loss '" + name + "' in '" + prefix + "name'");
	}

	@Override
	public double evaluate(float[][] outputs, float[][] targets, int rows, int width, float[][] gradient,
			float gradientScale) {
		double sum = 0;
		float elementScale = gradientScale / width;
		for (int r = 0; r < rows; r++) {
			float[] y = outputs[r];
			float[] t = targets[r];
			double rowSum = 0;
			for (int j = 0; j < width; j++) {
				double error = (double) y[j] - t[j];
				rowSum += value(error);
				if (gradient != null) {
					gradient[r][j] = (float) (slope(error) * elementScale);
				}
			}
			sum += rowSum / width;
		}
		return sum;
	}

	private double value(double error) {
		double size = Math.abs(error);
		return switch (penalty) {
		case ABSOLUTE -> size;
		case SQUARED -> error * error;
		case HUBER -> size <= delta ? 0.5 * error * error : delta * (size - 0.5 * delta);
		};
	}

	private double slope(double error) {
		return switch (penalty) {
		case ABSOLUTE -> Math.signum(error);
		case SQUARED -> 2 * error;
		case HUBER -> Math.max(-delta, Math.min(delta, error));
		};
	}

	@Override
	public void activate(float[] outputs, int width) {
		// A linear head: raw outputs are the predictions.
	}

	@Override
	public double score(float[] prediction, float[] target, int width) {
		double sum = 0;
		for (int j = 0; j < width; j++) {
			sum += Math.abs((double) prediction[j] - target[j]);
		}
		return sum / width;
	}

	@Override
	public String scoreName() {
		return "mean absolute error";
	}

	@Override
	public String name() {
		return penalty.fileName;
	}

	@Override
	public void writeSettings(ModelParameters target, String prefix) {
		target.putText(prefix + "name", penalty.fileName);
		if (penalty == Penalty.HUBER) {
			target.putDoubles(prefix + "delta", new double[] { delta });
		}
	}

	@Override
	public String toString() {
		return penalty == Penalty.HUBER ? penalty.fileName + "(" + delta + ")" : penalty.fileName;
	}
}
