package org.edgewise.learn.neighbours;

import org.edgewise.learn.Predictor;
import org.edgewise.learn.internal.FiniteEntries;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * k-nearest-neighbour classification by majority vote of the k nearest training rows, unweighted. Classes are
 * numbered 0, 1, ...; a tie between classes goes to the tied class whose member is nearest to the query (so
 * k = 2 with a split vote answers as k = 1). Ties in distance go to the lower training index. As a
 * {@link Predictor} it outputs each class's share of the neighbours. Immutable and safe to share between threads.
 */
public final class KnnClassifier implements Predictor {

	/** The model kind in model files. */
	public static final String KIND = "knn-classifier";

	private final NeighbourVoters voters;
	private final int[] labels;
	private final int classes;

	private KnnClassifier(NeighbourVoters voters, int[] labels, int classes) {
		this.voters = voters;
		this.labels = labels;
		this.classes = classes;
	}

	/**
	 * Keeps a training set.
	 *
	 * @param rows     the training rows, all of the same length, finite; copied
	 * @param labels   each row's class, from 0; there are as many classes as the largest label + 1; copied
	 * @param k        the number of neighbours that vote, from 1 to the number of rows
	 * @param distance how to measure distance between rows
	 * @return the model
	 * @throws IllegalArgumentException if the rows are empty, ragged or not finite, the label count differs
	 *                                  from the row count, a label is negative, k is out of range, or the
	 *                                  distance is undefined for a row
	 */
	public static KnnClassifier fit(double[][] rows, int[] labels, int k, Distance distance) {
		NearestNeighbours index = NearestNeighbours.of(rows, distance);
		if (labels.length != rows.length) {
			throw new IllegalArgumentException("there are " + rows.length + " rows but " + labels.length + " labels");
		}
		int largest = 0;
		for (int i = 0; i < labels.length; i++) {
			if (labels[i] < 0) {
				throw new IllegalArgumentException("label " + i + " is negative: " + labels[i]);
			}
			largest = Math.max(largest, labels[i]);
		}
		return new KnnClassifier(new NeighbourVoters(index, k), labels.clone(), largest + 1);
	}

	@Override
	public int inputSize() {
		return voters.features();
	}

	/** @return the number of classes */
	@Override
	public int outputSize() {
		return classes;
	}

	/** @return k, the number of neighbours that vote */
	public int neighbours() {
		return voters.k();
	}

	/** @return how distances are measured */
	public Distance distance() {
		return voters.distance();
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values
	 * @return per row, each class's share of its k nearest training rows
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	@Override
	public double[][] predict(double[][] inputs) {
		Vote[] votes = vote(inputs);
		double[][] probabilities = new double[votes.length][];
		for (int q = 0; q < votes.length; q++) {
			probabilities[q] = votes[q].probabilities();
		}
		return probabilities;
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values
	 * @return per row, the winning class
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public int[] classify(double[][] inputs) {
		Vote[] votes = vote(inputs);
		int[] winners = new int[votes.length];
		for (int q = 0; q < votes.length; q++) {
			winners[q] = votes[q].label();
		}
		return winners;
	}

	/**
	 * @param inputs rows of {@link #inputSize()} finite values
	 * @return per row, the winning class, the class shares, and the voters
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public Vote[] vote(double[][] inputs) {
		Neighbours[] nearest = voters.query(inputs);
		int k = voters.k();
		Vote[] votes = new Vote[nearest.length];
		for (int q = 0; q < nearest.length; q++) {
			int[] counts = new int[classes];
			int winner = labels[nearest[q].index(0)];
			for (int r = 0; r < k; r++) {
				counts[labels[nearest[q].index(r)]]++;
			}
			// Walking the voters nearest first, a class replaces the winner only with strictly more votes.
			for (int r = 1; r < k; r++) {
				int label = labels[nearest[q].index(r)];
				if (counts[label] > counts[winner]) {
					winner = label;
				}
			}
			double[] probabilities = new double[classes];
			for (int c = 0; c < classes; c++) {
				probabilities[c] = (double) counts[c] / k;
			}
			votes[q] = new Vote(winner, probabilities, nearest[q]);
		}
		return votes;
	}

	/**
	 * @return everything that rebuilds this model: the training set ("rows" [n, features], "distance"),
	 *         "neighbours" [1], "labels" [n] and "classes" [1]
	 */
	public ModelParameters parameters() {
		ModelParameters parameters = new ModelParameters();
		voters.putInto(parameters);
		return parameters.putInts("labels", labels).putInts("classes", new int[] { classes });
	}

	/**
	 * Rebuilds a model from {@link #parameters()}; it votes exactly as the original.
	 *
	 * @param parameters the parameter set
	 * @return the model
	 * @throws ModelFormatException if an entry is missing, of the wrong type or shape, or out of range
	 */
	public static KnnClassifier fromParameters(ModelParameters parameters) {
		NeighbourVoters voters = NeighbourVoters.readFrom(parameters);
		int classes = FiniteEntries.count(parameters, "classes", 1, Integer.MAX_VALUE);
		int[] labels = parameters.ints("labels", voters.size());
		for (int i = 0; i < labels.length; i++) {
			if (labels[i] < 0 || labels[i] >= classes) {
				throw new ModelFormatException("parameter 'labels' value " + i + " is " + labels[i]
						+ ", expected 0 to " + (classes - 1));
			}
		}
		return new KnnClassifier(voters, labels, classes);
	}
}
