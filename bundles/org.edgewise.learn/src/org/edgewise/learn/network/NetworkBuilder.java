package org.edgewise.learn.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes a network layer by layer, each layer taking the previous one's output; a head method (
 * {@link #softmax(int)} or {@link #linear(int, RegressionLoss)}) adds the output layer and returns the
 * network with its initial weights drawn from the builder's seed. Dense layers followed by ReLU start with He
 * weights, all others with Glorot weights.
 */
public final class NetworkBuilder {

	private final int inputSize;
	private final long seed;
	private final List<Layer> layers = new ArrayList<>();

	NetworkBuilder(int inputSize, long seed) {
		if (inputSize < 1) {
			throw new IllegalArgumentException("a network needs at least one input value, got " + inputSize);
		}
		this.inputSize = inputSize;
		this.seed = seed;
	}

	/** @return the number of values each sample has at the current end of the network */
	public int outputSize() {
		return layers.isEmpty() ? inputSize : layers.get(layers.size() - 1).outputSize();
	}

	/**
	 * Adds a fully connected layer and its activation.
	 *
	 * @param units      the number of outputs, at least 1
	 * @param activation the function applied to them
	 * @return this builder
	 * @throws IllegalArgumentException when units is below 1
	 */
	public NetworkBuilder dense(int units, Activation activation) {
		add(new Dense(outputSize(), units, activation.initialisation()));
		return activation(activation);
	}

	/**
	 * Adds an activation on its own, e.g. after a convolution.
	 *
	 * @param activation the function
	 * @return this builder
	 */
	public NetworkBuilder activation(Activation activation) {
		return add(new ActivationLayer(outputSize(), activation));
	}

	/**
	 * Adds inverted dropout.
	 *
	 * @param rate the probability of dropping a value while training, in [0, 1)
	 * @return this builder
	 * @throws IllegalArgumentException when the rate is outside [0, 1)
	 */
	public NetworkBuilder dropout(double rate) {
		return add(new Dropout(outputSize(), rate));
	}

	/**
	 * Adds any layer, such as a convolution.
	 *
	 * @param layer a layer whose input size is the current {@link #outputSize()}
	 * @return this builder
	 * @throws IllegalArgumentException when the layer's input size does not fit
	 */
	public NetworkBuilder add(Layer layer) {
		if (layer.inputSize() != outputSize()) {
			throw new IllegalArgumentException(layer + " takes " + layer.inputSize() + " values per sample, the network gives "
					+ outputSize() + " at this point");
		}
		layers.add(layer);
		return this;
	}

	/**
	 * Ends the network with a classification head: a dense layer of one logit per class, softmax and
	 * cross-entropy.
	 *
	 * @param classes the number of classes, at least 2
	 * @return the network, initialised
	 * @throws IllegalArgumentException when there are fewer than 2 classes
	 */
	public Network softmax(int classes) {
		if (classes < 2) {
			throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
		}
		return head(classes, new SoftmaxCrossEntropy());
	}

	/**
	 * Ends the network with a regression head: a dense layer whose outputs are the predictions.
	 *
	 * @param outputs the number of predicted values, at least 1
	 * @param loss    the training loss
	 * @return the network, initialised
	 * @throws IllegalArgumentException when outputs is below 1
	 */
	public Network linear(int outputs, RegressionLoss loss) {
		return head(outputs, loss);
	}

	private Network head(int outputs, Loss loss) {
		List<Layer> all = new ArrayList<>(layers);
		all.add(new Dense(outputSize(), outputs, Initialisation.GLOROT));
		Network network = new Network(inputSize, all, loss);
		network.initialise(seed);
		return network;
	}
}
