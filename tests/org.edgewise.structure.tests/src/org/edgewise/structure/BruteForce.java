package org.edgewise.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference the neighbour list is checked against: every atom pair and, for a periodic structure,
 * every image offset in a box wide enough to hold all images within the cutoff. Quadratic in the atom
 * count and independent of the cell-list code.
 */
final class BruteForce {

	private BruteForce() {
	}

	/** @return the neighbours of {@code atom} within {@code cutoff}, in no particular order */
	static List<Neighbour> neighbours(Structure structure, int atom, double cutoff) {
		int[] range = new int[3];
		if (structure.isPeriodic()) {
			// An image n of atom j lies within the cutoff only if |f_j + n - f_atom| <= cutoff / width along
			// each axis (the width being the distance between lattice planes), so
			// |n| <= cutoff / width + (largest - smallest fractional coordinate).
			double[] widths = structure.lattice().perpendicularWidths();
			for (int k = 0; k < 3; k++) {
				double low = Double.POSITIVE_INFINITY;
				double high = Double.NEGATIVE_INFINITY;
				for (int i = 0; i < structure.size(); i++) {
					double f = structure.lattice().toFractional(structure.position(i))[k];
					low = Math.min(low, f);
					high = Math.max(high, f);
				}
				range[k] = (int) Math.ceil(cutoff / widths[k] + high - low);
			}
		}
		double[] centre = structure.position(atom);
		List<Neighbour> found = new ArrayList<>();
		for (int j = 0; j < structure.size(); j++) {
			for (int n0 = -range[0]; n0 <= range[0]; n0++) {
				for (int n1 = -range[1]; n1 <= range[1]; n1++) {
					for (int n2 = -range[2]; n2 <= range[2]; n2++) {
						if (j == atom && n0 == 0 && n1 == 0 && n2 == 0) {
							continue;
						}
						double[] r = structure.position(j);
						if (structure.isPeriodic()) {
							double[] shift = structure.lattice().toCartesian(new double[] { n0, n1, n2 });
							for (int k = 0; k < 3; k++) {
								r[k] += shift[k];
							}
						}
						double[] v = { r[0] - centre[0], r[1] - centre[1], r[2] - centre[2] };
						double d = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
						if (d <= cutoff) {
							found.add(new Neighbour(j, d, v, new int[] { n0, n1, n2 }));
						}
					}
				}
			}
		}
		return found;
	}
}
