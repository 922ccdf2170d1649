package org.edgewise.learn.evaluation;

/**
 * Converts between class labels (0 for the first class) and target rows with one value per class, the
 * form a classifier trains on and predicts (probabilities, or any scores where larger means more likely).
 */
public final class OneHot {

	private OneHot() {
	}

	/**
	 * @param labels     one class label per sample, each from 0 to {@code classCount - 1}
	 * @param classCount the number of classes, at least 2
	 * @return one row of {@code classCount} values per sample: 1 at the label's position, 0 elsewhere
	 * @throws IllegalArgumentException when {@code classCount} is below 2 or a label is out of range
	 */
	public static double[][] encode(int[] labels, int classCount) {
		checkLabels(labels, classCount);
		double[][] rows = new double[labels.length][classCount];
		for (int i = 0; i < labels.length; i++) {
			rows[i][labels[i]] = 1;
		}
		return rows;
	}

	/**
	 * @param scores one row of per-class scores per sample, all rows of the same length; not modified
	 * @return per sample, the position of its largest score; the first on a tie (as NumPy's argmax)
	 * @throws IllegalArgumentException when the rows are ragged or hold NaN
	 */
	public static int[] decode(double[][] scores) {
		int classCount = Rows.checkRectangular(scores, "score");
		int[] labels = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			int best = 0;
			for (int c = 0; c < classCount; c++) {
				if (Double.isNaN(scores[i][c])) {
					throw new IllegalArgumentException("score row " + i + ", class " + c + " is NaN");
				}
				if (scores[i][c] > scores[i][best]) {
					best = c;
				}
			}
			labels[i] = best;
		}
		return labels;
	}

	/**
	 * @param labels     class labels
	 * @param classCount the number of classes
	 * @throws IllegalArgumentException when {@code classCount} is below 2 or a label is outside 0 to
	 *                                  {@code classCount - 1}; the message names the first such label
	 */
	static void checkLabels(int[] labels, int classCount) {
		if (classCount < 2) {
			throw new IllegalArgumentException("there must be at least 2 classes, got " + classCount);
		}
		for (int i = 0; i < labels.length; i++) {
			if (labels[i] < 0 || labels[i] >= classCount) {
				throw new IllegalArgumentException("label " + i + " is " + labels[i] + ", expected 0 to " + (classCount - 1));
			}
		}
	}
}
