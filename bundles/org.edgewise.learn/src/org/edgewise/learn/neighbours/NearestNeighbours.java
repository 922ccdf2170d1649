package org.edgewise.learn.neighbours;

import java.util.Arrays;

import org.edgewise.learn.internal.FiniteEntries;
import org.edgewise.learn.internal.FiniteRows;
import org.edgewise.learn.internal.RowBlocks;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * An exhaustive nearest-neighbour search over a fixed set of training rows under a {@link Distance}.
 * <p>
 * Every query is compared with every training row: for the few thousand spectra of a simulation set this
 * beats any tree in the hundred-odd dimensions of a spectrum. The training rows are held column-wise, so that
 * the squared distances of a query to a slice of training rows are summed feature by feature in a loop over
 * contiguous values, which vectorises. Each squared distance is still the plain sum over features in order, so
 * it is exactly symmetric and equal distances compare equal. The expansion
 * |a|² + |b|² - 2 a·b would take about a quarter less time but loses precision to cancellation when rows share
 * a large offset, and breaks ties by rounding. A partial insertion sort keeps the k smallest per query; equal
 * distances go to the lower training index. Queries run in parallel blocks.
 * Immutable and safe to share between threads.
 */
public final class NearestNeighbours {

	/** Queries per parallel task. */
	private static final int SMALLEST_BLOCK = 8;

	/** Training rows per slice: the running sums of a slice stay in the level-1 cache. */
	private static final int SLICE = 512;

	private final double[][] rows;
	private final Distance distance;
	/** The prepared training rows, transposed: value f of training row j at [f * size + j]. */
	private final double[] columns;

	private NearestNeighbours(double[][] rows, Distance distance, double[] columns) {
		this.rows = rows;
		this.distance = distance;
		this.columns = columns;
	}

	/**
	 * Indexes training rows.
	 *
	 * @param rows     the training rows, at least one, all of the same length, finite; copied
	 * @param distance how to measure distance
	 * @return the search structure
	 * @throws IllegalArgumentException if the rows are empty, ragged or not finite (the message names the row),
	 *                                  or the distance is undefined for a row (a constant row under
	 *                                  {@link Distance#CORRELATION})
	 */
	public static NearestNeighbours of(double[][] rows, Distance distance) {
		int features = FiniteRows.check(rows, -1, "row");
		int size = rows.length;
		double[][] copy = new double[size][];
		double[] columns = new double[features * size];
		for (int j = 0; j < size; j++) {
			copy[j] = rows[j].clone();
			double[] prepared = distance.prepare(rows[j], "row " + j);
			for (int f = 0; f < features; f++) {
				columns[f * size + j] = prepared[f];
			}
		}
		return new NearestNeighbours(copy, distance, columns);
	}

	/** @return the number of training rows */
	public int size() {
		return rows.length;
	}

	/** @return the number of values in a row */
	public int features() {
		return rows[0].length;
	}

	/** @return how distances are measured */
	public Distance distance() {
		return distance;
	}

	/** @return the training rows; a copy */
	public double[][] rows() {
		double[][] copy = new double[rows.length][];
		for (int j = 0; j < rows.length; j++) {
			copy[j] = rows[j].clone();
		}
		return copy;
	}

	/**
	 * Finds the nearest training rows of each query.
	 *
	 * @param queries rows of {@link #features()} finite values; not modified
	 * @param k       how many neighbours, from 1 to {@link #size()}
	 * @return for each query, its k nearest training rows, nearest first
	 * @throws IllegalArgumentException if k is out of range, a query has the wrong length or a value that is not
	 *                                  finite, or the distance is undefined for a query
	 */
	public Neighbours[] query(double[][] queries, int k) {
		checkCount(k, size());
		FiniteRows.check(queries, features(), "query");
		double[][] prepared = new double[queries.length][];
		for (int q = 0; q < queries.length; q++) {
			prepared[q] = distance.prepare(queries[q], "query " + q);
		}
		return search(prepared, k, false);
	}

	/**
	 * Finds the nearest other training rows of each training row, leaving out the row itself (but not its
	 * duplicates): the neighbourhood graph of the training set.
	 *
	 * @param k how many neighbours, from 1 to {@link #size()} - 1
	 * @return for training row i, its k nearest other training rows, nearest first
	 * @throws IllegalArgumentException if k is out of range
	 */
	public Neighbours[] queryTraining(int k) {
		checkCount(k, size() - 1);
		double[][] prepared = new double[size()][];
		for (int j = 0; j < prepared.length; j++) {
			prepared[j] = distance.prepare(rows[j], "row " + j);
		}
		return search(prepared, k, true);
	}

	/**
	 * Writes the entries that rebuild this index, for the models that keep one: "rows" [size, features] and
	 * "distance" (the {@link Distance} constant's name).
	 *
	 * @param parameters the set to add the entries to
	 */
	public void putInto(ModelParameters parameters) {
		parameters.putMatrix("rows", rows).putText("distance", distance.name());
	}

	/**
	 * Rebuilds an index from the entries {@link #putInto} writes.
	 *
	 * @param parameters the parameter set
	 * @return the index
	 * @throws ModelFormatException if an entry is missing, of the wrong type or shape, or holds rows or a distance
	 *                              name that {@link #of} refuses
	 */
	public static NearestNeighbours readFrom(ModelParameters parameters) {
		int[] shape = FiniteEntries.matrixShape(parameters, "rows");
		double[] flat = FiniteEntries.doubles(parameters, "rows", shape);
		double[][] rows = new double[shape[0]][];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = Arrays.copyOfRange(flat, i * shape[1], (i + 1) * shape[1]);
		}
		String name = parameters.text("distance");
		Distance distance = Arrays.stream(Distance.values()).filter(d -> d.name().equals(name)).findFirst()
				.orElseThrow(() -> new ModelFormatException("parameter 'distance' is '" + name + "', expected one of "
						+ Arrays.toString(Distance.values())));
		try {
			return of(rows, distance);
		} catch (IllegalArgumentException e) {
			throw new ModelFormatException("parameter 'rows': " + e.getMessage(), e);
		}
	}

	private static void checkCount(int k, int largest) {
		if (k < 1 || k > largest) {
			throw new IllegalArgumentException(
					"the number of neighbours must be from 1 to " + largest + ", got " + k);
		}
	}

	/**
	 * @param prepared   prepared query rows
	 * @param skipOwnRow whether query q is training row q, to be left out of its own neighbours
	 */
	private Neighbours[] search(double[][] prepared, int k, boolean skipOwnRow) {
		Neighbours[] result = new Neighbours[prepared.length];
		RowBlocks.forEach(prepared.length, RowBlocks.blockSize(prepared.length, SMALLEST_BLOCK), (start, end) -> {
			Search search = new Search(k);
			for (int q = start; q < end; q++) {
				result[q] = search.run(prepared[q], skipOwnRow ? q : -1);
			}
		});
		return result;
	}

	/** The scratch space of one thread's share of the queries, reused from query to query. */
	private final class Search {

		private final int k;
		private final double[] sums = new double[SLICE];
		private final double[] nearestSquared;
		private final int[] nearestIndex;

		Search(int k) {
			this.k = k;
			nearestSquared = new double[k];
			nearestIndex = new int[k];
		}

		/**
		 * @param query a prepared query
		 * @param skip  the training row to leave out, or -1
		 * @return the query's k nearest training rows
		 */
		Neighbours run(double[] query, int skip) {
			Arrays.fill(nearestSquared, Double.POSITIVE_INFINITY);
			int size = size();
			for (int s0 = 0; s0 < size; s0 += SLICE) {
				int length = Math.min(SLICE, size - s0);
				sumSquares(query, s0, length);
				keepNearest(s0, length, skip);
			}
			double[] distances = new double[k];
			for (int i = 0; i < k; i++) {
				distances[i] = distance.fromSquared(nearestSquared[i]);
			}
			return new Neighbours(nearestIndex.clone(), distances);
		}

		/**
		 * sums[j] = squared distance from the query to training row s0 + j, summed in feature order (four
		 * features per pass: the sum is still left to right, so each value is the sequential sum).
		 */
		private void sumSquares(double[] query, int s0, int length) {
			double[] sum = sums;
			Arrays.fill(sum, 0, length, 0);
			int size = size();
			int features = query.length;
			int f = 0;
			for (; f + 4 <= features; f += 4) {
				double a0 = query[f];
				double a1 = query[f + 1];
				double a2 = query[f + 2];
				double a3 = query[f + 3];
				int c0 = f * size + s0;
				int c1 = c0 + size;
				int c2 = c1 + size;
				int c3 = c2 + size;
				for (int j = 0; j < length; j++) {
					double d0 = columns[c0 + j] - a0;
					double d1 = columns[c1 + j] - a1;
					double d2 = columns[c2 + j] - a2;
					double d3 = columns[c3 + j] - a3;
					sum[j] = sum[j] + d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
				}
			}
			for (; f < features; f++) {
				double a = query[f];
				int c = f * size + s0;
				for (int j = 0; j < length; j++) {
					double d = columns[c + j] - a;
					sum[j] += d * d;
				}
			}
		}

		/** Merges training rows s0 .. s0 + length into the k nearest so far, by insertion. */
		private void keepNearest(int s0, int length, int skip) {
			double[] squared = nearestSquared;
			int[] index = nearestIndex;
			for (int j = 0; j < length; j++) {
				double d = sums[j];
				if (d < squared[k - 1] && s0 + j != skip) {
					int i = k - 1;
					for (; i > 0 && squared[i - 1] > d; i--) {
						squared[i] = squared[i - 1];
						index[i] = index[i - 1];
					}
					squared[i] = d;
					index[i] = s0 + j;
				}
			}
		}
	}
}
