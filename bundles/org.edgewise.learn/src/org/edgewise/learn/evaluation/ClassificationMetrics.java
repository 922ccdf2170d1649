package org.edgewise.learn.evaluation;

import java.util.Arrays;

/**
 * How well predicted class labels match the true ones: the confusion matrix and what follows from it.
 * Classes are numbered 0 to {@code classCount - 1}.
 * <p>
 * For class c, precision is the share of samples predicted as c that are c, recall the share of samples
 * of class c predicted as c, and F1 their harmonic mean 2 P R / (P + R). A ratio whose denominator is
 * zero (no sample predicted as c, no sample of class c, or P + R = 0) is 0, as scikit-learn's default
 * {@code zero_division}. Macro F1 is the plain mean of the per-class F1 over all {@code classCount}
 * classes, one class against all others (Carbone et al.); it equals scikit-learn's
 * {@code f1_score(average="macro", labels=range(classCount))}, which also counts a class absent from
 * both the truth and the predictions, with F1 0. Immutable; arrays are returned as copies.
 */
public final class ClassificationMetrics {

	private final int[][] confusion;

	private ClassificationMetrics(int[][] confusion) {
		this.confusion = confusion;
	}

	/**
	 * @param actual     the true label of each sample, from 0 to {@code classCount - 1}
	 * @param predicted  the predicted label of each sample, as many as {@code actual}
	 * @param classCount the number of classes, at least 2
	 * @return the metrics
	 * @throws IllegalArgumentException when the arrays differ in length or are empty, or a label is out of range
	 */
	public static ClassificationMetrics of(int[] actual, int[] predicted, int classCount) {
		if (actual.length != predicted.length || actual.length == 0) {
			throw new IllegalArgumentException("need as many predicted as true labels, at least one, got "
					+ predicted.length + " and " + actual.length);
		}
		OneHot.checkLabels(actual, classCount);
		OneHot.checkLabels(predicted, classCount);
		int[][] confusion = new int[classCount][classCount];
		for (int i = 0; i < actual.length; i++) {
			confusion[actual[i]][predicted[i]]++;
		}
		return new ClassificationMetrics(confusion);
	}

	/**
	 * @param actual the true label of each sample, from 0 to {@code scores[0].length - 1}
	 * @param scores one row of class probabilities (or scores) per sample, as a classifier predicts them; the
	 *               predicted class is the largest score ({@link OneHot#decode})
	 * @return the metrics over {@code scores[0].length} classes
	 * @throws IllegalArgumentException as {@link #of} and {@link OneHot#decode}
	 */
	public static ClassificationMetrics ofScores(int[] actual, double[][] scores) {
		return of(actual, OneHot.decode(scores), scores[0].length);
	}

	/** @return the number of classes */
	public int classCount() {
		return confusion.length;
	}

	/** @return the number of samples */
	public int sampleCount() {
		return Arrays.stream(confusion).flatMapToInt(Arrays::stream).sum();
	}

	/**
	 * @return the confusion matrix: entry [a][p] counts the samples of class a predicted as class p (rows
	 *         true, columns predicted, as scikit-learn); a copy
	 */
	public int[][] confusionMatrix() {
		return Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
	}

	/** @return per class, the number of samples truly of that class (the row sums) */
	public int[] support() {
		return Arrays.stream(confusion).mapToInt(row -> Arrays.stream(row).sum()).toArray();
	}

	/** @return per class, the share of samples predicted as that class which belong to it; 0 when none was predicted */
	public double[] precision() {
		double[] precision = new double[classCount()];
		for (int c = 0; c < precision.length; c++) {
			int predictedAsC = 0;
			for (int[] row : confusion) {
				predictedAsC += row[c];
			}
			precision[c] = ratio(confusion[c][c], predictedAsC);
		}
		return precision;
	}

	/** @return per class, the share of its samples predicted correctly; 0 for a class without samples */
	public double[] recall() {
		int[] support = support();
		double[] recall = new double[classCount()];
		for (int c = 0; c < recall.length; c++) {
			recall[c] = ratio(confusion[c][c], support[c]);
		}
		return recall;
	}

	/** @return per class, the harmonic mean of precision and recall; 0 when both are 0 */
	public double[] f1() {
		double[] precision = precision();
		double[] recall = recall();
		double[] f1 = new double[classCount()];
		for (int c = 0; c < f1.length; c++) {
			double sum = precision[c] + recall[c];
			f1[c] = sum == 0 ? 0 : 2 * precision[c] * recall[c] / sum;
		}
		return f1;
	}

	/** @return the mean F1 over all classes, each class weighing the same however rare it is */
	public double macroF1() {
		return Statistics.mean(f1());
	}

	/** @return the share of samples predicted correctly (misleading when one class dominates; prefer macro F1) */
	public double accuracy() {
		int correct = 0;
		for (int c = 0; c < confusion.length; c++) {
			correct += confusion[c][c];
		}
		return (double) correct / sampleCount();
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}
}
