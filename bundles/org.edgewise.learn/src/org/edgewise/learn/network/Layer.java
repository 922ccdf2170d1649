package org.edgewise.learn.network;

import java.util.List;
import java.util.SplittableRandom;

import org.edgewise.learn.model.ModelParameters;

/**
 * One stage of a network: maps each sample's {@link #inputSize()} float values to {@link #outputSize()}
 * values, and back-propagates gradients through that map.
 * <p>
 * A block of samples is an array of rows, one float array per sample: sample {@code r} is {@code rows[r]},
 * of which the first {@code size} values count (arrays may be longer, and may hold more rows than
 * {@link Pass#rows()}). Multi-channel samples are flattened channel-major as in PyTorch: value {@code t} of
 * channel {@code c} is {@code row[c * length + t]}.
 * <p>
 * A layer holds only its configuration. The network holds every trainable parameter in one list of rows;
 * a layer's parameters are the rows {@code [offset, offset + parameterRows())} of that list, block after block
 * as {@link #parameterBlocks()} lists them; their gradients lie in the same rows of a gradient list of the
 * same shape. Everything that belongs to one batch (row count, training mode, dropout noise, scratch) arrives
 * in a {@link Pass}. So a layer keeps no per-batch state, and one layer object serves several threads at
 * once, each working on its own block of rows with its own activation, gradient and pass objects.
 * <p>
 * Why rows and not one flat array: HotSpot's C2 (up to JDK 25) vectorises a loop only when every array it
 * stores to and every array it loads from (of the same element type) is indexed by the same expression.
 * {@code c[j] += a * b[j]} on separate row arrays becomes SIMD code; {@code c[ci + j] += a * b[bi + j]} on
 * one flat array does not, and runs several times slower.
 * <p>
 * Implementations must not allocate per sample: scratch memory comes from {@link Pass#scratch(int, int, int)}.
 */
public interface Layer {

	/** @return the number of values in each input sample */
	int inputSize();

	/** @return the number of values in each output sample */
	int outputSize();

	/**
	 * @return the trainable parameter blocks, in the order their rows follow each other; empty for a layer
	 *         without parameters (activations, dropout, pooling)
	 */
	default List<ParameterBlock> parameterBlocks() {
		return List.of();
	}

	/** @return the number of parameter rows the layer occupies, the sum of its blocks' rows */
	default int parameterRows() {
		int rows = 0;
		for (ParameterBlock block : parameterBlocks()) {
			rows = Math.addExact(rows, block.rows());
		}
		return rows;
	}

	/**
	 * Writes the initial parameter values (for example He-normal weights and zero biases) into the layer's
	 * rows, which arrive allocated with the blocks' row lengths and filled with zeros. Layers without
	 * parameters do nothing.
	 *
	 * @param parameters the network's parameter rows
	 * @param offset     the index of the layer's first row
	 * @param random     the source of random numbers, seeded by the network builder
	 */
	default void initialise(float[][] parameters, int offset, SplittableRandom random) {
	}

	/**
	 * Computes the outputs of {@code pass.rows()} samples.
	 *
	 * @param parameters the network's parameter rows; only the layer's rows are read
	 * @param offset     the index of the layer's first parameter row
	 * @param input      the samples, {@link #inputSize()} values each; not modified
	 * @param output     receives {@link #outputSize()} values per sample (overwritten, never added to); its
	 *                   row arrays are never those of {@code input}
	 * @param pass       the batch context: rows, training mode, noise, scratch
	 */
	void forward(float[][] parameters, int offset, float[][] input, float[][] output, Pass pass);

	/**
	 * Back-propagates the gradient of the loss through the layer, for the same rows and pass as the preceding
	 * {@link #forward} call.
	 *
	 * @param parameters         the network's parameter rows, as in the forward call
	 * @param offset             the index of the layer's first parameter row
	 * @param input              the input of the forward call
	 * @param output             the output the forward call computed
	 * @param outputGradient     d loss / d output per sample; not modified
	 * @param inputGradient      receives d loss / d input per sample (overwritten); null when the layer is the
	 *                           network's first and nobody needs it, so the work can be skipped
	 * @param parameterGradients receives d loss / d parameter in the layer's rows (overwritten, never added to:
	 *                           the network sums the threads' gradients itself)
	 * @param pass               the batch context of the forward call
	 */
	void backward(float[][] parameters, int offset, float[][] input, float[][] output, float[][] outputGradient,
			float[][] inputGradient, float[][] parameterGradients, Pass pass);

	/**
	 * @return the layer kind as written in model files, e.g. "dense", "activation", "dropout", "conv1d",
	 *         "maxpool1d"
	 */
	String kind();

	/**
	 * Writes the settings that rebuild this layer (not its parameters, and not its input size, which is the
	 * previous layer's output size) as entries named {@code prefix + something}. The layer's class offers a
	 * static {@code read(ModelParameters, String prefix, int inputSize)} that rebuilds it.
	 *
	 * @param target where to write
	 * @param prefix the start of every entry name, e.g. "layer.3."
	 */
	void writeSettings(ModelParameters target, String prefix);
}
