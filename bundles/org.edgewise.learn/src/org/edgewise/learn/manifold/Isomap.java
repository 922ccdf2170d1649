package org.edgewise.learn.manifold;

import java.util.Arrays;

import org.edgewise.learn.internal.FiniteEntries;
import org.edgewise.learn.internal.RowBlocks;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.edgewise.learn.neighbours.Distance;
import org.edgewise.learn.neighbours.NearestNeighbours;
import org.edgewise.learn.neighbours.Neighbours;

/**
 * Isomap (Tenenbaum, de Silva and Langford 2000): a map of data rows that keeps distances measured along the
 * data rather than straight through space, so that a curved family of spectra (one varying parameter) unrolls
 * onto a line.
 * <p>
 * Fitting joins each row to its k nearest rows (the graph scikit-learn builds: an edge when either row is among
 * the other's k nearest), takes the shortest path lengths through this graph as geodesic distances, and maps
 * them by {@link ClassicalMds}, i.e. by the top eigenvectors of -J G² J / 2. A graph in several pieces has no
 * distances between them and is refused.
 * <p>
 * A new row is placed as scikit-learn's {@code Isomap.transform} does: its geodesic distance to training row j
 * is the shortest way through one of its k nearest training rows m, min over m of (|y - x<sub>m</sub>| +
 * G<sub>mj</sub>), and these distances go through the landmark MDS formula of {@link ClassicalMds}. The model
 * therefore keeps the training rows and their n x n geodesic distances: 8 n² bytes, 32 MB for 2000 rows (and
 * as much again while fitting). Results match scikit-learn's to rounding, and do not depend on the number of
 * threads. Immutable.
 */
public final class Isomap {

	/** The model kind in model files. */
	public static final String KIND = "isomap";

	/** Rows placed per parallel task. */
	private static final int SMALLEST_BLOCK = 16;

	/** How many component sizes an error message lists. */
	private static final int LISTED_COMPONENTS = 5;

	private final NearestNeighbours index;
	private final int neighbours;
	/** n x n, row-major, symmetric. */
	private final double[] geodesics;
	private final ClassicalMds map;

	private Isomap(NearestNeighbours index, int neighbours, double[] geodesics, ClassicalMds map) {
		this.index = index;
		this.neighbours = neighbours;
		this.geodesics = geodesics;
		this.map = map;
	}

	/**
	 * Fits a map.
	 *
	 * @param rows       the training rows, at least 2, all of the same length, finite; copied
	 * @param neighbours k, the number of nearest rows each row is joined to, from 1 to rows - 1 (10 is usual)
	 * @param dimensions the map's dimension, from 1 to the number of rows
	 * @param distance   how to measure distance between rows
	 * @return the fitted map
	 * @throws IllegalArgumentException if the rows are bad (see {@link NearestNeighbours#of}), k or the
	 *                                  dimension is out of range, or the graph falls apart into several
	 *                                  components (the message says how many, and how large)
	 */
	public static Isomap fit(double[][] rows, int neighbours, int dimensions, Distance distance) {
		NearestNeighbours index = NearestNeighbours.of(rows, distance);
		int n = index.size();
		if (n < 2) {
			throw new IllegalArgumentException("Isomap needs at least 2 rows, got " + n);
		}
		ClassicalMds.checkDimensions(dimensions, n, "the number of rows");
		NeighbourGraph graph = NeighbourGraph.of(index.queryTraining(neighbours));
		int[] components = graph.componentSizes();
		if (components.length > 1) {
			throw new IllegalArgumentException("the " + neighbours + "-nearest-neighbour graph of the " + n
					+ " rows falls apart into " + components.length + " components, of "
					+ describe(components) + " rows: there are no geodesic distances between them; use more"
					+ " neighbours, or map each group on its own");
		}
		double[] geodesics = ShortestPaths.allPairs(graph);
		return new Isomap(index, neighbours, geodesics, ClassicalMds.ofDistances(geodesics, n, dimensions));
	}

	/** @return the number of training rows */
	public int size() {
		return index.size();
	}

	/** @return the map's dimension */
	public int dimensions() {
		return map.dimensions();
	}

	/** @return k, the number of neighbours each row is joined to */
	public int neighbours() {
		return neighbours;
	}

	/** @return how distances between rows are measured */
	public Distance distance() {
		return index.distance();
	}

	/** @return the training rows' coordinates in the map, one row of {@link #dimensions()} each; a copy */
	public double[][] embedding() {
		return map.embedding();
	}

	/** @return the top eigenvalues of -J G² J / 2, descending; a copy */
	public double[] eigenvalues() {
		return map.eigenvalues();
	}

	/**
	 * @param i a training row
	 * @param j a training row
	 * @return the length of the shortest path between them through the neighbour graph
	 */
	public double geodesicDistance(int i, int j) {
		int n = size();
		if (i < 0 || i >= n || j < 0 || j >= n) {
			throw new IllegalArgumentException("training rows are numbered 0 to " + (n - 1) + ", got " + i + " and " + j);
		}
		return geodesics[i * n + j];
	}

	/**
	 * Places new rows in the map through their k nearest training rows.
	 *
	 * @param rows rows of as many finite values as the training rows; not modified
	 * @return one row of {@link #dimensions()} coordinates per new row
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite, or its
	 *                                  distance is undefined (a constant row under correlation distance)
	 */
	public double[][] place(double[][] rows) {
		Neighbours[] nearest = index.query(rows, neighbours);
		int n = size();
		double[][] placed = new double[rows.length][];
		RowBlocks.forEach(rows.length, RowBlocks.blockSize(rows.length, SMALLEST_BLOCK), (start, end) -> {
			double[] squared = new double[n];
			for (int r = start; r < end; r++) {
				Arrays.fill(squared, Double.POSITIVE_INFINITY);
				for (int m = 0; m < nearest[r].count(); m++) {
					double step = nearest[r].distance(m);
					int row = nearest[r].index(m) * n;
					for (int j = 0; j < n; j++) {
						squared[j] = Math.min(squared[j], step + geodesics[row + j]);
					}
				}
				for (int j = 0; j < n; j++) {
					squared[j] *= squared[j];
				}
				placed[r] = map.placeSquared(squared);
			}
		});
		return placed;
	}

	/**
	 * @return everything that rebuilds this model: "rows" [n, features], "distance" (text), "neighbours" [1],
	 *         "geodesic-distances" [n, n], and the map's "embedding" [n, d], "eigenvalues" [d] and
	 *         "mean-squared-distances" [n]
	 */
	public ModelParameters parameters() {
		int n = size();
		ModelParameters parameters = new ModelParameters();
		index.putInto(parameters);
		parameters.putInts("neighbours", new int[] { neighbours }).putDoubles("geodesic-distances", geodesics, n, n);
		map.putInto(parameters);
		return parameters;
	}

	/**
	 * Rebuilds a model from {@link #parameters()}; it places rows exactly as the original.
	 *
	 * @param parameters the parameter set
	 * @return the model
	 * @throws ModelFormatException if an entry is missing, of the wrong type or shape, out of range or not finite
	 */
	public static Isomap fromParameters(ModelParameters parameters) {
		NearestNeighbours index = NearestNeighbours.readFrom(parameters);
		int n = index.size();
		int neighbours = FiniteEntries.count(parameters, "neighbours", 1, n - 1);
		double[] geodesics = FiniteEntries.doubles(parameters, "geodesic-distances", n, n);
		ClassicalMds map = ClassicalMds.readFrom(parameters);
		if (map.size() != n) {
			throw new ModelFormatException("parameter 'embedding' maps " + map.size() + " points, expected " + n);
		}
		return new Isomap(index, neighbours, geodesics, map);
	}

	private static String describe(int[] sizes) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(sizes.length, LISTED_COMPONENTS); i++) {
			text.append(i == 0 ? "" : ", ").append(sizes[i]);
		}
		return text.append(sizes.length > LISTED_COMPONENTS ? ", ..." : "").toString();
	}
}
