package org.edgewise.learn.network;

/**
 * An element-wise activation function with its derivative, written in terms of the function's output so that
 * back-propagation needs only what the forward pass kept.
 */
public enum Activation {

	/** Rectified linear unit, max(x, 0); derivative 1 where the output is positive, else 0. */
	RELU {
		@Override
		void forward(float[] x, float[] y, int size) {
			for (int j = 0; j < size; j++) {
				y[j] = Math.max(x[j], 0f);
			}
		}

		@Override
		void backward(float[] y, float[] dy, float[] dx, int size) {
			// y >= 0, so signum(y) is the derivative, 0 or 1; unlike a conditional, it vectorises.
			for (int j = 0; j < size; j++) {
				dx[j] = dy[j] * Math.signum(y[j]);
			}
		}
	},

	/** Hyperbolic tangent; derivative 1 - y<sup>2</sup>. */
	TANH {
		@Override
		void forward(float[] x, float[] y, int size) {
			for (int j = 0; j < size; j++) {
				y[j] = (float) Math.tanh(x[j]);
			}
		}

		@Override
		void backward(float[] y, float[] dy, float[] dx, int size) {
			for (int j = 0; j < size; j++) {
				dx[j] = dy[j] * (1f - y[j] * y[j]);
			}
		}
	},

	/** Logistic sigmoid 1 / (1 + e<sup>-x</sup>); derivative y (1 - y). */
	SIGMOID {
		@Override
		void forward(float[] x, float[] y, int size) {
			for (int j = 0; j < size; j++) {
				y[j] = (float) (1 / (1 + Math.exp(-x[j])));
			}
		}

		@Override
		void backward(float[] y, float[] dy, float[] dx, int size) {
			for (int j = 0; j < size; j++) {
				dx[j] = dy[j] * y[j] * (1f - y[j]);
			}
		}
	};

	/**
	 * @param x    one sample's inputs
	 * @param y    receives the outputs
	 * @param size the number of values
	 */
	abstract void forward(float[] x, float[] y, int size);

	/**
	 * @param y    the outputs of {@link #forward}
	 * @param dy   d loss / d y
	 * @param dx   receives d loss / d x
	 * @param size the number of values
	 */
	abstract void backward(float[] y, float[] dy, float[] dx, int size);

	/** @return the weight initialisation that keeps signal variance through a layer feeding this function */
	Initialisation initialisation() {
		return this == RELU ? Initialisation.HE : Initialisation.GLOROT;
	}
}
