package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.edgewise.learn.Predictor;

/**
 * Several models of the same task trained from different seeds, predicting together: the mean of their
 * predictions, and their spread (sample standard deviation across the members) as a measure of how sure
 * the ensemble is. As a {@link Predictor} it predicts the mean.
 * <p>
 * Member i is trained with the i-th seed drawn from the base seed ({@link #memberSeeds}), so the same
 * base seed gives the same ensemble whether the members train one after the other or in parallel. Means
 * and spreads are summed in member order, so they are bit-identical from run to run. Immutable.
 */
public final class Ensemble implements Predictor {

	/**
	 * The prediction of an ensemble for a set of input rows: made for the caller, which owns the arrays.
	 *
	 * @param mean   per input row, the mean over the members of each output
	 * @param spread per input row, the sample standard deviation over the members of each output
	 */
	public record Prediction(double[][] mean, double[][] spread) {
	}

	private final List<Predictor> members;

	private Ensemble(List<Predictor> members) {
		this.members = members;
	}

	/**
	 * Trains the members.
	 *
	 * @param memberCount how many members, at least 2
	 * @param baseSeed    the seed the members' seeds are drawn from
	 * @param trainer     trains one member from its seed, e.g. {@code seed -> trainNetwork(inputs, targets, seed)}
	 * @param execution   whether members train one after the other or several at once
	 * @return the ensemble
	 * @throws IllegalArgumentException when {@code memberCount} is below 2, or the members disagree on their
	 *                                  input or output sizes
	 */
	public static Ensemble train(int memberCount, long baseSeed, LongFunction<? extends Predictor> trainer,
			Execution execution) {
		long[] seeds = memberSeeds(memberCount, baseSeed);
		List<Supplier<Predictor>> tasks = new ArrayList<>();
		for (long seed : seeds) {
			tasks.add(() -> trainer.apply(seed));
		}
		return of(Tasks.inOrder(tasks, execution));
	}

	/**
	 * @param memberCount how many members, at least 2
	 * @param baseSeed    the ensemble's base seed
	 * @return the seed each member trains with, in member order: worth recording in a model card, since
	 *         each member can be retrained alone from its seed
	 * @throws IllegalArgumentException when {@code memberCount} is below 2
	 */
	public static long[] memberSeeds(int memberCount, long baseSeed) {
		if (memberCount < 2) {
			throw new IllegalArgumentException("an ensemble needs at least 2 members for a spread, got " + memberCount);
		}
		return Randomness.seeds(memberCount, baseSeed);
	}

	/**
	 * Assembles trained members, e.g. loaded one by one from their model files.
	 *
	 * @param members the members, at least 2, all with the same input and output sizes
	 * @return the ensemble
	 * @throws IllegalArgumentException when there are fewer than 2 members, one is null, or they disagree on sizes
	 */
	public static Ensemble of(List<? extends Predictor> members) {
		if (members.size() < 2) {
			throw new IllegalArgumentException("an ensemble needs at least 2 members for a spread, got " + members.size());
		}
		for (int i = 0; i < members.size(); i++) {
			Predictor member = members.get(i);
			if (member == null) {
				throw new IllegalArgumentException("ensemble member " + i + " is missing");
			}
			if (member.inputSize() != members.get(0).inputSize() || member.outputSize() != members.get(0).outputSize()) {
				throw new IllegalArgumentException("member " + i + " maps " + member.inputSize() + " inputs to "
						+ member.outputSize() + " outputs, member 0 maps " + members.get(0).inputSize() + " to "
						+ members.get(0).outputSize());
			}
		}
		return new Ensemble(List.copyOf(members));
	}

	/** @return the members, in seed order */
	public List<Predictor> members() {
		return members;
	}

	@Override
	public int inputSize() {
		return members.get(0).inputSize();
	}

	@Override
	public int outputSize() {
		return members.get(0).outputSize();
	}

	/**
	 * @param inputs rows of {@link #inputSize()} values
	 * @return per input row, the mean of the members' predictions
	 * @throws IllegalArgumentException when a row has another length than {@link #inputSize()}
	 */
	@Override
	public double[][] predict(double[][] inputs) {
		return mean(memberPredictions(inputs));
	}

	/**
	 * @param inputs rows of {@link #inputSize()} values
	 * @return per input row, the mean of the members' predictions (equal to {@link #predict}) and their
	 *         sample standard deviation (denominator members - 1)
	 * @throws IllegalArgumentException when a row has another length than {@link #inputSize()}
	 */
	public Prediction predictWithSpread(double[][] inputs) {
		List<double[][]> predictions = memberPredictions(inputs);
		double[][] mean = mean(predictions);
		double[][] spread = new double[inputs.length][outputSize()];
		for (double[][] prediction : predictions) {
			for (int i = 0; i < inputs.length; i++) {
				for (int j = 0; j < spread[i].length; j++) {
					double deviation = prediction[i][j] - mean[i][j];
					spread[i][j] += deviation * deviation;
				}
			}
		}
		for (double[] row : spread) {
			for (int j = 0; j < row.length; j++) {
				row[j] = Math.sqrt(row[j] / (members.size() - 1));
			}
		}
		return new Prediction(mean, spread);
	}

	private List<double[][]> memberPredictions(double[][] inputs) {
		return members.stream().map(member -> member.predict(inputs)).toList();
	}

	private double[][] mean(List<double[][]> predictions) {
		double[][] mean = new double[predictions.get(0).length][outputSize()];
		for (double[][] prediction : predictions) {
			for (int i = 0; i < mean.length; i++) {
				for (int j = 0; j < mean[i].length; j++) {
					mean[i][j] += prediction[i][j];
				}
			}
		}
		for (double[] row : mean) {
			for (int j = 0; j < row.length; j++) {
				row[j] /= predictions.size();
			}
		}
		return mean;
	}
}
