package org.edgewise.learn.manifold;

import static org.edgewise.learn.manifold.ClassicalMdsTest.assertMatrixEquals;
import static org.edgewise.learn.manifold.ClassicalMdsTest.assertMessage;
import static org.edgewise.learn.manifold.ClassicalMdsTest.distances;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import org.edgewise.learn.model.ModelParameters;
import org.edgewise.learn.neighbours.Distance;
import org.junit.jupiter.api.Test;

class IsomapTest {

	/** Points on a Swiss roll (scikit-learn's make_swiss_roll without noise) and where along the roll they lie. */
	private record Roll(double[][] points, double[] position) {

		static Roll of(int n, long seed) {
			Random random = new Random(seed);
			double[][] points = new double[n][];
			double[] position = new double[n];
			for (int i = 0; i < n; i++) {
				double t = 1.5 * Math.PI * (1 + 2 * random.nextDouble());
				points[i] = new double[] { t * Math.cos(t), 21 * random.nextDouble(), t * Math.sin(t) };
				position[i] = t;
			}
			return new Roll(points, position);
		}
	}

	@Test
	void unrollsASwissRoll() {
		Roll roll = Roll.of(800, 1);
		Isomap isomap = Isomap.fit(roll.points(), 10, 2, Distance.EUCLIDEAN);
		double[] first = column(isomap.embedding(), 0);
		// Straight through space, points on neighbouring turns of the roll are close; along the roll they are
		// far apart. Only geodesic distances put the points in the order of their position along the roll.
		assertTrue(Math.abs(spearman(first, roll.position())) > 0.95, "rank correlation " + spearman(first, roll.position()));
		double[] straight = column(ClassicalMds.fit(roll.points(), 2).embedding(), 0);
		assertTrue(Math.abs(spearman(straight, roll.position())) < 0.9, "MDS rank correlation " + spearman(straight, roll.position()));
	}

	@Test
	void newPointsFromTheRollLandWhereTheirPositionSays() {
		Roll roll = Roll.of(800, 2);
		Isomap isomap = Isomap.fit(roll.points(), 10, 2, Distance.EUCLIDEAN);
		Roll newPoints = Roll.of(60, 3);
		double[] placed = column(isomap.place(newPoints.points()), 0);
		double trained = spearman(column(isomap.embedding(), 0), roll.position());
		double fresh = spearman(placed, newPoints.position());
		assertTrue(Math.abs(fresh) > 0.95, "rank correlation of placed points " + fresh);
		assertEquals(Math.signum(trained), Math.signum(fresh), "placed points run the same way as the map");
	}

	@Test
	void trainingRowsPlacedAgainLandOnTheirOwnCoordinates() {
		Roll roll = Roll.of(300, 4);
		Isomap isomap = Isomap.fit(roll.points(), 8, 2, Distance.EUCLIDEAN);
		double[][] some = Arrays.copyOfRange(roll.points(), 100, 110);
		assertMatrixEquals(Arrays.copyOfRange(isomap.embedding(), 100, 110), isomap.place(some), 1e-8);
	}

	@Test
	void geodesicDistancesAreShortestPathsThroughTheSymmetrisedNeighbourGraph() {
		Random random = new Random(5);
		int n = 40;
		int k = 3;
		double[][] points = new double[n][];
		for (int i = 0; i < n; i++) {
			double angle = 2 * Math.PI * i / n;
			points[i] = new double[] { Math.cos(angle) + 0.05 * random.nextGaussian(), Math.sin(angle) + 0.05 * random.nextGaussian() };
		}
		Isomap isomap = Isomap.fit(points, k, 2, Distance.EUCLIDEAN);
		// Reference: join i and j when either is among the other's k nearest, then Floyd-Warshall.
		double[][] straight = distances(points);
		double[][] path = new double[n][n];
		for (double[] row : path) {
			Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		for (int i = 0; i < n; i++) {
			path[i][i] = 0;
			double[] sorted = straight[i].clone();
			Arrays.sort(sorted);
			for (int j = 0; j < n; j++) {
				if (j != i && straight[i][j] <= sorted[k]) {
					path[i][j] = straight[i][j];
					path[j][i] = straight[i][j];
				}
			}
		}
		for (int m = 0; m < n; m++) {
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					path[i][j] = Math.min(path[i][j], path[i][m] + path[m][j]);
				}
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				assertEquals(path[i][j], isomap.geodesicDistance(i, j), 1e-12, "path " + i + " to " + j);
				assertEquals(isomap.geodesicDistance(j, i), isomap.geodesicDistance(i, j), 0, "symmetry " + i + ", " + j);
			}
		}
	}

	@Test
	void pointsOnAStraightLineMapAsClassicalMdsMapsThem() {
		// Along a line the geodesic distance is the straight one.
		double[][] points = new double[30][];
		for (int i = 0; i < points.length; i++) {
			double s = i * i / 30.0;
			points[i] = new double[] { 1 + 2 * s, -s, 0.5 * s };
		}
		Isomap isomap = Isomap.fit(points, 4, 1, Distance.EUCLIDEAN);
		assertMatrixEquals(ClassicalMds.fit(points, 1).embedding(), isomap.embedding(), 1e-9);
	}

	@Test
	void correlationDistanceOrdersPeaksByPositionWhateverTheirIntensity() {
		// Spectra of one Gaussian peak whose position moves, on top of random scale and background: what matters
		// for a similarity map of spectra is the shape, which correlation distance sees.
		Random random = new Random(6);
		int n = 150;
		double[][] spectra = new double[n][100];
		double[] centre = new double[n];
		for (int i = 0; i < n; i++) {
			centre[i] = 30 + 40 * random.nextDouble();
			double scale = 0.5 + 1.5 * random.nextDouble();
			double background = random.nextDouble();
			for (int e = 0; e < 100; e++) {
				double x = (e - centre[i]) / 6;
				spectra[i][e] = background + scale * Math.exp(-0.5 * x * x);
			}
		}
		Isomap isomap = Isomap.fit(spectra, 8, 1, Distance.CORRELATION);
		double rho = spearman(column(isomap.embedding(), 0), centre);
		assertTrue(Math.abs(rho) > 0.99, "rank correlation with the peak position " + rho);
	}

	@Test
	void aModelRebuiltFromItsParametersPlacesIdentically() {
		Roll roll = Roll.of(200, 7);
		Isomap isomap = Isomap.fit(roll.points(), 6, 2, Distance.EUCLIDEAN);
		ModelParameters parameters = isomap.parameters();
		Isomap rebuilt = Isomap.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		double[][] newPoints = Roll.of(20, 8).points();
		assertArrayEquals(isomap.place(newPoints), rebuilt.place(newPoints));
		assertArrayEquals(isomap.embedding(), rebuilt.embedding());
		assertEquals(6, rebuilt.neighbours());
		// Fitting again gives the same map bit for bit.
		assertArrayEquals(isomap.embedding(), Isomap.fit(roll.points(), 6, 2, Distance.EUCLIDEAN).embedding());
	}

	@Test
	void oneThreadGivesTheSameMapAsSeveral() throws Exception {
		Roll roll = Roll.of(400, 11);
		Isomap parallel = Isomap.fit(roll.points(), 8, 2, Distance.EUCLIDEAN);
		// Parallel streams started inside a pool task run in that pool: here on one thread.
		ForkJoinPool single = new ForkJoinPool(1);
		try {
			Isomap sequential = single.submit(() -> Isomap.fit(roll.points(), 8, 2, Distance.EUCLIDEAN)).get();
			assertArrayEquals(parallel.embedding(), sequential.embedding());
			assertEquals(parallel.parameters(), sequential.parameters());
		} finally {
			single.shutdown();
		}
	}

	@Test
	void aGraphInSeveralPiecesIsRefused() {
		Random random = new Random(9);
		double[][] points = new double[30][];
		for (int i = 0; i < points.length; i++) {
			double offset = i < 20 ? 0 : 100;
			points[i] = new double[] { offset + random.nextDouble(), random.nextDouble() };
		}
		assertMessage("the 3-nearest-neighbour graph of the 30 rows falls apart into 2 components, of 20, 10 rows",
				() -> Isomap.fit(points, 3, 2, Distance.EUCLIDEAN));
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		double[][] points = Roll.of(10, 10).points();
		assertMessage("from 1 to 9, got 10", () -> Isomap.fit(points, 10, 2, Distance.EUCLIDEAN));
		assertMessage("from 1 to 10 (the number of rows), got 11", () -> Isomap.fit(points, 3, 11, Distance.EUCLIDEAN));
		Isomap isomap = Isomap.fit(points, 4, 2, Distance.EUCLIDEAN);
		assertMessage("query 0 has 2 values, expected 3", () -> isomap.place(new double[][] { { 1, 2 } }));
		assertMessage("numbered 0 to 9, got 3 and 10", () -> isomap.geodesicDistance(3, 10));
	}

	private static double[] column(double[][] rows, int c) {
		return Arrays.stream(rows).mapToDouble(row -> row[c]).toArray();
	}

	/** Spearman's rank correlation (the values here have no ties). */
	private static double spearman(double[] a, double[] b) {
		double[] ra = ranks(a);
		double[] rb = ranks(b);
		double mean = (a.length - 1) / 2.0;
		double ab = 0;
		double aa = 0;
		double bb = 0;
		for (int i = 0; i < a.length; i++) {
			ab += (ra[i] - mean) * (rb[i] - mean);
			aa += (ra[i] - mean) * (ra[i] - mean);
			bb += (rb[i] - mean) * (rb[i] - mean);
		}
		return ab / Math.sqrt(aa * bb);
	}

	private static double[] ranks(double[] values) {
		Integer[] order = new Integer[values.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
		double[] ranks = new double[values.length];
		for (int r = 0; r < order.length; r++) {
			ranks[order[r]] = r;
		}
		return ranks;
	}
}
