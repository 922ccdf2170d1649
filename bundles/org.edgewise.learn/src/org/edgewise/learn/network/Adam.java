package org.edgewise.learn.network;

/**
 * Adam (Kingma and Ba 2015) as PyTorch implements it: with g the gradient, m = &beta;<sub>1</sub> m + (1 -
 * &beta;<sub>1</sub>) g, v = &beta;<sub>2</sub> v + (1 - &beta;<sub>2</sub>) g<sup>2</sup>, and the step
 * p -= lr m / (1 - &beta;<sub>1</sub><sup>t</sup>) / (sqrt(v) / sqrt(1 - &beta;<sub>2</sub><sup>t</sup>) +
 * &epsilon;).
 *
 * @param learningRate the step size lr, positive
 * @param beta1        the decay of the first-moment estimate, in [0, 1)
 * @param beta2        the decay of the second-moment estimate, in [0, 1)
 * @param epsilon      added to the root of the second moment, positive
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimiser {

	/**
	 * @throws IllegalArgumentException when a setting is out of range
	 */
	public Adam {
		if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("the learning rate must be positive and finite, got " + learningRate);
		}
		if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) {
			throw new IllegalArgumentException("Adam's betas must lie in [0, 1), got " + beta1 + " and " + beta2);
		}
		if (!(epsilon > 0 && epsilon < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("Adam's epsilon must be positive and finite, got " + epsilon);
		}
	}

	/**
	 * @param learningRate the step size, positive
	 * @return Adam with PyTorch's defaults otherwise: betas 0.9 and 0.999, epsilon 1e-8
	 */
	public static Adam withLearningRate(double learningRate) {
		return new Adam(learningRate, 0.9, 0.999, 1e-8);
	}

	/** @return Adam with PyTorch's defaults: learning rate 1e-3, betas 0.9 and 0.999, epsilon 1e-8 */
	public static Adam defaults() {
		return withLearningRate(1e-3);
	}

	@Override
	public Optimiser.State start(float[][] parameters) {
		return new State(Rows.zerosLike(parameters), Rows.zerosLike(parameters));
	}

	/** The first and second moment estimates. */
	private final class State implements Optimiser.State {

		private final float[][] firstMoments;
		private final float[][] secondMoments;

		State(float[][] firstMoments, float[][] secondMoments) {
			this.firstMoments = firstMoments;
			this.secondMoments = secondMoments;
		}

		@Override
		public void update(float[][] parameters, float[][] gradients, int step, int fromRow, int toRow) {
			float decay1 = (float) beta1;
			float decay2 = (float) beta2;
			float rest1 = (float) (1 - beta1);
			float rest2 = (float) (1 - beta2);
			float stepSize = (float) (learningRate / (1 - Math.pow(beta1, step)));
			float rootCorrection = (float) (1 / Math.sqrt(1 - Math.pow(beta2, step)));
			float eps = (float) epsilon;
			for (int i = fromRow; i < toRow; i++) {
				float[] p = parameters[i];
				float[] g = gradients[i];
				float[] m = firstMoments[i];
				float[] v = secondMoments[i];
				for (int j = 0; j < p.length; j++) {
					m[j] = decay1 * m[j] + rest1 * g[j];
					v[j] = decay2 * v[j] + rest2 * g[j] * g[j];
					p[j] -= stepSize * m[j] / ((float) Math.sqrt(v[j]) * rootCorrection + eps);
				}
			}
			if (step % Rows.FLUSH_INTERVAL == 0) {
				Rows.flushTiny(firstMoments, fromRow, toRow);
				Rows.flushTiny(secondMoments, fromRow, toRow);
			}
		}
	}
}
