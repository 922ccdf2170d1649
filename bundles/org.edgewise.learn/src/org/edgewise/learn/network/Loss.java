package org.edgewise.learn.network;

import org.edgewise.learn.model.ModelParameters;

/**
 * The training objective of a network, together with the transformation its raw outputs undergo before they
 * are returned as predictions (softmax for a classifier, none for a regressor) and a score for validation.
 * <p>
 * Targets have as many values per sample as the network has outputs (one-hot rows for classes). The loss of
 * a batch is the mean of its samples' losses, so every implementation defines a per-sample loss.
 */
public interface Loss {

	/**
	 * Sums the per-sample losses of a block of rows and, when asked, their gradients.
	 *
	 * @param outputs       the network's raw outputs (logits for a classifier), {@code width} values per row
	 * @param targets       the targets, {@code width} values per row
	 * @param rows          how many rows to evaluate
	 * @param width         the number of outputs per row
	 * @param gradient      receives d(per-sample loss)/d output times {@code gradientScale} per row; null to skip
	 * @param gradientScale the factor for the gradients, typically 1 / (rows in the whole mini-batch)
	 * @return the sum of the per-sample losses, in double precision
	 */
	double evaluate(float[][] outputs, float[][] targets, int rows, int width, float[][] gradient, float gradientScale);

	/**
	 * Turns raw outputs into predictions in place.
	 *
	 * @param outputs one sample's raw outputs
	 * @param width   the number of outputs
	 */
	void activate(float[] outputs, int width);

	/**
	 * @param prediction one sample's prediction (after {@link #activate})
	 * @param target     its target
	 * @param width      the number of outputs
	 * @return the sample's contribution to the validation score, which is the mean over samples
	 */
	double score(float[] prediction, float[] target, int width);

	/** @return what {@link #score} measures, e.g. "accuracy" */
	String scoreName();

	/** @return the loss's name in model files */
	String name();

	/**
	 * Writes the loss's name and settings as entries starting with {@code prefix}.
	 *
	 * @param target where to write
	 * @param prefix the start of the entry names
	 */
	void writeSettings(ModelParameters target, String prefix);

	/**
	 * Rebuilds a loss from {@link #writeSettings}.
	 *
	 * @param source the model parameters
	 * @param prefix the start of the entry names
	 * @return the loss
	 * @throws IllegalArgumentException when the name is unknown or a setting missing or invalid
	 */
	static Loss read(ModelParameters source, String prefix) {
		String name = source.text(prefix + "name");
		return switch (name) {
		case SoftmaxCrossEntropy.NAME -> new SoftmaxCrossEntropy();
		default -> RegressionLoss.read(source, prefix, name);
		};
	}
}
