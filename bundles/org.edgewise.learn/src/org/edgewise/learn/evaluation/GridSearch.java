package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Chooses hyperparameters by cross-validation: every candidate setting is trained and scored on the same
 * folds with the same seeds, and the best mean score wins (Kiyohara et al. choose layer count, width and
 * regularisation so, with 5-fold cross-validation).
 */
public final class GridSearch {

	private GridSearch() {
	}

	/**
	 * Scores every candidate. When the cross-validation runs in parallel, the folds of all candidates are
	 * scheduled together, so a small grid with few folds still keeps every core busy.
	 *
	 * @param candidates      the settings to try, e.g. {@link ParameterGrid#combinations}; at least one
	 * @param trainerFor      makes the trainer of a setting
	 * @param crossValidation the folds, metric and seed every candidate is scored with
	 * @param inputs          all sample rows; not modified
	 * @param targets         all target rows; not modified
	 * @return every candidate's scores, in the order given, and the best
	 * @throws IllegalArgumentException when there is no candidate, or as {@link CrossValidation#score}
	 */
	public static GridSearchResult run(List<Hyperparameters> candidates, Function<Hyperparameters, Trainer> trainerFor,
			CrossValidation crossValidation, double[][] inputs, double[][] targets) {
		if (candidates.isEmpty()) {
			throw new IllegalArgumentException("a grid search needs at least one candidate setting");
		}
		List<Supplier<Double>> tasks = new ArrayList<>();
		for (Hyperparameters candidate : candidates) {
			tasks.addAll(crossValidation.tasks(trainerFor.apply(candidate), inputs, targets));
		}
		List<Double> scores = Tasks.inOrder(tasks, crossValidation.execution());
		List<GridSearchResult.Candidate> scored = new ArrayList<>();
		int foldCount = crossValidation.folds().size();
		for (int c = 0; c < candidates.size(); c++) {
			scored.add(new GridSearchResult.Candidate(candidates.get(c), crossValidation.collect(scores, c * foldCount)));
		}
		return new GridSearchResult(crossValidation.metric(), scored);
	}
}
