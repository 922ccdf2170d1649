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

	private final NeighbourVoters voters;
	/** n x outputs, row-major. */
	private final double[] targets;
	private final int outputs;

	private KnnRegressor(NeighbourVoters voters, double[] targets, int outputs) {
		this.voters = voters;
		this.targets = targets;
		this.outputs = outputs;
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
		return new KnnRegressor(new NeighbourVoters(index, k), FiniteRows.flatten(targets), outputs);
	}

	@Override
	public int inputSize() {
		return voters.features();
	}

	@Override
	public int outputSize() {
		return outputs;
	}

	/** @return k, the number of neighbours averaged */
	public int neighbours() {
		return voters.k();
	}

	/** @return how distances are measured */
	public Distance distance() {
		return voters.distance();
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
		Neighbours[] nearest = voters.query(inputs);
		int k = voters.k();
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
	 *         "neighbours" [1] and "targets" [n, outputs]
	 */
	public ModelParameters parameters() {
		ModelParameters parameters = new ModelParameters();
		voters.putInto(parameters);
		return parameters.putDoubles("targets", targets, voters.size(), outputs);
	}

	/**
	 * Rebuilds a model from {@link #parameters()}; it predicts exactly as the original.
	 *
	 * @param parameters the parameter set
	 * @return the model
	 * @throws ModelFormatException if an entry is missing, of the wrong type or shape, out of range or not finite
	 */
	public static KnnRegressor fromParameters(ModelParameters parameters) {
		NeighbourVoters voters = NeighbourVoters.readFrom(parameters);
		int outputs = FiniteEntries.matrixShape(parameters, "targets")[1];
		double[] targets = FiniteEntries.doubles(parameters, "targets", voters.size(), outputs);
		return new KnnRegressor(voters, targets, outputs);
	}
}
