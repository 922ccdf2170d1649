package org.edgewise.learn.evaluation;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Groups sample indices by class label, the strata that stratified splits and folds sample from. */
final class Strata {

	private Strata() {
	}

	/**
	 * @param labels one class label per sample; any int values (sorting them, rather than counting into an
	 *               array indexed by label, keeps a stray huge label from costing memory)
	 * @return one array per distinct label, in ascending label order, each listing that label's sample
	 *         indices in ascending order
	 * @throws IllegalArgumentException when there are no labels
	 */
	static int[][] of(int[] labels) {
		if (labels.length == 0) {
			throw new IllegalArgumentException("there are no labels to stratify by");
		}
		int[] byLabel = IntStream.range(0, labels.length).boxed()
				.sorted((a, b) -> labels[a] != labels[b] ? Integer.compare(labels[a], labels[b]) : Integer.compare(a, b))
				.mapToInt(Integer::intValue).toArray();
		int[][] groups = new int[(int) Arrays.stream(labels).distinct().count()][];
		int start = 0;
		for (int g = 0; g < groups.length; g++) {
			int end = start + 1;
			while (end < byLabel.length && labels[byLabel[end]] == labels[byLabel[start]]) {
				end++;
			}
			groups[g] = Arrays.copyOfRange(byLabel, start, end);
			start = end;
		}
		return groups;
	}

	/** @return the size of each group */
	static int[] sizes(int[][] groups) {
		return Arrays.stream(groups).mapToInt(group -> group.length).toArray();
	}
}
