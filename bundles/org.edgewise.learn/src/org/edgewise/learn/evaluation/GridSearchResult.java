package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The outcome of a {@link GridSearch}: every candidate setting with its cross-validation scores, and the
 * best of them. Prints as a table with the best row marked. Immutable.
 */
public final class GridSearchResult {

	/**
	 * One tried setting.
	 *
	 * @param parameters the setting
	 * @param scores     its score on every fold
	 */
	public record Candidate(Hyperparameters parameters, CrossValidationResult scores) {
	}

	private final Metric metric;
	private final List<Candidate> candidates;

	/**
	 * @param metric     the metric the candidates were scored with; says which direction is better
	 * @param candidates the scored settings, in the order tried; at least one
	 */
	GridSearchResult(Metric metric, List<Candidate> candidates) {
		this.metric = metric;
		this.candidates = List.copyOf(candidates);
	}

	/** @return the metric */
	public Metric metric() {
		return metric;
	}

	/** @return every candidate in the order tried */
	public List<Candidate> candidates() {
		return candidates;
	}

	/** @return the candidate with the best mean score; the first tried among equals */
	public Candidate best() {
		Candidate best = candidates.get(0);
		for (Candidate candidate : candidates) {
			if (metric.isBetter(candidate.scores().mean(), best.scores().mean())) {
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * @return a title line naming the metric and the number of folds, then a table with one row per
	 *         candidate: its hyperparameters, the mean and the standard deviation of its fold scores, and a
	 *         star on the best
	 */
	@Override
	public String toString() {
		List<String> names = new ArrayList<>(candidates.stream().flatMap(c -> c.parameters().names().stream())
				.collect(Collectors.toCollection(TreeSet::new)));
		List<String> header = new ArrayList<>(names);
		header.add("fold mean");
		header.add("fold std");
		header.add("best");
		Candidate best = best();
		List<List<String>> rows = new ArrayList<>();
		for (Candidate candidate : candidates) {
			List<String> row = new ArrayList<>();
			for (String name : names) {
				row.add(candidate.parameters().names().contains(name) ? String.valueOf(candidate.parameters().value(name)) : "");
			}
			row.add(TextTable.number(candidate.scores().mean()));
			row.add(TextTable.number(candidate.scores().standardDeviation()));
			row.add(candidate == best ? "*" : "");
			rows.add(row);
		}
		return "grid search by " + metric.name() + " over " + best.scores().foldScores().length + " folds\n"
				+ TextTable.format(header, rows);
	}
}
