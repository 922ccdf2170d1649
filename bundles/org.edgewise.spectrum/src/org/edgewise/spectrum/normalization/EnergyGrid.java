package org.edgewise.spectrum.normalization;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Index look-ups and clean-ups on energy arrays, with the exact semantics of the helpers Larch uses in
 * its pre-edge code. They are written for any array, sorted or not, because separating repeated energies
 * can leave a locally unsorted array and the later steps must behave as Larch's do on it.
 */
final class EnergyGrid {

	/** Energies closer than this (eV) count as repeated (Larch's TINY_ENERGY). */
	static final double TINY_STEP = 0.0005;

	private EnergyGrid() {
	}

	/**
	 * Larch's {@code remove_dups}: an energy within {@link #TINY_STEP} of its predecessor (as given) is
	 * raised by {@code TINY_STEP} more than the predecessor was raised. Nothing changes when no step is
	 * below ten times {@code TINY_STEP}.
	 *
	 * @return a new array
	 */
	static double[] separateRepeats(double[] energies) {
		double[] result = energies.clone();
		if (energies.length <= 1) {
			return result;
		}
		double minStep = Double.POSITIVE_INFINITY;
		for (int i = 1; i < energies.length; i++) {
			minStep = Math.min(minStep, energies[i] - energies[i - 1]);
		}
		if (minStep > 10 * TINY_STEP) {
			return result;
		}
		double[] added = new double[energies.length];
		for (int i = 1; i < energies.length; i++) {
			if (Math.abs(energies[i] - energies[i - 1]) < TINY_STEP) {
				added[i] = added[i - 1] + TINY_STEP;
			}
			result[i] = energies[i] + added[i];
		}
		return result;
	}

	/**
	 * Larch's "ordered" selection {@code where(diff(argsort(a)) == 1)}: the positions i (of a itself, not of
	 * the sorted order) for which the i-th and (i+1)-th smallest values sit next to each other in a. For a
	 * sorted array this is every position but the last.
	 */
	static int[] orderedPositions(double[] values) {
		Integer[] boxed = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(boxed, Comparator.comparingDouble(i -> values[i]));
		return IntStream.range(0, Math.max(0, values.length - 1)).filter(i -> boxed[i + 1] - boxed[i] == 1).toArray();
	}

	/** @return {@code values[positions[0]], values[positions[1]], ...} */
	static double[] select(double[] values, int[] positions) {
		double[] result = new double[positions.length];
		for (int i = 0; i < positions.length; i++) {
			result[i] = values[positions[i]];
		}
		return result;
	}

	/** Larch's {@code index_of}: the last index whose value is at or below {@code value}, else 0. */
	static int indexAtOrBelow(double[] values, double value) {
		for (int i = values.length - 1; i >= 0; i--) {
			if (values[i] <= value) {
				return i;
			}
		}
		return 0;
	}

	/** Larch's {@code index_nearest}: the first index of the value nearest to {@code value}. */
	static int indexNearest(double[] values, double value) {
		int best = 0;
		double bestDistance = Math.abs(values[0] - value);
		for (int i = 1; i < values.length; i++) {
			double distance = Math.abs(values[i] - value);
			if (distance < bestDistance) {
				best = i;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * {@code gradient(y) / gradient(x)} with numpy's unit-spacing gradient: central differences inside,
	 * one-sided differences at both ends. Needs at least two points.
	 */
	static double[] derivative(double[] x, double[] y) {
		int n = x.length;
		double[] result = new double[n];
		result[0] = (y[1] - y[0]) / (x[1] - x[0]);
		result[n - 1] = (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]);
		for (int i = 1; i < n - 1; i++) {
			result[i] = (y[i + 1] - y[i - 1]) / (x[i + 1] - x[i - 1]);
		}
		return result;
	}

	/** @return the arithmetic mean of {@code values[from..to)} */
	static double mean(double[] values, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += values[i];
		}
		return sum / (to - from);
	}
}
