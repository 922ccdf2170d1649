package org.edgewise.learn.network;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.edgewise.learn.internal.FloatMatrices;
import org.edgewise.learn.model.ModelParameters;

/**
 * A fully connected layer: y = x W + b for each sample, with W of shape [inputs, outputs] (row {@code i} holds
 * the weights from input {@code i} to every output; the transpose of PyTorch's {@code Linear.weight}) and b
 * of length outputs. Parameter blocks: "weights" [inputs, outputs] (decayed), then "biases" [outputs].
 */
public final class Dense implements Layer {

	/** The layer kind in model files. */
	public static final String KIND = "dense";

	private final int inputs;
	private final int outputs;
	private final Initialisation initialisation;

	/**
	 * @param inputs         values per input sample, at least 1
	 * @param outputs        values per output sample (units), at least 1
	 * @param initialisation how {@link #initialise} draws the weights; biases start at zero
	 * @throws IllegalArgumentException when a size is below 1
	 */
	public Dense(int inputs, int outputs, Initialisation initialisation) {
		if (inputs < 1 || outputs < 1) {
			throw new IllegalArgumentException("a dense layer needs at least one input and output, got " + inputs + " -> " + outputs);
		}
		this.inputs = inputs;
		this.outputs = outputs;
		this.initialisation = initialisation;
	}

	/**
	 * Rebuilds a layer from {@link #writeSettings}.
	 *
	 * @param source    the model parameters
	 * @param prefix    the layer's entry prefix
	 * @param inputSize the previous layer's output size
	 * @return the layer (its initialisation is irrelevant once parameters are loaded; He is assumed)
	 * @throws IllegalArgumentException when the unit count is missing or not positive
	 */
	public static Dense read(ModelParameters source, String prefix, int inputSize) {
		return new Dense(inputSize, source.ints(prefix + "units", 1)[0], Initialisation.HE);
	}

	@Override
	public int inputSize() {
		return inputs;
	}

	@Override
	public int outputSize() {
		return outputs;
	}

	@Override
	public List<ParameterBlock> parameterBlocks() {
		return List.of(new ParameterBlock("weights", new int[] { inputs, outputs }, true),
				new ParameterBlock("biases", new int[] { outputs }, false));
	}

	@Override
	public void initialise(float[][] parameters, int offset, SplittableRandom random) {
		initialisation.fill(parameters, offset, inputs, outputs, inputs, outputs, random);
	}

	@Override
	public void forward(float[][] parameters, int offset, float[][] input, float[][] output, Pass pass) {
		int rows = pass.rows();
		float[] biases = parameters[offset + inputs];
		for (int r = 0; r < rows; r++) {
			System.arraycopy(biases, 0, output[r], 0, outputs);
		}
		FloatMatrices.addProduct(input, 0, parameters, offset, output, 0, rows, inputs, outputs);
	}

	@Override
	public void backward(float[][] parameters, int offset, float[][] input, float[][] output, float[][] outputGradient,
			float[][] inputGradient, float[][] parameterGradients, Pass pass) {
		int rows = pass.rows();
		// dW = x^T dy: transposing the few batch rows lets the product run over contiguous output columns.
		float[][] inputsByRow = pass.scratch(0, inputs, rows);
		FloatMatrices.transpose(input, 0, rows, inputs, inputsByRow, 0);
		for (int i = 0; i < inputs; i++) {
			Arrays.fill(parameterGradients[offset + i], 0, outputs, 0f);
		}
		FloatMatrices.addProduct(inputsByRow, 0, outputGradient, 0, parameterGradients, offset, inputs, rows, outputs);

		float[] biasGradient = parameterGradients[offset + inputs];
		Arrays.fill(biasGradient, 0, outputs, 0f);
		for (int r = 0; r < rows; r++) {
			float[] dy = outputGradient[r];
			for (int j = 0; j < outputs; j++) {
				biasGradient[j] += dy[j];
			}
		}

		if (inputGradient != null) {
			// dx = dy W^T, as a product with the transposed weights.
			float[][] transposedWeights = pass.scratch(1, outputs, inputs);
			FloatMatrices.transpose(parameters, offset, inputs, outputs, transposedWeights, 0);
			for (int r = 0; r < rows; r++) {
				Arrays.fill(inputGradient[r], 0, inputs, 0f);
			}
			FloatMatrices.addProduct(outputGradient, 0, transposedWeights, 0, inputGradient, 0, rows, outputs, inputs);
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public void writeSettings(ModelParameters target, String prefix) {
		target.putInts(prefix + "units", new int[] { outputs });
	}

	@Override
	public String toString() {
		return "Dense(" + inputs + " -> " + outputs + ")";
	}
}
