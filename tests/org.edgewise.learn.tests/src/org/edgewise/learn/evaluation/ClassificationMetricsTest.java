package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

	@Test
	void handComputedTwoClassExample() {
		// Two classes, 5 samples: truth 0 0 1 1 1, predicted 0 1 1 1 0.
		// Confusion [[1, 1], [1, 2]]. Class 0: precision 1/2, recall 1/2, F1 1/2.
		// Class 1: precision 2/3, recall 2/3, F1 2/3. Macro F1 (1/2 + 2/3) / 2 = 7/12; accuracy 3/5.
		ClassificationMetrics metrics = ClassificationMetrics.of(new int[] { 0, 0, 1, 1, 1 }, new int[] { 0, 1, 1, 1, 0 }, 2);
		assertArrayEquals(new int[][] { { 1, 1 }, { 1, 2 } }, metrics.confusionMatrix());
		assertArrayEquals(new double[] { 0.5, 2.0 / 3 }, metrics.precision(), 1e-15);
		assertArrayEquals(new double[] { 0.5, 2.0 / 3 }, metrics.recall(), 1e-15);
		assertArrayEquals(new double[] { 0.5, 2.0 / 3 }, metrics.f1(), 1e-15);
		assertEquals(7.0 / 12, metrics.macroF1(), 1e-15);
		assertEquals(0.6, metrics.accuracy(), 1e-15);
		assertArrayEquals(new int[] { 2, 3 }, metrics.support());
		assertEquals(5, metrics.sampleCount());
	}

	@Test
	void agreesWithScikitLearn() {
		int[] actual = { 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 0, 1, 2 };
		int[] predicted = { 0, 1, 0, 0, 1, 2, 1, 2, 2, 0, 2, 1, 0, 1, 2 };
		ClassificationMetrics metrics = ClassificationMetrics.of(actual, predicted, 3);
		// scikit-learn 1.2.1, sklearn.metrics on these labels with labels=[0, 1, 2]: confusion_matrix,
		// precision_recall_fscore_support, f1_score(average="macro") and accuracy_score.
		assertArrayEquals(new int[][] { { 4, 1, 0 }, { 0, 3, 1 }, { 1, 1, 4 } }, metrics.confusionMatrix());
		assertArrayEquals(new double[] { 0.8, 0.6, 0.8 }, metrics.precision(), 1e-15);
		assertArrayEquals(new double[] { 0.8, 0.75, 0.6666666666666666 }, metrics.recall(), 1e-15);
		assertArrayEquals(new double[] { 0.8000000000000002, 0.6666666666666665, 0.7272727272727272 }, metrics.f1(), 1e-15);
		assertArrayEquals(new int[] { 5, 4, 6 }, metrics.support());
		assertEquals(0.7313131313131312, metrics.macroF1(), 1e-15);
		assertEquals(0.7333333333333333, metrics.accuracy(), 1e-15);
	}

	@Test
	void ratiosWithAZeroDenominatorAreZeroAsScikitLearnsDefault() {
		// Class 2 is never predicted (precision 0/0) and class 3 never occurs (recall 0/0 as well).
		ClassificationMetrics metrics = ClassificationMetrics.of(new int[] { 0, 1, 2, 2, 1, 0 }, new int[] { 0, 1, 1, 0, 1, 0 }, 4);
		// scikit-learn 1.2.1, precision_recall_fscore_support and f1_score(average="macro") with
		// labels=[0, 1, 2, 3] and the default zero_division ("warn", which scores 0).
		assertArrayEquals(new double[] { 0.6666666666666666, 0.6666666666666666, 0, 0 }, metrics.precision(), 1e-15);
		assertArrayEquals(new double[] { 1, 1, 0, 0 }, metrics.recall(), 1e-15);
		assertArrayEquals(new double[] { 0.8, 0.8, 0, 0 }, metrics.f1(), 1e-15);
		assertEquals(0.4, metrics.macroF1(), 1e-15);
		assertEquals(0.6666666666666666, metrics.accuracy(), 1e-15);
	}

	@Test
	void macroF1WeighsARareClassAsMuchAsTheDominantOne() {
		// 90 samples of class 0 and 10 of class 1; a model that always says 0 is 90 % accurate but useless.
		int[] actual = new int[100];
		for (int i = 90; i < 100; i++) {
			actual[i] = 1;
		}
		ClassificationMetrics alwaysZero = ClassificationMetrics.of(actual, new int[100], 2);
		assertEquals(0.9, alwaysZero.accuracy(), 1e-15);
		// F1 of class 0: precision 0.9, recall 1, F1 2 * 0.9 / 1.9; class 1 scores 0.
		assertEquals(0.9 / 1.9, alwaysZero.macroF1(), 1e-15);
	}

	@Test
	void predictedClassesComeFromTheLargestScore() {
		double[][] probabilities = { { 0.7, 0.2, 0.1 }, { 0.1, 0.3, 0.6 }, { 0.4, 0.4, 0.2 } };
		// The tie in the last row goes to the first class, as NumPy's argmax.
		assertArrayEquals(new int[] { 0, 2, 0 }, OneHot.decode(probabilities));
		ClassificationMetrics metrics = ClassificationMetrics.ofScores(new int[] { 0, 2, 1 }, probabilities);
		assertEquals(2.0 / 3, metrics.accuracy(), 1e-15);
		assertArrayEquals(new double[][] { { 0, 1, 0 }, { 1, 0, 0 } }, OneHot.encode(new int[] { 1, 0 }, 3));
	}

	@Test
	void badLabelsAreRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ClassificationMetrics.of(new int[] { 0, 3 }, new int[] { 0, 1 }, 3));
		assertTrue(e.getMessage().contains("label 1 is 3, expected 0 to 2"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.of(new int[] { 0 }, new int[] { 0, 1 }, 2));
		assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.of(new int[0], new int[0], 2));
		assertThrows(IllegalArgumentException.class, () -> OneHot.decode(new double[][] { { 0.5, Double.NaN } }));
	}
}
