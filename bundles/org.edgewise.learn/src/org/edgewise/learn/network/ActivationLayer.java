package org.edgewise.learn.network;

import org.edgewise.learn.model.ModelParameters;

/** Applies an {@link Activation} to every value of every sample; no parameters. */
public final class ActivationLayer implements Layer {

	/** The layer kind in model files. */
	public static final String KIND = "activation";

	private final int size;
	private final Activation activation;

	/**
	 * @param size       values per sample, at least 1
	 * @param activation the function
	 * @throws IllegalArgumentException when the size is below 1
	 */
	public ActivationLayer(int size, Activation activation) {
		if (size < 1) {
			throw new IllegalArgumentException("an activation layer needs at least one value per sample, got " + size);
		}
		this.size = size;
		this.activation = activation;
	}

	/**
	 * Rebuilds a layer from {@link #writeSettings}.
	 *
	 * @param source    the model parameters
	 * @param prefix    the layer's entry prefix
	 * @param inputSize the previous layer's output size
	 * @return the layer
	 * @throws IllegalArgumentException when the function's name is missing or unknown
	 */
	public static ActivationLayer read(ModelParameters source, String prefix, int inputSize) {
		String name = source.text(prefix + "function");
		try {
			return new ActivationLayer(inputSize, Activation.valueOf(name));
		} catch (IllegalArgumentException unknown) {
			throw new IllegalArgumentException("unknown activation '" + name + "' in '" + prefix + "function'", unknown);
		}
	}

	/** @return the function */
	public Activation activation() {
		return activation;
	}

	@Override
	public int inputSize() {
		return size;
	}

	@Override
	public int outputSize() {
		return size;
	}

	@Override
	public void forward(float[][] parameters, int offset, float[][] input, float[][] output, Pass pass) {
		for (int r = 0; r < pass.rows(); r++) {
			activation.forward(input[r], output[r], size);
		}
	}

	@Override
	public void backward(float[][] parameters, int offset, float[][] input, float[][] output, float[][] outputGradient,
			float[][] inputGradient, float[][] parameterGradients, Pass pass) {
		if (inputGradient == null) {
			return;
		}
		for (int r = 0; r < pass.rows(); r++) {
			activation.backward(output[r], outputGradient[r], inputGradient[r], size);
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public void writeSettings(ModelParameters target, String prefix) {
		target.putText(prefix + "function", activation.name());
	}

	@Override
	public String toString() {
		return activation.name();
	}
}
