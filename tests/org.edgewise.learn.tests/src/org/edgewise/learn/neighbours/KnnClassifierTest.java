package org.edgewise.learn.neighbours;

import static org.edgewise.learn.neighbours.NearestNeighboursTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;

class KnnClassifierTest {

	/**
	 * Class 0 at x = 0, 1, 2; class 1 at x = 10, 11; class 2 at x = 5 (one feature, so distances are plain
	 * differences).
	 */
	private static final double[][] ROWS = { { 0 }, { 1 }, { 2 }, { 10 }, { 11 }, { 5 } };
	private static final int[] LABELS = { 0, 0, 0, 1, 1, 2 };

	@Test
	void theMajorityOfTheNearestWinsAndTheSharesAreTheProbabilities() {
		KnnClassifier knn = KnnClassifier.fit(ROWS, LABELS, 3, Distance.EUCLIDEAN);
		assertEquals(1, knn.inputSize());
		assertEquals(3, knn.outputSize());
		// x = 3: nearest 2 (class 0) at distance 1, then 1 (class 0) and 5 (class 2) both at 2, the lower index
		// first: two votes for class 0, one for class 2.
		Vote vote = knn.vote(new double[][] { { 3 } })[0];
		assertEquals(0, vote.label());
		assertArrayEquals(new double[] { 2 / 3.0, 0, 1 / 3.0 }, vote.probabilities(), 1e-15);
		assertArrayEquals(new int[] { 2, 1, 5 }, vote.neighbours().indices());
		assertArrayEquals(new double[] { 1, 2, 2 }, vote.neighbours().distances(), 0);
		// x = 9: nearest 10, 11 (class 1) and 5 (class 2).
		assertArrayEquals(new int[] { 0, 1 }, knn.classify(new double[][] { { 3 }, { 9 } }));
		assertArrayEquals(new double[] { 0, 2 / 3.0, 1 / 3.0 }, knn.predict(new double[][] { { 9 } })[0], 1e-15);
	}

	@Test
	void aTiedVoteGoesToTheClassWithTheNearestMember() {
		KnnClassifier knn = KnnClassifier.fit(ROWS, LABELS, 2, Distance.EUCLIDEAN);
		// x = 4: nearest 5 (class 2, distance 1) and 2 (class 0, distance 2): one vote each, class 2 is nearer.
		assertEquals(2, knn.classify(new double[][] { { 4 } })[0]);
		// x = 3.25: nearest 2 (class 0, distance 1.25) and 5 (class 2, distance 1.75): class 0.
		assertEquals(0, knn.classify(new double[][] { { 3.25 } })[0]);
		// x = 3.5: 2 and 5 are both 1.5 away; the lower training index (2, class 0) ranks first and wins.
		Vote tie = knn.vote(new double[][] { { 3.5 } })[0];
		assertArrayEquals(new int[] { 2, 5 }, tie.neighbours().indices());
		assertEquals(0, tie.label());
	}

	@Test
	void aModelRebuiltFromItsParametersVotesIdentically() {
		Random random = new Random(9);
		double[][] rows = NearestNeighboursTest.uniform(random, 200, 12);
		int[] labels = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			labels[i] = rows[i][0] + rows[i][1] > 1 ? 1 : rows[i][2] > 0.5 ? 2 : 0;
		}
		KnnClassifier knn = KnnClassifier.fit(rows, labels, 5, Distance.CORRELATION);
		ModelParameters parameters = knn.parameters();
		KnnClassifier rebuilt = KnnClassifier.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		double[][] queries = NearestNeighboursTest.uniform(random, 30, 12);
		assertArrayEquals(knn.predict(queries), rebuilt.predict(queries));
		assertArrayEquals(knn.classify(queries), rebuilt.classify(queries));
		assertEquals(Distance.CORRELATION, rebuilt.distance());
		assertEquals(5, rebuilt.neighbours());
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		assertMessage("6 rows but 5 labels", () -> KnnClassifier.fit(ROWS, new int[5], 1, Distance.EUCLIDEAN));
		assertMessage("label 2 is negative: -1", () -> KnnClassifier.fit(ROWS, new int[] { 0, 0, -1, 1, 1, 1 }, 1, Distance.EUCLIDEAN));
		assertMessage("from 1 to 6 (the number of rows), got 7", () -> KnnClassifier.fit(ROWS, LABELS, 7, Distance.EUCLIDEAN));
		ModelParameters relabelled = new ModelParameters().putMatrix("rows", ROWS).putText("distance", "EUCLIDEAN")
				.putInts("labels", new int[] { 0, 0, 0, 1, 1, 3 }).putInts("classes", new int[] { 3 })
				.putInts("neighbours", new int[] { 1 });
		assertTrue(assertThrows(ModelFormatException.class, () -> KnnClassifier.fromParameters(relabelled)).getMessage()
				.contains("'labels' value 5 is 3, expected 0 to 2"));
	}
}
