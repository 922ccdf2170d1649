package org.edgewise.learn.network;

/**
 * Labelled samples for training or validation: input rows and target rows (one-hot rows for classes), as
 * float rows. The rows are used as they are, not copied: do not modify them while a network trains on them.
 *
 * @param inputs  one row per sample, all of the same length
 * @param targets one row per sample, all of the same length
 */
public record Samples(float[][] inputs, float[][] targets) {

	/**
	 * @throws IllegalArgumentException when there are no samples, the counts differ, rows are ragged or a
	 *                                  value is not finite (the message names row and column)
	 */
	public Samples {
		if (inputs.length == 0 || inputs.length != targets.length) {
			throw new IllegalArgumentException("samples need as many target rows as input rows, at least one, got "
					+ inputs.length + " and " + targets.length);
		}
		requireRectangularFinite(inputs, "input");
		requireRectangularFinite(targets, "target");
	}

	/**
	 * @param inputs  input rows, converted to float
	 * @param targets target rows, converted to float
	 * @return the samples
	 * @throws IllegalArgumentException as the constructor
	 */
	public static Samples of(double[][] inputs, double[][] targets) {
		return new Samples(toFloat(inputs), toFloat(targets));
	}

	/**
	 * @param inputs  input rows, converted to float
	 * @param labels  the class of each row, from 0 to classes - 1
	 * @param classes the number of classes
	 * @return the samples with one-hot target rows
	 * @throws IllegalArgumentException when a label is out of range or the counts differ, or as the
	 *                                  constructor
	 */
	public static Samples ofClasses(double[][] inputs, int[] labels, int classes) {
		return new Samples(toFloat(inputs), oneHot(labels, classes));
	}

	/**
	 * @param labels  the class of each sample, from 0 to classes - 1
	 * @param classes the number of classes, at least 1
	 * @return one row per label, 1 at the label's index and 0 elsewhere
	 * @throws IllegalArgumentException when a label is out of range
	 */
	public static float[][] oneHot(int[] labels, int classes) {
		float[][] rows = new float[labels.length][classes];
		for (int r = 0; r < labels.length; r++) {
			if (labels[r] < 0 || labels[r] >= classes) {
				throw new IllegalArgumentException("label " + r + " is " + labels[r] + ", classes run from 0 to " + (classes - 1));
			}
			rows[r][labels[r]] = 1;
		}
		return rows;
	}

	/** @return the number of samples */
	public int size() {
		return inputs.length;
	}

	/**
	 * @param inputSize  the input row length a network needs
	 * @param outputSize the target row length it needs
	 * @throws IllegalArgumentException when the rows have other lengths
	 */
	void requireSizes(int inputSize, int outputSize) {
		if (inputs[0].length != inputSize || targets[0].length != outputSize) {
			throw new IllegalArgumentException("samples of " + inputs[0].length + " inputs and " + targets[0].length
					+ " targets do not fit a network of " + inputSize + " inputs and " + outputSize + " outputs");
		}
	}

	private static float[][] toFloat(double[][] rows) {
		float[][] converted = new float[rows.length][];
		for (int r = 0; r < rows.length; r++) {
			converted[r] = new float[rows[r].length];
			for (int j = 0; j < rows[r].length; j++) {
				converted[r][j] = (float) rows[r][j];
			}
		}
		return converted;
	}

	private static void requireRectangularFinite(float[][] rows, String what) {
		int length = rows[0].length;
		for (int r = 0; r < rows.length; r++) {
			if (rows[r].length != length) {
				throw new IllegalArgumentException(what + " row " + r + " has " + rows[r].length + " values, row 0 has " + length);
			}
			for (int j = 0; j < length; j++) {
				if (!Float.isFinite(rows[r][j])) {
					throw new IllegalArgumentException(what + " row " + r + " column " + j + " is " + rows[r][j]);
				}
			}
		}
	}
}
