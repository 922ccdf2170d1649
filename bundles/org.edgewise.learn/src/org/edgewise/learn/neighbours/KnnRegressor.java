package org.edgewise.learn.neighbours;

import org.edgewise.learn.Predictor;
import org.edgewise.learn.internal.FiniteEntries;
import org.edgewise.learn.internal.FiniteRows;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * k-nearest-neighbour regression: a query's targets (e.g. the crystal field and charge of a simulated
 * spectrum) are the unweighted mean of those of its k nearest training rows, with their standard deviation
 * as the spread. Ties in distance go to the lower training index. Immutable and safe to share between threads.
 */
public final class KnnRegressor implements Predictor {

	/** The model kind in model files. */
	public static final String KIND = "knn-regressor";

	private final NearestNeighbours index;
	/** n x outputs, row-major. */
	private final double[] targets;
	private final int outputs;
	private final int k;

	private KnnRegressor(NearestNeighbours index, double[] targets, int outputs, int k) {
		this.index = index;
		this.targets = targets;
		this.outputs = outputs;
		this.k = k;
	}

	/**
	 * Keeps a training set.
	 *
	 * @param rows     the training rows, all of the same length, finite; copied
	 * @param targets  one row of target values per training row, all of the same length, finite; copied
	 * @param k        the number of neighbours to average, from 1 to the number of rows
	 * @param distance how to measure distance between rows
	 * @return the model
	 * @throws IllegalArgumentException if the rows or targets are empty, ragged or not finite, their counts
	 *                                  differ, k is out of range, or the distance is undefined for a row
	 */
	public static KnnRegressor fit(double[][] rows, double[][] targets, int k, Distance distance) {
		NearestNeighbours index = NearestNeighbours.of(rows, distance);
		int outputs = FiniteRows.check(targets, -1, "target row");
		if (targets.length != rows.length) {
			throw new IllegalArgumentException("there are " + rows.length + " rows but " + targets.length + " target rows");
		}
		checkNeighbours(k, rows.length);
		return new KnnRegressor(index, FiniteRows.flatten(targets), outputs, k);
	}

	@Override
	public int inputSize() {
		return index.features();
	}

	@Override
	public int outputSize() {
		return outputs;
	}

	/** @return k, the number of neighbours averaged */
	public int neighbours() {
		return k;
	}

	/** @return how distances are measured */
	public Distance distance() {
		return index.distance();
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values
	 * @return per row, the mean targets of its k nearest training rows
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	@Override
	public double[][] predict(double[][] inputs) {
		Estimate[] estimates = estimate(inputs);
		double[][] means = new double[estimates.length][];
		for (int q = 0; q < estimates.length; q++) {
			means[q] = estimates[q].mean();
		}
		return means;
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values
	 * @return per row, the mean and standard deviation of its k nearest training rows' targets, and those rows
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public Estimate[] estimate(double[][] inputs) {
		Neighbours[] nearest = index.query(inputs, k);
		Estimate[] estimates = new Estimate[nearest.length];
		for (int q = 0; q < nearest.length; q++) {
			double[] mean = new double[outputs];
			for (int r = 0; r < k; r++) {
				int row = nearest[q].index(r) * outputs;
				for (int t = 0; t < outputs; t++) {
					mean[t] += targets[row + t];
				}
			}
			for (int t = 0; t < outputs; t++) {
				mean[t] /= k;
			}
			double[] deviation = new double[outputs];
			for (int r = 0; r < k; r++) {
				int row = nearest[q].index(r) * outputs;
				for (int t = 0; t < outputs; t++) {
					double d = targets[row + t] - mean[t];
					deviation[t] += d * d;
				}
			}
			for (int t = 0; t < outputs; t++) {
				deviation[t] = Math.sqrt(deviation[t] / k);
			}
			estimates[q] = new Estimate(mean, deviation, nearest[q]);
		}
		return estimates;
	}

	/**
	 * @return everything that rebuilds this model: the training set ("rows" [n, features], "distance"),
	 *         "targets" [n, outputs] and "neighbours" [1]
	 */
	public ModelParameters parameters() {
		ModelParameters parameters = new ModelParameters();
		index.putInto(parameters);
		return parameters.putDoubles("targets", targets, index.size(), outputs).putInts("neighbours", new int[] { k });
	}

	/**
	 * Rebuilds a model from {@link #parameters()}; it predicts exactly as the original.
	 *
	 * @param parameters the parameter set
	 * @return the model
	 * @throws ModelFormatException if an entry is missing, of the wrong type or shape, out of range or not finite
	 */
	public static KnnRegressor fromParameters(ModelParameters parameters) {
		NearestNeighbours index = NearestNeighbours.readFrom(parameters);
		int outputs = FiniteEntries.matrixShape(parameters, "targets")[1];
		double[] targets = FiniteEntries.doubles(parameters, "targets", index.size(), outputs);
		int k = FiniteEntries.count(parameters, "neighbours", 1, index.size());
		return new KnnRegressor(index, targets, outputs, k);
	}

	/** @throws IllegalArgumentException unless 1 <= k <= rows */
	static void checkNeighbours(int k, int rows) {
		if (k < 1 || k > rows) {
			throw new IllegalArgumentException("the number of neighbours must be from 1 to " + rows + " (the number of rows), got " + k);
		}
	}
}
