package org.edgewise.learn.neighbours;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NearestNeighboursTest {

	/** Five points on a line at 0, 1, 3, 6 and 10 (in the first of two features; the second is constant). */
	private static final double[][] LINE = { { 0, 2 }, { 1, 2 }, { 3, 2 }, { 6, 2 }, { 10, 2 } };

	@Test
	void neighboursOfPointsOnALineComeNearestFirstWithTheirDistances() {
		NearestNeighbours index = NearestNeighbours.of(LINE, Distance.EUCLIDEAN);
		Neighbours near = index.query(new double[][] { { 5, 2 } }, 3)[0];
		assertArrayEquals(new int[] { 3, 2, 1 }, near.indices());
		assertArrayEquals(new double[] { 1, 2, 4 }, near.distances(), 0);
		// The second feature counts too: (6, 5) is 3 above training point 3 at (6, 2).
		Neighbours above = index.query(new double[][] { { 6, 5 } }, 1)[0];
		assertEquals(3, above.index(0));
		assertEquals(3.0, above.distance(0), 0);
	}

	@Test
	void equalDistancesGoToTheLowerTrainingIndex() {
		// 2 lies exactly between 1 and 3, and 8 between 6 and 10.
		NearestNeighbours index = NearestNeighbours.of(LINE, Distance.EUCLIDEAN);
		assertArrayEquals(new int[] { 1, 2 }, index.query(new double[][] { { 2, 2 } }, 2)[0].indices());
		assertArrayEquals(new int[] { 3 }, index.query(new double[][] { { 8, 2 } }, 1)[0].indices());
	}

	@Test
	void theTrainingGraphLeavesOutEachRowButNotItsDuplicates() {
		double[][] rows = { { 0 }, { 4 }, { 0 }, { 9 } };
		Neighbours[] graph = NearestNeighbours.of(rows, Distance.EUCLIDEAN).queryTraining(2);
		assertArrayEquals(new int[] { 2, 1 }, graph[0].indices());
		assertArrayEquals(new double[] { 0, 4 }, graph[0].distances(), 0);
		assertArrayEquals(new int[] { 0, 1 }, graph[2].indices());
		assertArrayEquals(new int[] { 1, 0 }, graph[3].indices());
	}

	@ParameterizedTest
	@EnumSource(Distance.class)
	void blockedSearchAgreesWithTheTextbookFormula(Distance distance) {
		// More training rows than one slice and more queries than one block, with a feature count that is not a
		// multiple of four, so every remainder path runs.
		Random random = new Random(3);
		double[][] rows = uniform(random, 1100, 23);
		double[][] queries = uniform(random, 37, 23);
		int k = 7;
		Neighbours[] found = NearestNeighbours.of(rows, distance).query(queries, k);
		for (int q = 0; q < queries.length; q++) {
			double[] exact = new double[rows.length];
			for (int j = 0; j < rows.length; j++) {
				exact[j] = textbook(distance, queries[q], rows[j]);
			}
			int[] expected = IntStream.range(0, rows.length).boxed()
					.sorted(Comparator.<Integer>comparingDouble(j -> exact[j]).thenComparingInt(j -> j))
					.limit(k).mapToInt(Integer::intValue).toArray();
			assertArrayEquals(expected, found[q].indices(), "query " + q);
			for (int r = 0; r < k; r++) {
				assertEquals(exact[expected[r]], found[q].distance(r), 1e-12, "query " + q + ", rank " + r);
			}
		}
	}

	@Test
	void correlationDistanceIgnoresTheScaleAndOffsetOfASpectrum() {
		Random random = new Random(5);
		double[][] spectra = uniform(random, 50, 40);
		NearestNeighbours index = NearestNeighbours.of(spectra, Distance.CORRELATION);
		double[] spectrum = spectra[17];
		double[] brighter = new double[spectrum.length];
		for (int i = 0; i < spectrum.length; i++) {
			brighter[i] = 3.5 * spectrum[i] + 120;
		}
		Neighbours original = index.query(new double[][] { spectrum }, 5)[0];
		Neighbours scaled = index.query(new double[][] { brighter }, 5)[0];
		assertArrayEquals(original.indices(), scaled.indices());
		assertArrayEquals(original.distances(), scaled.distances(), 1e-14);
		assertEquals(17, scaled.index(0));
		assertEquals(0.0, scaled.distance(0), 1e-14);
		// An inverted spectrum is perfectly anti-correlated: distance 2.
		double[] inverted = new double[spectrum.length];
		for (int i = 0; i < spectrum.length; i++) {
			inverted[i] = -spectrum[i];
		}
		Neighbours far = index.query(new double[][] { inverted }, 50)[0];
		assertEquals(17, far.index(49));
		assertEquals(2.0, far.distance(49), 1e-14);
	}

	@Test
	void theIndexRebuildsFromItsParameters() {
		NearestNeighbours index = NearestNeighbours.of(LINE, Distance.EUCLIDEAN);
		ModelParameters parameters = new ModelParameters();
		index.putInto(parameters);
		NearestNeighbours rebuilt = NearestNeighbours.readFrom(parameters);
		assertEquals(Distance.EUCLIDEAN, rebuilt.distance());
		assertArrayEquals(LINE, rebuilt.rows());
		ModelParameters unknown = new ModelParameters().putMatrix("rows", LINE).putText("distance", "MANHATTAN");
		assertTrue(assertThrows(ModelFormatException.class, () -> NearestNeighbours.readFrom(unknown)).getMessage()
				.contains("'MANHATTAN', expected one of [EUCLIDEAN, CORRELATION]"));
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		NearestNeighbours index = NearestNeighbours.of(LINE, Distance.EUCLIDEAN);
		assertMessage("there are no rows", () -> NearestNeighbours.of(new double[0][], Distance.EUCLIDEAN));
		assertMessage("row 1 has 1 values, expected 2", () -> NearestNeighbours.of(new double[][] { { 1, 2 }, { 3 } }, Distance.EUCLIDEAN));
		assertMessage("row 0, column 1 is not finite", () -> NearestNeighbours.of(new double[][] { { 1, Double.NaN } }, Distance.EUCLIDEAN));
		assertMessage("row 1 has all values equal", () -> NearestNeighbours.of(new double[][] { { 1, 2 }, { 3, 3 } }, Distance.CORRELATION));
		assertMessage("from 1 to 5, got 6", () -> index.query(new double[][] { { 1, 2 } }, 6));
		assertMessage("from 1 to 4, got 5", () -> index.queryTraining(5));
		assertMessage("query 0 has 3 values, expected 2", () -> index.query(new double[][] { { 1, 2, 3 } }, 1));
	}

	private static double textbook(Distance distance, double[] a, double[] b) {
		if (distance == Distance.EUCLIDEAN) {
			double sum = 0;
			for (int i = 0; i < a.length; i++) {
				sum += (a[i] - b[i]) * (a[i] - b[i]);
			}
			return Math.sqrt(sum);
		}
		double meanA = mean(a);
		double meanB = mean(b);
		double ab = 0;
		double aa = 0;
		double bb = 0;
		for (int i = 0; i < a.length; i++) {
			ab += (a[i] - meanA) * (b[i] - meanB);
			aa += (a[i] - meanA) * (a[i] - meanA);
			bb += (b[i] - meanB) * (b[i] - meanB);
		}
		return 1 - ab / Math.sqrt(aa * bb);
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.length;
	}

	static double[][] uniform(Random random, int n, int features) {
		double[][] rows = new double[n][features];
		for (double[] row : rows) {
			for (int f = 0; f < features; f++) {
				row[f] = random.nextDouble();
			}
		}
		return rows;
	}

	static void assertMessage(String expected, Executable call) {
		String message = assertThrows(IllegalArgumentException.class, call).getMessage();
		assertTrue(message.contains(expected), message);
	}
}
