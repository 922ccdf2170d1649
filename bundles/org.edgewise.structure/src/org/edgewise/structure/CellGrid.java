package org.edgewise.structure;

import java.util.Arrays;

/**
 * Atoms sorted into a grid of bins over a frame (the cell of a periodic structure, the bounding box of a
 * cluster), with the bins as wide as the cutoff allows, so that every neighbour of an atom lies within
 * {@link #reach(int)} bins of the atom's own bin along each axis. This is what makes neighbour search
 * linear in the number of atoms.
 */
final class CellGrid {

	private final int[] counts = new int[3];
	private final int[] reach = new int[3];
	private final int[][] binOf;
	private final int[] first;
	private final int[] next;

	/**
	 * @param fractional each atom's coordinates along the frame's axes, in [0, 1]
	 * @param widths     the frame's perpendicular width along each axis, in ångström
	 * @param cutoff     the neighbour cutoff in ångström
	 */
	CellGrid(double[][] fractional, double[] widths, double cutoff) {
		long[] wanted = new long[3];
		for (int k = 0; k < 3; k++) {
			wanted[k] = Math.max(1, (long) Math.floor(widths[k] / cutoff));
		}
		// A sparse frame (a large box, few atoms) would otherwise get mostly empty bins: keep about two atoms' worth.
		long limit = Math.max(27, 2L * fractional.length);
		while (wanted[0] * wanted[1] * wanted[2] > limit) {
			int largest = wanted[0] >= wanted[1] && wanted[0] >= wanted[2] ? 0 : wanted[1] >= wanted[2] ? 1 : 2;
			wanted[largest] = Math.max(1, wanted[largest] / 2);
		}
		for (int k = 0; k < 3; k++) {
			counts[k] = (int) wanted[k];
			// Two points closer than the cutoff differ by less than cutoff / width in fractional coordinate k,
			// so their bins differ by at most ceil(cutoff * bins / width).
			reach[k] = (int) Math.ceil(cutoff * counts[k] / widths[k]);
		}
		binOf = new int[fractional.length][3];
		first = new int[counts[0] * counts[1] * counts[2]];
		Arrays.fill(first, -1);
		next = new int[fractional.length];
		for (int i = fractional.length - 1; i >= 0; i--) {
			for (int k = 0; k < 3; k++) {
				binOf[i][k] = Math.min(counts[k] - 1, Math.max(0, (int) Math.floor(fractional[i][k] * counts[k])));
			}
			int bin = flat(binOf[i][0], binOf[i][1], binOf[i][2]);
			next[i] = first[bin];
			first[bin] = i;
		}
	}

	/** @return the number of bins along axis {@code k} */
	int count(int k) {
		return counts[k];
	}

	/** @return how many bins either side of an atom's own bin along axis {@code k} can hold its neighbours */
	int reach(int k) {
		return reach[k];
	}

	/** @return the bin coordinate of atom {@code atom} along axis {@code k} */
	int binOf(int atom, int k) {
		return binOf[atom][k];
	}

	/** @return the first atom in bin (b0, b1, b2), or -1 when it is empty */
	int first(int b0, int b1, int b2) {
		return first[flat(b0, b1, b2)];
	}

	/** @return the atom after {@code atom} in the same bin, or -1 at the end */
	int next(int atom) {
		return next[atom];
	}

	private int flat(int b0, int b1, int b2) {
		return (b0 * counts[1] + b1) * counts[2] + b2;
	}
}
