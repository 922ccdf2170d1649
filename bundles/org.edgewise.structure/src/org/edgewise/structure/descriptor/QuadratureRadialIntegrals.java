package org.edgewise.structure.descriptor;

import java.util.Arrays;

/**
 * The radial integrals F_nl(d) = 4π ∫ r² g_nl(r) exp(-η (r² + d²)) i_l(2η r d) dr (see {@link RadialBasis})
 * of functions g_nl known at the nodes of a Gauss-Legendre rule, by that rule, with their derivatives
 * dF_nl/dd. The integrand is written exp(-η (r - d)²) times exp(-x) i_l(x), x = 2η r d, so that nothing
 * overflows; d/dd brings in i_l' = (l i_(l-1) + (l+1) i_(l+1)) / (2l + 1). Immutable.
 */
final class QuadratureRadialIntegrals implements RadialIntegralTable.Source {

	private final GaussLegendre rule;
	/** g_nl(r_q) at [l][n][q]. */
	private final double[][][] functions;
	private final int nMax;
	private final int lMax;
	private final double eta;

	/**
	 * @param rule      the quadrature rule over the functions' support
	 * @param functions g_nl at the rule's nodes, at [l][n][q]; kept, not copied
	 * @param eta       η = 1 / (2σ²) in Å⁻²
	 */
	QuadratureRadialIntegrals(GaussLegendre rule, double[][][] functions, double eta) {
		this.rule = rule;
		this.functions = functions;
		this.lMax = functions.length - 1;
		this.nMax = functions[0].length;
		this.eta = eta;
	}

	@Override
	public void integrate(double d, double[] values, double[] derivatives) {
		Arrays.fill(values, 0, (lMax + 1) * nMax, 0);
		Arrays.fill(derivatives, 0, (lMax + 1) * nMax, 0);
		// exp(-x) i_l(x) up to l_max + 1 for the derivatives.
		double[] bessel = new double[lMax + 2];
		for (int q = 0; q < rule.size(); q++) {
			double r = rule.node(q);
			ModifiedSphericalBessel.scaled(2 * eta * r * d, bessel);
			double weight = 4 * Math.PI * rule.weight(q) * r * r * Math.exp(-eta * (r - d) * (r - d));
			for (int l = 0; l <= lMax; l++) {
				double besselDerivative = ((l > 0 ? l * bessel[l - 1] : 0) + (l + 1) * bessel[l + 1]) / (2 * l + 1);
				double value = weight * bessel[l];
				double derivative = weight * 2 * eta * (r * besselDerivative - d * bessel[l]);
				for (int n = 0; n < nMax; n++) {
					double g = functions[l][n][q];
					values[l * nMax + n] += value * g;
					derivatives[l * nMax + n] += derivative * g;
				}
			}
		}
	}
}
