package org.edgewise.learn.manifold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.edgewise.learn.Pca;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ClassicalMdsTest {

	@Test
	void recoversKnownPlaneCoordinatesFromTheirDistances() {
		double[][] points = randomPlanePoints(new Random(1), 30);
		ClassicalMds map = ClassicalMds.fitDistances(distances(points), 2);
		// A map is only defined up to rotation, reflection and shift: compare every distance in it with the truth.
		assertMatrixEquals(distances(points), distances(map.embedding()), 1e-10);
		// The eigenvalues are the scatter of the centred points along the two principal axes; they add up to the
		// total scatter.
		double[] eigenvalues = map.eigenvalues();
		assertEquals(totalScatter(points), eigenvalues[0] + eigenvalues[1], 1e-9);
		assertTrue(eigenvalues[0] >= eigenvalues[1]);
	}

	@Test
	void aThirdDimensionOfPlaneDataIsEmpty() {
		double[][] points = randomPlanePoints(new Random(2), 25);
		ClassicalMds map = ClassicalMds.fitDistances(distances(points), 3);
		assertEquals(0.0, map.eigenvalues()[2], 1e-9 * map.eigenvalues()[0]);
		for (double[] coordinates : map.embedding()) {
			assertEquals(0.0, coordinates[2], 1e-6);
		}
	}

	@Test
	void aSquareGridWithEqualSpreadInTwoDirectionsIsRecovered() {
		// Equal eigenvalues: the map may turn freely, but the distances must still come out right.
		double[][] grid = new double[25][];
		for (int i = 0; i < 25; i++) {
			grid[i] = new double[] { i % 5, i / 5 };
		}
		ClassicalMds map = ClassicalMds.fitDistances(distances(grid), 2);
		assertEquals(map.eigenvalues()[0], map.eigenvalues()[1], 1e-9);
		assertMatrixEquals(distances(grid), distances(map.embedding()), 1e-10);
	}

	@Test
	void mappingRowsEqualsMappingTheirDistancesAndEqualsPrincipalComponentScores() {
		double[][] rows = randomRows(new Random(3), 40, 6);
		ClassicalMds fromRows = ClassicalMds.fit(rows, 3);
		ClassicalMds fromDistances = ClassicalMds.fitDistances(distances(rows), 3);
		assertArrayEquals(fromDistances.eigenvalues(), fromRows.eigenvalues(), 1e-10);
		assertMatrixEquals(fromDistances.embedding(), fromRows.embedding(), 1e-10);
		// Classical MDS of Euclidean distances is PCA: the same scores up to the sign of each axis.
		double[][] scores = Pca.fit(rows, 3).transform(rows);
		double[][] map = fromRows.embedding();
		for (int axis = 0; axis < 3; axis++) {
			double sign = Math.signum(scores[0][axis] * map[0][axis]);
			for (int i = 0; i < rows.length; i++) {
				assertEquals(scores[i][axis], sign * map[i][axis], 1e-10, "row " + i + ", axis " + axis);
			}
		}
	}

	@Test
	void rowsWithMoreFeaturesThanRowsMapTheSameWay() {
		// 12 rows of 50 features take the other route (the 12 x 12 Gram matrix of the rows).
		double[][] rows = randomRows(new Random(4), 12, 50);
		ClassicalMds fromRows = ClassicalMds.fit(rows, 4);
		ClassicalMds fromDistances = ClassicalMds.fitDistances(distances(rows), 4);
		assertArrayEquals(fromDistances.eigenvalues(), fromRows.eigenvalues(), 1e-10);
		assertMatrixEquals(fromDistances.embedding(), fromRows.embedding(), 1e-10);
		double[][] newRows = randomRows(new Random(5), 3, 50);
		assertMatrixEquals(fromRows.placeByDistances(distancesBetween(newRows, rows)), fromRows.place(newRows), 1e-10);
	}

	@Test
	void mappedPointsPlacedByTheirDistancesLandOnThemselves() {
		double[][] points = randomPlanePoints(new Random(6), 20);
		ClassicalMds map = ClassicalMds.fitDistances(distances(points), 2);
		double[][] own = new double[][] { distances(points)[4], distances(points)[11] };
		double[][] placed = map.placeByDistances(own);
		assertArrayEquals(map.embedding()[4], placed[0], 1e-10);
		assertArrayEquals(map.embedding()[11], placed[1], 1e-10);
	}

	@Test
	void aNewPointInThePlaneLandsAtItsTrueDistances() {
		double[][] points = randomPlanePoints(new Random(7), 20);
		ClassicalMds map = ClassicalMds.fitDistances(distances(points), 2);
		double[][] newPoints = { { 0.3, -1.2 }, { 2.5, 0.4 } };
		double[][] placed = map.placeByDistances(distancesBetween(newPoints, points));
		double[][] mapped = map.embedding();
		for (int p = 0; p < newPoints.length; p++) {
			for (int j = 0; j < points.length; j++) {
				assertEquals(distance(newPoints[p], points[j]), distance(placed[p], mapped[j]), 1e-10);
			}
		}
	}

	@Test
	void placingRowsProjectsThemLikeTheirDistancesWould() {
		double[][] rows = randomRows(new Random(8), 30, 5);
		ClassicalMds map = ClassicalMds.fit(rows, 2);
		assertTrue(map.placesRows());
		double[][] newRows = randomRows(new Random(9), 4, 5);
		assertMatrixEquals(map.placeByDistances(distancesBetween(newRows, rows)), map.place(newRows), 1e-10);
		assertMatrixEquals(map.embedding(), map.place(rows), 1e-10);
		ClassicalMds ofDistances = ClassicalMds.fitDistances(distances(rows), 2);
		assertFalse(ofDistances.placesRows());
		assertThrows(IllegalStateException.class, () -> ofDistances.place(newRows));
	}

	@Test
	void distancesThatNoFlatMapHoldsGiveANegativeEigenvalueAndAnEmptyAxis() {
		// Four points all 1 apart except one pair 1.9 apart: no Euclidean configuration has these distances
		// (the kernel has a negative eigenvalue).
		double[][] d = { { 0, 1, 1, 1.9 }, { 1, 0, 1, 1 }, { 1, 1, 0, 1 }, { 1.9, 1, 1, 0 } };
		ClassicalMds map = ClassicalMds.fitDistances(d, 4);
		double[] eigenvalues = map.eigenvalues();
		assertTrue(eigenvalues[3] < 0, "smallest eigenvalue " + eigenvalues[3]);
		for (double[] coordinates : map.embedding()) {
			assertEquals(0.0, coordinates[3], 0);
		}
	}

	@Test
	void mapsRebuiltFromTheirParametersPlaceIdentically() {
		double[][] rows = randomRows(new Random(10), 50, 7);
		double[][] newRows = randomRows(new Random(11), 5, 7);
		double[][] newDistances = distancesBetween(newRows, rows);
		for (ClassicalMds map : new ClassicalMds[] { ClassicalMds.fit(rows, 3), ClassicalMds.fitDistances(distances(rows), 3) }) {
			ModelParameters parameters = map.parameters();
			ClassicalMds rebuilt = ClassicalMds.fromParameters(parameters);
			assertEquals(parameters, rebuilt.parameters());
			assertArrayEquals(map.embedding(), rebuilt.embedding());
			assertArrayEquals(map.placeByDistances(newDistances), rebuilt.placeByDistances(newDistances));
			assertEquals(map.placesRows(), rebuilt.placesRows());
		}
		ClassicalMds map = ClassicalMds.fit(rows, 3);
		assertArrayEquals(map.place(newRows), ClassicalMds.fromParameters(map.parameters()).place(newRows));
	}

	@Test
	void damagedParametersAreRefused() {
		ModelParameters risingEigenvalues = new ModelParameters().putMatrix("embedding", new double[][] { { 1, 0 }, { -1, 0 } })
				.putDoubles("eigenvalues", new double[] { 1, 2 }).putDoubles("mean-squared-distances", new double[] { 2, 2 });
		assertTrue(assertThrows(ModelFormatException.class, () -> ClassicalMds.fromParameters(risingEigenvalues))
				.getMessage().contains("descending"));
		ModelParameters notFinite = new ModelParameters().putMatrix("embedding", new double[][] { { 1 }, { Double.NaN } })
				.putDoubles("eigenvalues", new double[] { 2 }).putDoubles("mean-squared-distances", new double[] { 2, 2 });
		assertTrue(assertThrows(ModelFormatException.class, () -> ClassicalMds.fromParameters(notFinite))
				.getMessage().contains("'embedding' value 1 is not finite"));
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		double[][] rows = { { 0, 1 }, { 2, 3 }, { 5, 1 } };
		assertMessage("at least 2 rows", () -> ClassicalMds.fit(new double[][] { { 1, 2 } }, 1));
		assertMessage("from 1 to 2 (the smaller of rows and features), got 3", () -> ClassicalMds.fit(rows, 3));
		assertMessage("all 3 rows are equal", () -> ClassicalMds.fit(new double[][] { { 1, 2 }, { 1, 2 }, { 1, 2 } }, 1));
		assertMessage("distance row 1 has 2 values, expected 3", () -> ClassicalMds.fitDistances(new double[][] { { 0, 1, 2 }, { 1, 0 }, { 2, 1, 0 } }, 1));
		assertMessage("not symmetric: [0][1] is 1.0 but [1][0] is 1.5", () -> ClassicalMds.fitDistances(new double[][] { { 0, 1 }, { 1.5, 0 } }, 1));
		assertMessage("point 1 to itself is 0.5", () -> ClassicalMds.fitDistances(new double[][] { { 0, 1 }, { 1, 0.5 } }, 1));
		assertMessage("must not be negative", () -> ClassicalMds.fitDistances(new double[][] { { 0, -1 }, { -1, 0 } }, 1));
		assertMessage("all distances are 0", () -> ClassicalMds.fitDistances(new double[2][2], 1));
		ClassicalMds map = ClassicalMds.fit(rows, 2);
		assertMessage("distance row 0 has 2 values, expected 3", () -> map.placeByDistances(new double[][] { { 1, 2 } }));
		assertMessage("distance row 0, column 2 is negative", () -> map.placeByDistances(new double[][] { { 1, 2, -3 } }));
		assertMessage("row 0 has 3 values, expected 2", () -> map.place(new double[][] { { 1, 2, 3 } }));
	}

	static double[][] randomPlanePoints(Random random, int n) {
		return randomRows(random, n, 2);
	}

	static double[][] randomRows(Random random, int n, int features) {
		double[][] rows = new double[n][features];
		for (double[] row : rows) {
			for (int f = 0; f < features; f++) {
				row[f] = (f + 1) * random.nextGaussian() + f;
			}
		}
		return rows;
	}

	static double[][] distances(double[][] points) {
		return distancesBetween(points, points);
	}

	static double[][] distancesBetween(double[][] from, double[][] to) {
		double[][] d = new double[from.length][to.length];
		for (int i = 0; i < from.length; i++) {
			for (int j = 0; j < to.length; j++) {
				d[i][j] = distance(from[i], to[j]);
			}
		}
		return d;
	}

	static double distance(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += (a[i] - b[i]) * (a[i] - b[i]);
		}
		return Math.sqrt(sum);
	}

	private static double totalScatter(double[][] points) {
		double scatter = 0;
		for (int f = 0; f < points[0].length; f++) {
			double mean = 0;
			for (double[] p : points) {
				mean += p[f] / points.length;
			}
			for (double[] p : points) {
				scatter += (p[f] - mean) * (p[f] - mean);
			}
		}
		return scatter;
	}

	static void assertMatrixEquals(double[][] expected, double[][] actual, double tolerance) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++) {
			assertArrayEquals(expected[i], actual[i], tolerance, "row " + i);
		}
	}

	static void assertMessage(String expected, Executable call) {
		String message = assertThrows(IllegalArgumentException.class, call).getMessage();
		assertTrue(message.contains(expected), message);
	}
}
