package org.edgewise.learn.evaluation;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shares a whole number of places among groups in proportion to their sizes (the largest remainder
 * method), so a stratified split keeps every class's share of each part as close as whole samples allow.
 */
final class Apportionment {

	private Apportionment() {
	}

	/**
	 * Gives each group the floor of its quota {@code total * sizes[g] / sum(sizes)}, then hands the places
	 * left over one at a time to the groups with the largest fractional quota (the lower group first on a
	 * tie), skipping groups that have no room left.
	 *
	 * @param total the places to share
	 * @param sizes each group's size, the weight of its claim; not all zero
	 * @param room  the most places each group can take; each at least the floor of its quota
	 * @return the places of each group, adding up to {@code total}
	 * @throws IllegalArgumentException when the groups have less room than {@code total} places
	 */
	static int[] share(int total, int[] sizes, int[] room) {
		if (IntStream.of(room).asLongStream().sum() < total) {
			throw new IllegalArgumentException("cannot share " + total + " places among groups with room for "
					+ IntStream.of(room).asLongStream().sum());
		}
		long sum = IntStream.of(sizes).asLongStream().sum();
		int[] places = new int[sizes.length];
		long[] remainders = new long[sizes.length];
		int given = 0;
		for (int g = 0; g < sizes.length; g++) {
			// Integer arithmetic: quotas with equal fractions must tie exactly.
			places[g] = (int) ((long) total * sizes[g] / sum);
			remainders[g] = (long) total * sizes[g] % sum;
			given += places[g];
		}
		int[] order = IntStream.range(0, sizes.length).boxed()
				.sorted(Comparator.<Integer>comparingLong(g -> -remainders[g]).thenComparingInt(g -> g))
				.mapToInt(Integer::intValue).toArray();
		while (given < total) {
			for (int g : order) {
				if (given < total && places[g] < room[g]) {
					places[g]++;
					given++;
				}
			}
		}
		return places;
	}
}
