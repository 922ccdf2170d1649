package org.edgewise.learn.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.edgewise.learn.Predictor;

/** Small models with known behaviour, standing in for the real ones in evaluation tests. */
final class ToyModels {

	private ToyModels() {
	}

	/** A straight line y = slope x + intercept, one input and one output. */
	record Line(double slope, double intercept) implements Predictor {

		@Override
		public int inputSize() {
			return 1;
		}

		@Override
		public int outputSize() {
			return 1;
		}

		@Override
		public double[][] predict(double[][] inputs) {
			double[][] outputs = new double[inputs.length][];
			for (int i = 0; i < inputs.length; i++) {
				if (inputs[i].length != 1) {
					throw new IllegalArgumentException("row " + i + " has " + inputs[i].length + " values, expected 1");
				}
				outputs[i] = new double[] { slope * inputs[i][0] + intercept };
			}
			return outputs;
		}
	}

	/**
	 * @param lambda the penalty on the squared slope (the intercept is not penalised)
	 * @return a trainer of ridge-regularised lines; it ignores the seed
	 */
	static Trainer ridgeLine(double lambda) {
		return (inputs, targets, seed) -> {
			double meanX = 0;
			double meanY = 0;
			for (int i = 0; i < inputs.length; i++) {
				meanX += inputs[i][0] / inputs.length;
				meanY += targets[i][0] / inputs.length;
			}
			double sxy = 0;
			double sxx = 0;
			for (int i = 0; i < inputs.length; i++) {
				sxy += (inputs[i][0] - meanX) * (targets[i][0] - meanY);
				sxx += (inputs[i][0] - meanX) * (inputs[i][0] - meanX);
			}
			double slope = sxy / (sxx + lambda);
			return new Line(slope, meanY - slope * meanX);
		};
	}

	/**
	 * A bagged line: least squares on a bootstrap resample of the training rows chosen by the seed, so
	 * different seeds give slightly different lines.
	 */
	static Line baggedLine(double[][] inputs, double[][] targets, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] x = new double[inputs.length][];
		double[][] y = new double[inputs.length][];
		for (int i = 0; i < inputs.length; i++) {
			int drawn = random.nextInt(inputs.length);
			x[i] = inputs[drawn];
			y[i] = targets[drawn];
		}
		return (Line) ridgeLine(0).train(x, y, seed);
	}

	/** Input rows with their target rows. */
	record Samples(double[][] inputs, double[][] targets) {
	}

	/** Rows with their class labels. */
	record LabelledRows(double[][] rows, int[] labels) {
	}

	/** Rows of x spread evenly over [0, 10) with y = 3 x + 1 plus Gaussian noise of the given size. */
	static Samples noisyLine(int count, double noise, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] inputs = new double[count][1];
		double[][] targets = new double[count][1];
		for (int i = 0; i < count; i++) {
			inputs[i][0] = 10.0 * i / count;
			targets[i][0] = 3 * inputs[i][0] + 1 + noise * gaussian(random);
		}
		return new Samples(inputs, targets);
	}

	/**
	 * A nearest-centroid classifier: the score of class c is minus the distance to the mean of the training
	 * rows of class c. Trains on one-hot targets; ignores the seed.
	 */
	static Trainer nearestCentroid() {
		return (inputs, targets, seed) -> {
			int classes = targets[0].length;
			int features = inputs[0].length;
			double[][] centroids = new double[classes][features];
			int[] counts = new int[classes];
			int[] labels = OneHot.decode(targets);
			for (int i = 0; i < inputs.length; i++) {
				counts[labels[i]]++;
				for (int j = 0; j < features; j++) {
					centroids[labels[i]][j] += inputs[i][j];
				}
			}
			for (int c = 0; c < classes; c++) {
				for (int j = 0; j < features; j++) {
					centroids[c][j] /= Math.max(1, counts[c]);
				}
			}
			return new Predictor() {
				@Override
				public int inputSize() {
					return features;
				}

				@Override
				public int outputSize() {
					return classes;
				}

				@Override
				public double[][] predict(double[][] rows) {
					double[][] scores = new double[rows.length][classes];
					for (int i = 0; i < rows.length; i++) {
						for (int c = 0; c < classes; c++) {
							double squared = 0;
							for (int j = 0; j < features; j++) {
								squared += (rows[i][j] - centroids[c][j]) * (rows[i][j] - centroids[c][j]);
							}
							scores[i][c] = -Math.sqrt(squared);
						}
					}
					return scores;
				}
			};
		};
	}

	/**
	 * Gaussian blobs in two dimensions: class c centred at (3c, 0) with unit spread, the given number of
	 * samples per class, in class order.
	 */
	static LabelledRows blobs(int[] perClass, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int total = Arrays.stream(perClass).sum();
		double[][] rows = new double[total][];
		int[] labels = new int[total];
		int at = 0;
		for (int c = 0; c < perClass.length; c++) {
			for (int k = 0; k < perClass[c]; k++) {
				rows[at] = new double[] { 3 * c + gaussian(random), gaussian(random) };
				labels[at++] = c;
			}
		}
		return new LabelledRows(rows, labels);
	}

	/** A standard normal number by the Box-Muller transform, so the stream of numbers is fixed by the seed. */
	static double gaussian(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}
}
