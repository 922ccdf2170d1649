package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every combination of hyperparameter values: the candidates of a grid search.
 */
public final class ParameterGrid {

	private ParameterGrid() {
	}

	/**
	 * Lists the combinations in a stable order: names sorted, the last name's values varying fastest, each
	 * name's values in the order given (as scikit-learn's ParameterGrid). For
	 * {@code {"alpha": [1, 10], "layers": [2, 3]}}: alpha=1 layers=2, alpha=1 layers=3, alpha=10 layers=2,
	 * alpha=10 layers=3.
	 *
	 * @param values the candidate values of each hyperparameter; each list non-empty, each value as
	 *               {@link Hyperparameters#of} accepts (a value that is itself a list is one candidate)
	 * @return the product of the lists, one setting per combination; one empty setting when there are no names
	 * @throws IllegalArgumentException naming a hyperparameter without candidate values, or with an invalid one
	 */
	public static List<Hyperparameters> combinations(Map<String, ? extends List<?>> values) {
		Map<String, List<?>> sorted = new TreeMap<>(values);
		List<Map<String, Object>> partial = new ArrayList<>();
		partial.add(new LinkedHashMap<>());
		for (Map.Entry<String, List<?>> entry : sorted.entrySet()) {
			if (entry.getValue().isEmpty()) {
				throw new IllegalArgumentException("hyperparameter '" + entry.getKey() + "' has no candidate values");
			}
			List<Map<String, Object>> extended = new ArrayList<>();
			for (Map<String, Object> combination : partial) {
				for (Object value : entry.getValue()) {
					Map<String, Object> next = new LinkedHashMap<>(combination);
					next.put(entry.getKey(), value);
					extended.add(next);
				}
			}
			partial = extended;
		}
		return partial.stream().map(Hyperparameters::of).toList();
	}
}
