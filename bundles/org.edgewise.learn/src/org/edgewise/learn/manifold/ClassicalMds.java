package org.edgewise.learn.manifold;

import org.edgewise.learn.internal.FiniteEntries;
import org.edgewise.learn.internal.FiniteRows;
import org.edgewise.learn.internal.SymmetricMatrix;
import org.edgewise.learn.internal.TopEigen;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * Classical (Torgerson) multidimensional scaling: a map of n points in d dimensions whose distances
 * reproduce given distances as well as d dimensions allow, with placement of new points into the map.
 * <p>
 * The squared distances D² are double-centred, B = -J D² J / 2 with J = I - 11<sup>T</sup>/n, by
 * subtracting row and column means (O(n²), no matrix products); the map's coordinates are the top d
 * eigenvectors of B scaled by the square root of their eigenvalues, found by {@link TopEigen} to its stated
 * tolerance. Dimensions whose eigenvalue is not positive (at most 1e-12 of the largest; distances that are not
 * Euclidean give negative ones) get coordinate 0. Each map axis points so that its coordinate of largest
 * magnitude is positive.
 * <p>
 * For data rows the distances are Euclidean, and B is then exactly the Gram matrix X X<sup>T</sup> of the
 * centred rows X: the map comes from the smaller of X<sup>T</sup> X and X X<sup>T</sup>, without forming
 * n x n distances when the rows have fewer features than there are rows. The result is the same as from
 * the distance matrix, and equals the principal component scores.
 * <p>
 * A new point is placed from its distances δ to the n mapped points by the landmark MDS formula (de Silva and
 * Tenenbaum 2004) x = -L<sup>#</sup> (δ² - δ̄²) / 2, with L<sup>#</sup> the eigenvectors divided by the square
 * roots of their eigenvalues and δ̄² the mean squared distance of each mapped point to all the others; a mapped
 * point lands on itself. A map fitted from rows also places rows, by projection on its axes, which is the same
 * formula. Immutable.
 */
public final class ClassicalMds {

	/** The model kind in model files. */
	public static final String KIND = "mds";

	/** Eigenvalues at most this fraction of the largest are rounding noise: no real dimension. */
	private static final double POSITIVE = 1e-12;

	private final double[] embedding;
	private final double[] eigenvalues;
	private final double[] meanSquaredDistances;
	/** The pseudo-inverse transpose L<sup>#</sup>, d x n, row-major. */
	private final double[] placement;
	/** Mean and axes (d x features) of a map fitted from rows; null for one fitted from distances. */
	private final RowProjection rowProjection;
	private final int size;
	private final int dimensions;

	/** What places a new row in a map of rows: x = axes (y - mean). */
	private record RowProjection(double[] mean, double[] axes) {
	}

	/**
	 * @param embedding            n x d coordinates, row-major
	 * @param eigenvalues          the d eigenvalues, descending
	 * @param meanSquaredDistances each point's mean squared distance to all points
	 * @param mean                 for a map of rows, the mean row; null for a map of distances
	 * @param axes                 for a map of rows, d x features axes, row-major; null for a map of distances
	 */
	ClassicalMds(double[] embedding, double[] eigenvalues, double[] meanSquaredDistances, double[] mean, double[] axes) {
		this.embedding = embedding;
		this.eigenvalues = eigenvalues;
		this.meanSquaredDistances = meanSquaredDistances;
		this.rowProjection = mean == null ? null : new RowProjection(mean, axes);
		this.size = meanSquaredDistances.length;
		this.dimensions = eigenvalues.length;
		this.placement = new double[dimensions * size];
		for (int i = 0; i < dimensions; i++) {
			if (isPositive(eigenvalues[i], eigenvalues[0])) {
				for (int j = 0; j < size; j++) {
					placement[i * size + j] = embedding[j * dimensions + i] / eigenvalues[i];
				}
			}
		}
	}

	/**
	 * Maps data rows by their Euclidean distances.
	 *
	 * @param rows       the points, one per row, at least 2, all of the same length, finite; not modified
	 * @param dimensions the map's dimension, from 1 to the smaller of the number of rows and of features
	 * @return the fitted map, which places new rows and new distances
	 * @throws IllegalArgumentException if there are fewer than 2 rows, they are ragged, not finite or all equal,
	 *                                  or {@code dimensions} is out of range
	 */
	public static ClassicalMds fit(double[][] rows, int dimensions) {
		return MdsOfRows.fit(rows, dimensions);
	}

	/**
	 * Maps points given by their distances.
	 *
	 * @param distances  the n x n distances between the points, n at least 2: finite, non-negative, zero on
	 *                   the diagonal, symmetric up to 1e-9 of the largest (the two halves are averaged); not
	 *                   modified
	 * @param dimensions the map's dimension, from 1 to n
	 * @return the fitted map, which places new points by their distances to the n points
	 * @throws IllegalArgumentException if the matrix breaks a rule above (the message names the entry), all
	 *                                  distances are 0, or {@code dimensions} is out of range
	 */
	public static ClassicalMds fitDistances(double[][] distances, int dimensions) {
		double[] symmetric = DistanceKernel.checkedSymmetric(distances);
		checkDimensions(dimensions, distances.length, "the number of points");
		return ofDistances(symmetric, distances.length, dimensions);
	}

	/**
	 * @param distances  n x n distances, row-major, exactly symmetric, checked by the caller; not modified
	 * @param n          the number of points
	 * @param dimensions the map's dimension, checked by the caller
	 * @return the map, placing points by distances
	 */
	static ClassicalMds ofDistances(double[] distances, int n, int dimensions) {
		DistanceKernel b = new DistanceKernel(distances, n);
		TopEigen eigen = TopEigen.of(new SymmetricMatrix(b.kernel, n), dimensions);
		double[] values = eigen.values();
		double[] embedding = new double[n * dimensions];
		for (int i = 0; i < dimensions; i++) {
			if (isPositive(values[i], values[0])) {
				double[] v = eigen.vector(i);
				double root = Math.sqrt(values[i]);
				for (int j = 0; j < n; j++) {
					embedding[j * dimensions + i] = root * v[j];
				}
			}
		}
		return new ClassicalMds(embedding, values, b.meanSquaredDistances, null, null);
	}

	/** @return the number of mapped points */
	public int size() {
		return size;
	}

	/** @return the map's dimension d */
	public int dimensions() {
		return dimensions;
	}

	/** @return the mapped points' coordinates, n rows of d; a copy */
	public double[][] embedding() {
		double[][] rows = new double[size][dimensions];
		for (int j = 0; j < size; j++) {
			System.arraycopy(embedding, j * dimensions, rows[j], 0, dimensions);
		}
		return rows;
	}

	/** @return the top d eigenvalues of the double-centred matrix B, descending (the variance along each axis times n); a copy */
	public double[] eigenvalues() {
		return eigenvalues.clone();
	}

	/** @return whether the map was fitted from rows, so that {@link #place(double[][])} can place new rows */
	public boolean placesRows() {
		return rowProjection != null;
	}

	/**
	 * Places new rows into a map fitted from rows.
	 *
	 * @param rows rows of as many finite values as the training rows; not modified
	 * @return one row of d coordinates per new row
	 * @throws IllegalStateException    if the map was fitted from distances
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public double[][] place(double[][] rows) {
		if (rowProjection == null) {
			throw new IllegalStateException("this map was fitted from distances: place new points by their distances");
		}
		int features = rowProjection.mean().length;
		FiniteRows.check(rows, features, "row");
		double[][] placed = new double[rows.length][dimensions];
		for (int r = 0; r < rows.length; r++) {
			for (int i = 0; i < dimensions; i++) {
				double sum = 0;
				for (int f = 0; f < features; f++) {
					sum += (rows[r][f] - rowProjection.mean()[f]) * rowProjection.axes()[i * features + f];
				}
				placed[r][i] = sum;
			}
		}
		return placed;
	}

	/**
	 * Places new points by their distances to the mapped points.
	 *
	 * @param distances for each new point, its n finite, non-negative distances to the mapped points, in their
	 *                  order; not modified
	 * @return one row of d coordinates per new point
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is negative or not finite
	 */
	public double[][] placeByDistances(double[][] distances) {
		FiniteRows.check(distances, size, "distance row");
		double[][] placed = new double[distances.length][];
		double[] squared = new double[size];
		for (int r = 0; r < distances.length; r++) {
			for (int j = 0; j < size; j++) {
				double d = distances[r][j];
				if (d < 0) {
					throw new IllegalArgumentException("distance row " + r + ", column " + j + " is negative: " + d);
				}
				squared[j] = d * d;
			}
			placed[r] = placeSquared(squared);
		}
		return placed;
	}

	/**
	 * @param squared the squared distances of a new point to the n mapped points
	 * @return its d coordinates
	 */
	double[] placeSquared(double[] squared) {
		double[] x = new double[dimensions];
		for (int i = 0; i < dimensions; i++) {
			double sum = 0;
			int row = i * size;
			for (int j = 0; j < size; j++) {
				sum += placement[row + j] * (squared[j] - meanSquaredDistances[j]);
			}
			x[i] = -0.5 * sum;
		}
		return x;
	}

	/**
	 * @return everything that rebuilds this map: "embedding" [n, d], "eigenvalues" [d],
	 *         "mean-squared-distances" [n], and for a map of rows "mean" [features] and "axes" [d, features]
	 */
	public ModelParameters parameters() {
		ModelParameters parameters = new ModelParameters();
		putInto(parameters);
		if (rowProjection != null) {
			parameters.putDoubles("mean", rowProjection.mean());
			parameters.putDoubles("axes", rowProjection.axes(), dimensions, rowProjection.mean().length);
		}
		return parameters;
	}

	/**
	 * Rebuilds a map from {@link #parameters()}; it maps and places exactly as the original.
	 *
	 * @param parameters the parameter set
	 * @return the map
	 * @throws ModelFormatException if an entry is missing, of the wrong type or shape, or not finite
	 */
	public static ClassicalMds fromParameters(ModelParameters parameters) {
		ClassicalMds map = readFrom(parameters);
		if (!parameters.contains("axes")) {
			return map;
		}
		int features = FiniteEntries.matrixShape(parameters, "axes")[1];
		return new ClassicalMds(map.embedding, map.eigenvalues, map.meanSquaredDistances,
				FiniteEntries.doubles(parameters, "mean", features), FiniteEntries.doubles(parameters, "axes", map.dimensions, features));
	}

	/** Writes the entries of a map of distances (Isomap stores its map this way). */
	void putInto(ModelParameters parameters) {
		parameters.putDoubles("embedding", embedding, size, dimensions);
		parameters.putDoubles("eigenvalues", eigenvalues);
		parameters.putDoubles("mean-squared-distances", meanSquaredDistances);
	}

	/** Reads the entries {@link #putInto} writes. */
	static ClassicalMds readFrom(ModelParameters parameters) {
		int[] shape = FiniteEntries.matrixShape(parameters, "embedding");
		int n = shape[0];
		int d = shape[1];
		if (n < 2 || d > n) {
			throw new ModelFormatException("parameter 'embedding' has shape [" + n + ", " + d
					+ "], expected at least 2 points and at most as many dimensions");
		}
		double[] embedding = FiniteEntries.doubles(parameters, "embedding", n, d);
		double[] eigenvalues = FiniteEntries.doubles(parameters, "eigenvalues", d);
		for (int i = 1; i < d; i++) {
			if (eigenvalues[i] > eigenvalues[i - 1]) {
				throw new ModelFormatException("parameter 'eigenvalues' must be descending");
			}
		}
		return new ClassicalMds(embedding, eigenvalues, FiniteEntries.doubles(parameters, "mean-squared-distances", n), null, null);
	}

	/**
	 * @param eigenvalue an eigenvalue of the map
	 * @param largest    the map's largest eigenvalue
	 * @return whether the eigenvalue carries a real dimension rather than rounding noise or a non-Euclidean part
	 */
	static boolean isPositive(double eigenvalue, double largest) {
		return eigenvalue > POSITIVE * largest;
	}

	/** @throws IllegalArgumentException unless 1 <= dimensions <= largest */
	static void checkDimensions(int dimensions, int largest, String what) {
		if (dimensions < 1 || dimensions > largest) {
			throw new IllegalArgumentException(
					"the map's dimension must be from 1 to " + largest + " (" + what + "), got " + dimensions);
		}
	}
}
