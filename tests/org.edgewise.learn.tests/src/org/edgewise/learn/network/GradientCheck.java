package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

/**
 * Checks a layer's back-propagation against central finite differences. The layer's outputs are reduced to
 * the scalar L = &Sigma; c<sub>rj</sub> y<sub>rj</sub> with random coefficients c, summed in double precision;
 * backward() with output gradient c must then give dL/dx and dL/dw. Each difference quotient divides by the
 * step actually taken in float arithmetic, (float) (v + h) - (float) (v - h), so the comparison is limited only
 * by float rounding of the outputs and, for curved functions, by the step's second-order error.
 */
final class GradientCheck {

	private final Layer layer;
	private final int rows;
	private final float[][] parameters;
	private final float[][] inputs;
	private final float[][] coefficients;
	private final long noiseSeed;
	private final boolean training;

	/**
	 * @param layer    the layer under test
	 * @param rows     how many samples
	 * @param seed     seeds the inputs, parameters and coefficients
	 * @param training whether to run in training mode (dropout active, with a fixed noise seed)
	 */
	GradientCheck(Layer layer, int rows, long seed, boolean training) {
		this.layer = layer;
		this.rows = rows;
		this.training = training;
		SplittableRandom random = new SplittableRandom(seed);
		this.noiseSeed = random.nextLong();
		this.parameters = allocate(layer);
		layer.initialise(parameters, 0, random);
		// Perturb initial values (biases start at zero) so that every parameter matters.
		for (float[] row : parameters) {
			for (int j = 0; j < row.length; j++) {
				row[j] += (float) random.nextDouble(-0.5, 0.5);
			}
		}
		this.inputs = new float[rows][layer.inputSize()];
		for (float[] row : inputs) {
			for (int j = 0; j < row.length; j++) {
				// Magnitudes from 0.1 keep ReLU inputs away from the kink at 0 for any step up to 0.05.
				row[j] = (float) (random.nextDouble(0.1, 1) * (random.nextBoolean() ? 1 : -1));
			}
		}
		this.coefficients = new float[rows][layer.outputSize()];
		for (float[] row : coefficients) {
			for (int j = 0; j < row.length; j++) {
				row[j] = (float) random.nextDouble(-1, 1);
			}
		}
	}

	/** @return zero parameter rows laid out as the layer's blocks say */
	static float[][] allocate(Layer layer) {
		float[][] rows = new float[layer.parameterRows()][];
		int row = 0;
		for (ParameterBlock block : layer.parameterBlocks()) {
			for (int r = 0; r < block.rows(); r++) {
				rows[row++] = new float[block.columns()];
			}
		}
		return rows;
	}

	/** @return the inputs, which a test may overwrite before {@link #assertGradients} */
	float[][] inputs() {
		return inputs;
	}

	/**
	 * Asserts that every analytic input and parameter gradient matches its difference quotient:
	 * |numeric - analytic| &le; relative (|numeric| + |analytic|) + absolute.
	 *
	 * @param step     the finite-difference step h
	 * @param relative the relative tolerance
	 * @param absolute the absolute tolerance
	 */
	void assertGradients(double step, double relative, double absolute) {
		float[][] inputGradient = new float[rows][layer.inputSize()];
		float[][] parameterGradients = allocate(layer);
		Pass pass = new Pass().start(rows, training, noiseSeed, 0);
		float[][] outputs = new float[rows][layer.outputSize()];
		layer.forward(parameters, 0, inputs, outputs, pass);
		layer.backward(parameters, 0, inputs, outputs, coefficients, inputGradient, parameterGradients, pass);
		compare("input", inputs, inputGradient, step, relative, absolute);
		compare("parameter", parameters, parameterGradients, step, relative, absolute);
	}

	private void compare(String what, float[][] values, float[][] analytic, double step, double relative, double absolute) {
		for (int r = 0; r < values.length; r++) {
			for (int j = 0; j < values[r].length; j++) {
				float original = values[r][j];
				float above = (float) (original + step);
				float below = (float) (original - step);
				values[r][j] = above;
				double upper = objective();
				values[r][j] = below;
				double lower = objective();
				values[r][j] = original;
				double numeric = (upper - lower) / ((double) above - below);
				double error = Math.abs(numeric - analytic[r][j]);
				assertTrue(error <= relative * (Math.abs(numeric) + Math.abs(analytic[r][j])) + absolute,
						layer + ": " + what + " [" + r + "][" + j + "] gradient " + analytic[r][j] + ", finite difference " + numeric);
			}
		}
	}

	/** @return L = sum of coefficient times output, in double precision */
	private double objective() {
		float[][] outputs = new float[rows][layer.outputSize()];
		layer.forward(parameters, 0, inputs, outputs, new Pass().start(rows, training, noiseSeed, 0));
		double sum = 0;
		for (int r = 0; r < rows; r++) {
			for (int j = 0; j < layer.outputSize(); j++) {
				sum += (double) coefficients[r][j] * outputs[r][j];
			}
		}
		return sum;
	}
}
