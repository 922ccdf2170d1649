package org.edgewise.learn.network;

import org.edgewise.learn.model.ModelParameters;

/**
 * Softmax followed by cross-entropy, fused: for logits z and target probabilities t (a one-hot row for a
 * class label), the per-sample loss is -&Sigma; t<sub>j</sub> log softmax(z)<sub>j</sub> and its gradient
 * softmax(z) &Sigma; t - t. Both are computed from the log-sum-exp with the largest logit subtracted, so
 * large logits neither overflow nor lose the small probabilities. Predictions are class probabilities; the
 * validation score is accuracy (the arg-max of the prediction equals that of the target).
 */
public final class SoftmaxCrossEntropy implements Loss {

	/** The loss's name in model files. */
	public static final String NAME = "softmax-cross-entropy";

	/** Creates the loss; it has no settings. */
	public SoftmaxCrossEntropy() {
	}

	@Override
	public double evaluate(float[][] outputs, float[][] targets, int rows, int width, float[][] gradient,
			float gradientScale) {
		double sum = 0;
		for (int r = 0; r < rows; r++) {
			float[] z = outputs[r];
			float[] t = targets[r];
			float max = max(z, width);
			double exponentials = 0;
			for (int j = 0; j < width; j++) {
				exponentials += Math.exp(z[j] - max);
			}
			double logSum = max + Math.log(exponentials);
			double targetMass = 0;
			for (int j = 0; j < width; j++) {
				sum -= t[j] * (z[j] - logSum);
				targetMass += t[j];
			}
			if (gradient != null) {
				float[] g = gradient[r];
				for (int j = 0; j < width; j++) {
					g[j] = (float) ((Math.exp(z[j] - logSum) * targetMass - t[j]) * gradientScale);
				}
			}
		}
		return sum;
	}

	@Override
	public void activate(float[] outputs, int width) {
		float max = max(outputs, width);
		double exponentials = 0;
		for (int j = 0; j < width; j++) {
			exponentials += Math.exp(outputs[j] - max);
		}
		double logSum = max + Math.log(exponentials);
		for (int j = 0; j < width; j++) {
			outputs[j] = (float) Math.exp(outputs[j] - logSum);
		}
	}

	@Override
	public double score(float[] prediction, float[] target, int width) {
		return argMax(prediction, width) == argMax(target, width) ? 1 : 0;
	}

	@Override
	public String scoreName() {
		return "accuracy";
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void writeSettings(ModelParameters target, String prefix) {
		target.putText(prefix + "name", NAME);
	}

	@Override
	public String toString() {
		return NAME;
	}

	private static float max(float[] values, int width) {
		float max = Float.NEGATIVE_INFINITY;
		for (int j = 0; j < width; j++) {
			max = Math.max(max, values[j]);
		}
		return max;
	}

	/** @return the index of the largest value, the first on ties */
	static int argMax(float[] values, int width) {
		int best = 0;
		for (int j = 1; j < width; j++) {
			if (values[j] > values[best]) {
				best = j;
			}
		}
		return best;
	}
}
