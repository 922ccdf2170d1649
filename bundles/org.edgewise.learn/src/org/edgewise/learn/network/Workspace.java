package org.edgewise.learn.network;

import java.util.List;

/**
 * The buffers for propagating a block of up to {@code capacity} rows through a network on one thread: every
 * layer's outputs, their gradients, the parameter gradients and the {@link Pass}. Made once per thread and
 * reused, so propagation allocates nothing.
 */
final class Workspace {

	private final Network network;
	private final List<Layer> layers;
	private final float[][] inputs;
	/** values[l + 1] is the output of layer l; values[0] is {@link #inputs}. */
	private final float[][][] values;
	/** gradients[l] is d loss / d values[l]; gradients[0] stays null, the inputs need none. */
	private final float[][][] gradients;
	private final float[][] parameterGradients;
	private final Pass pass = new Pass();

	/**
	 * @param network   the network to propagate through
	 * @param capacity  the most rows one call handles
	 * @param trainable whether to allocate the buffers of back-propagation
	 */
	Workspace(Network network, int capacity, boolean trainable) {
		this.network = network;
		this.layers = network.layers();
		this.inputs = new float[capacity][];
		this.values = new float[layers.size() + 1][][];
		this.gradients = new float[layers.size() + 1][][];
		values[0] = inputs;
		for (int l = 0; l < layers.size(); l++) {
			int size = layers.get(l).outputSize();
			values[l + 1] = new float[capacity][size];
			if (trainable) {
				gradients[l + 1] = new float[capacity][size];
			}
		}
		this.parameterGradients = trainable ? Rows.zerosLike(network.parameterRows()) : null;
	}

	/** @return the array of input rows; the caller points its first rows at the samples to propagate */
	float[][] inputs() {
		return inputs;
	}

	/** @return the parameter gradients of the last {@link #backward} call, shaped like the parameter rows */
	float[][] parameterGradients() {
		return parameterGradients;
	}

	/**
	 * Runs the layers forward over the first {@code rows} input rows.
	 *
	 * @param rows        how many rows
	 * @param training    whether dropout is active
	 * @param noiseSeed   the dropout seed of the training step
	 * @param firstSample the index of the first row within the whole mini-batch
	 * @return the network's raw outputs, one row per input row (valid until the next call)
	 */
	float[][] forward(int rows, boolean training, long noiseSeed, int firstSample) {
		pass.start(rows, training, noiseSeed, firstSample);
		float[][] parameters = network.parameterRows();
		for (int l = 0; l < layers.size(); l++) {
			pass.enterLayer(l);
			layers.get(l).forward(parameters, network.offset(l), values[l], values[l + 1], pass);
		}
		return values[layers.size()];
	}

	/**
	 * Evaluates the loss of the last forward pass and back-propagates its gradient into
	 * {@link #parameterGradients()}.
	 *
	 * @param targets       the target rows of the forward pass's rows
	 * @param gradientScale the factor of the per-sample loss gradients, 1 / (rows in the mini-batch)
	 * @return the sum of the per-sample losses of these rows
	 */
	double backward(float[][] targets, float gradientScale) {
		int last = layers.size();
		double loss = network.loss().evaluate(values[last], targets, pass.rows(), network.outputSize(), gradients[last],
				gradientScale);
		float[][] parameters = network.parameterRows();
		for (int l = last - 1; l >= 0; l--) {
			pass.enterLayer(l);
			layers.get(l).backward(parameters, network.offset(l), values[l], values[l + 1], gradients[l + 1],
					gradients[l], parameterGradients, pass);
		}
		return loss;
	}
}
