package org.edgewise.structure.descriptor;

/**
 * Radial integrals F_nl(d) of a {@link RadialBasis}, tabulated once against the atom's distance d and
 * interpolated between the grid points.
 * <p>
 * F_nl depends on the distance only, so instead of evaluating it for every atom (exponentials for the GTO
 * basis, a quadrature for the polynomial one) the table holds F_nl and dF_nl/dd on an even grid from 0 to
 * the descriptor's cutoff and interpolates with cubic Hermite polynomials: continuously differentiable in
 * d, exact at the grid points, and within about 1e-10 of the exact values between them at the grid step
 * σ / 100 of {@link #intervals} (the integrals vary on the scale σ). An interpolation costs four
 * multiply-adds per value and touches one contiguous block of the table. Immutable.
 */
final class RadialIntegralTable {

	/** Computes exact radial integrals and their derivatives with respect to the distance. */
	interface Source {
		/**
		 * @param d           the distance in ångström, at least 0
		 * @param values      receives F_nl(d) at l n_max + n
		 * @param derivatives receives dF_nl/dd at l n_max + n
		 */
		void integrate(double d, double[] values, double[] derivatives);
	}

	private final int width;
	private final double step;
	private final int intervals;
	/** Per grid point j, the block [F_nl, h dF_nl/dd] of 2 width values starting at 2 j width. */
	private final double[] table;

	/**
	 * @param source    the exact integrals
	 * @param width     the number of integrals, (l_max + 1) n_max
	 * @param largest   the largest distance to tabulate, in ångström
	 * @param intervals the number of grid intervals on [0, largest]
	 */
	RadialIntegralTable(Source source, int width, double largest, int intervals) {
		this.width = width;
		this.intervals = intervals;
		this.step = largest / intervals;
		table = new double[2 * width * (intervals + 1)];
		double[] values = new double[width];
		double[] derivatives = new double[width];
		for (int j = 0; j <= intervals; j++) {
			source.integrate(j * step, values, derivatives);
			int base = 2 * width * j;
			for (int i = 0; i < width; i++) {
				table[base + i] = values[i];
				table[base + width + i] = step * derivatives[i];
			}
		}
	}

	/** @return the number of intervals for a grid step of σ / 100 on [0, largest] */
	static int intervals(double largest, double sigma) {
		return Math.max(1, (int) Math.ceil(100 * largest / sigma));
	}

	/**
	 * Interpolates F_nl(d).
	 *
	 * @param d   the distance in ångström, 0 to the largest tabulated distance
	 * @param out receives F_nl(d) at l n_max + n
	 */
	void evaluate(double d, double[] out) {
		double u = d / step;
		int j = Math.min((int) u, intervals - 1);
		double t = u - j;
		double s = 1 - t;
		double h00 = (1 + 2 * t) * s * s;
		double h10 = t * s * s;
		double h01 = t * t * (3 - 2 * t);
		double h11 = -t * t * s;
		int base = 2 * width * j;
		for (int i = 0; i < width; i++) {
			out[i] = h00 * table[base + i] + h10 * table[base + width + i] + h01 * table[base + 2 * width + i]
					+ h11 * table[base + 3 * width + i];
		}
	}
}
