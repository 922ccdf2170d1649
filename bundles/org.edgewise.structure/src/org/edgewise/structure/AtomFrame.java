package org.edgewise.structure;

/**
 * The atoms as a {@link CellGrid} sees them: coordinates in [0, 1] along the frame's axes, Cartesian
 * positions (wrapped into the cell when periodic), the whole cells each atom was moved by, and the frame's
 * widths. Shared by the neighbour list and the Voronoi search.
 */
record AtomFrame(double[][] fractional, double[][] cartesian, int[][] wrap, double[] widths) {

	static AtomFrame periodic(Structure structure) {
		Lattice lattice = structure.lattice();
		int n = structure.size();
		double[][] fractional = new double[n][];
		double[][] cartesian = new double[n][];
		int[][] wrap = new int[n][3];
		for (int i = 0; i < n; i++) {
			double[] f = lattice.toFractional(structure.position(i));
			for (int k = 0; k < 3; k++) {
				wrap[i][k] = (int) Math.floor(f[k]);
				f[k] -= wrap[i][k];
			}
			fractional[i] = f;
			cartesian[i] = lattice.toCartesian(f);
		}
		return new AtomFrame(fractional, cartesian, wrap, lattice.perpendicularWidths());
	}

	static AtomFrame cluster(Structure structure, double cutoff) {
		int n = structure.size();
		double[] low = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY };
		double[] high = { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
		double[][] cartesian = new double[n][];
		for (int i = 0; i < n; i++) {
			cartesian[i] = structure.position(i);
			for (int k = 0; k < 3; k++) {
				low[k] = Math.min(low[k], cartesian[i][k]);
				high[k] = Math.max(high[k], cartesian[i][k]);
			}
		}
		// A flat or empty box still needs a positive width: one cutoff gives it a single bin.
		double[] widths = new double[3];
		for (int k = 0; k < 3; k++) {
			widths[k] = n == 0 ? cutoff : Math.max(high[k] - low[k], cutoff);
		}
		double[][] fractional = new double[n][3];
		for (int i = 0; i < n; i++) {
			for (int k = 0; k < 3; k++) {
				fractional[i][k] = (cartesian[i][k] - low[k]) / widths[k];
			}
		}
		return new AtomFrame(fractional, cartesian, new int[n][3], widths);
	}
}
