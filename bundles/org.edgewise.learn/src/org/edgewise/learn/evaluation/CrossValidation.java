package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.edgewise.learn.Predictor;

/**
 * Scores a way of training by cross-validation: for every fold, train on its training rows and score the
 * model on its test rows.
 * <p>
 * Fold f trains with the f-th seed drawn from the base seed, so results do not depend on the order in
 * which folds run, and every trainer scored by the same cross-validation (every point of a grid search)
 * sees the same folds and seeds. Folds run one after the other unless {@link #withExecution} asks for
 * parallel fits; the scores are the same either way. Immutable.
 */
public final class CrossValidation {

	private final List<Fold> folds;
	private final Metric metric;
	private final long seed;
	private final Execution execution;

	/**
	 * @param folds  the folds, e.g. {@link KFold#split}; at least one
	 * @param metric what to score on each fold's test rows
	 * @param seed   the base seed of the training seeds
	 * @throws IllegalArgumentException when there are no folds
	 */
	public CrossValidation(List<Fold> folds, Metric metric, long seed) {
		this(folds, metric, seed, Execution.SEQUENTIAL);
	}

	private CrossValidation(List<Fold> folds, Metric metric, long seed, Execution execution) {
		if (folds.isEmpty()) {
			throw new IllegalArgumentException("cross-validation needs at least one fold");
		}
		this.folds = List.copyOf(folds);
		this.metric = metric;
		this.seed = seed;
		this.execution = execution;
	}

	/**
	 * @param execution whether folds train one after the other or several at once
	 * @return this cross-validation, running its folds so
	 */
	public CrossValidation withExecution(Execution execution) {
		return new CrossValidation(folds, metric, seed, execution);
	}

	/** @return the folds */
	public List<Fold> folds() {
		return folds;
	}

	/** @return the metric scored on each fold */
	public Metric metric() {
		return metric;
	}

	/**
	 * @param trainer trains a model on a fold's training rows
	 * @param inputs  all sample rows; not modified
	 * @param targets all target rows, one per input row; not modified
	 * @return the score of every fold
	 * @throws IllegalArgumentException when the data are not matrices, differ in row count, a fold points
	 *                                  beyond the rows, or training or scoring rejects its arguments
	 */
	public CrossValidationResult score(Trainer trainer, double[][] inputs, double[][] targets) {
		return collect(Tasks.inOrder(tasks(trainer, inputs, targets), execution), 0);
	}

	/** @return how the folds run */
	Execution execution() {
		return execution;
	}

	/** @return one task per fold that trains and scores, for callers that pool the tasks of many trainers */
	List<Supplier<Double>> tasks(Trainer trainer, double[][] inputs, double[][] targets) {
		Rows.checkRectangular(inputs, "input");
		Rows.checkRectangular(targets, "target");
		if (inputs.length != targets.length) {
			throw new IllegalArgumentException("there are " + inputs.length + " input rows but " + targets.length + " target rows");
		}
		for (Fold fold : folds) {
			fold.checkIndices(inputs.length);
		}
		long[] seeds = Randomness.seeds(folds.size(), seed);
		List<Supplier<Double>> tasks = new ArrayList<>(folds.size());
		for (int f = 0; f < folds.size(); f++) {
			Fold fold = folds.get(f);
			long foldSeed = seeds[f];
			tasks.add(() -> {
				// Rows are copied inside the task so that only the folds being trained hold copies.
				Predictor model = trainer.train(Rows.select(inputs, fold.train()), Rows.select(targets, fold.train()),
						foldSeed);
				if (model == null) {
					throw new IllegalStateException("the trainer returned no model for a fold");
				}
				return metric.score(model, Rows.select(inputs, fold.test()), Rows.select(targets, fold.test()));
			});
		}
		return tasks;
	}

	/** @return the result made of the scores of one trainer, the {@link #folds()}.size() of them from {@code start} */
	CrossValidationResult collect(List<Double> scores, int start) {
		double[] foldScores = new double[folds.size()];
		for (int f = 0; f < foldScores.length; f++) {
			foldScores[f] = scores.get(start + f);
		}
		return new CrossValidationResult(metric.name(), foldScores);
	}
}
