package org.edgewise.learn.network;

/**
 * Stochastic gradient descent with momentum as PyTorch implements it (no dampening): with g the gradient,
 * b = momentum b + g (b = g at the first step) and p -= lr b. Momentum 0 gives plain gradient descent.
 *
 * @param learningRate the step size lr, positive
 * @param momentum     the decay of the velocity b, in [0, 1)
 */
public record Sgd(double learningRate, double momentum) implements Optimiser {

	/**
	 * @throws IllegalArgumentException when a setting is out of range
	 */
	public Sgd {
		if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("the learning rate must be positive and finite, got " + learningRate);
		}
		if (!(momentum >= 0 && momentum < 1)) {
			throw new IllegalArgumentException("the momentum must lie in [0, 1), got " + momentum);
		}
	}

	@Override
	public Optimiser.State start(float[][] parameters) {
		float[][] velocities = Rows.zerosLike(parameters);
		float rate = (float) learningRate;
		float decay = (float) momentum;
		return (p, g, step, fromRow, toRow) -> {
			// At the first step the velocity is zero, so b = momentum * 0 + g = g as PyTorch starts it.
			for (int i = fromRow; i < toRow; i++) {
				float[] b = velocities[i];
				float[] values = p[i];
				float[] gradient = g[i];
				for (int j = 0; j < values.length; j++) {
					b[j] = decay * b[j] + gradient[j];
					values[j] -= rate * b[j];
				}
			}
			if (step % Rows.FLUSH_INTERVAL == 0) {
				Rows.flushTiny(velocities, fromRow, toRow);
			}
		};
	}
}
