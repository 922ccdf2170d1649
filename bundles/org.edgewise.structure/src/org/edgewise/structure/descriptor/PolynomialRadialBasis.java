package org.edgewise.structure.descriptor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * DScribe's polynomial radial basis: g_n(r) = Σ_k β_nk (r_cut - r)^(k+2), k = 1 ... n_max, on [0, r_cut] and
 * zero beyond, the same for every l.
 * <p>
 * β = S^(-1/2) (Löwdin) with the exact overlaps S_jk = ∫_0^r_cut r² (r_cut - r)^(j+2) (r_cut - r)^(k+2) dr
 * = 2 r_cut^(7+j+k) / ((5+j+k)(6+j+k)(7+j+k)). S is extremely ill-conditioned, so β and the values of g_n at
 * the quadrature nodes are computed in decimal arithmetic; in double precision the sum over k would cancel
 * away up to half the digits.
 * <p>
 * The radial integrals have no closed form: they are computed by Gauss-Legendre quadrature over [0, r_cut]
 * ({@link QuadratureRadialIntegrals}) and tabulated against the atom's distance ({@link RadialIntegralTable}).
 * Immutable.
 */
final class PolynomialRadialBasis implements RadialBasis {

	private final int nMax;
	private final int lMax;
	private final double rCut;
	private final BigDecimal[][] betas;
	private final RadialIntegralTable table;

	/**
	 * @param rCut    the cutoff radius in ångström
	 * @param nMax    the number of functions
	 * @param lMax    the largest degree
	 * @param sigma   the Gaussian width σ in ångström
	 * @param largest the largest atom distance to tabulate, in ångström
	 */
	PolynomialRadialBasis(double rCut, int nMax, int lMax, double sigma, double largest) {
		this(rCut, nMax, lMax, sigma, largest, quadratureNodes(rCut, sigma), RadialIntegralTable.intervals(largest,
				sigma));
	}

	/** As above, with the quadrature and the table's resolution given (the tests check both converge). */
	PolynomialRadialBasis(double rCut, int nMax, int lMax, double sigma, double largest, int nodes, int intervals) {
		this.nMax = nMax;
		this.lMax = lMax;
		this.rCut = rCut;
		MathContext context = LoewdinOrthonormalisation.context(nMax);
		BigDecimal cutoff = new BigDecimal(rCut);
		BigDecimal[][] overlap = new BigDecimal[nMax][nMax];
		for (int j = 1; j <= nMax; j++) {
			for (int k = 1; k <= nMax; k++) {
				int s = j + k;
				overlap[j - 1][k - 1] = cutoff.pow(7 + s).multiply(BigDecimal.valueOf(2))
						.divide(BigDecimal.valueOf((long) (5 + s) * (6 + s) * (7 + s)), context);
			}
		}
		betas = LoewdinOrthonormalisation.inverseSquareRoot(overlap, "polynomial");
		GaussLegendre rule = GaussLegendre.on(nodes, 0, rCut);
		double[][] values = new double[nMax][rule.size()];
		for (int q = 0; q < rule.size(); q++) {
			BigDecimal[] powers = powers(cutoff.subtract(new BigDecimal(rule.node(q))), context);
			for (int n = 0; n < nMax; n++) {
				values[n][q] = combine(n, powers, context);
			}
		}
		double[][][] functions = new double[lMax + 1][][];
		Arrays.fill(functions, values);
		table = new RadialIntegralTable(new QuadratureRadialIntegrals(rule, functions, 1 / (2 * sigma * sigma)),
				(lMax + 1) * nMax, largest, intervals);
	}

	/**
	 * The integrand varies on the scale σ and the polynomials have degree up to n_max + 2 ≤ 22: 48 nodes plus
	 * 4 per σ along [0, r_cut] integrate it to double precision.
	 */
	static int quadratureNodes(double rCut, double sigma) {
		return 48 + (int) Math.ceil(4 * rCut / sigma);
	}

	/** @return (r_cut - r)^(k+2) for k = 1 ... n_max at index k - 1 */
	private BigDecimal[] powers(BigDecimal distanceToCutoff, MathContext context) {
		BigDecimal[] powers = new BigDecimal[nMax];
		BigDecimal power = distanceToCutoff.pow(3, context);
		for (int k = 0; k < nMax; k++) {
			powers[k] = power;
			power = power.multiply(distanceToCutoff, context);
		}
		return powers;
	}

	private double combine(int n, BigDecimal[] powers, MathContext context) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int k = 0; k < nMax; k++) {
			sum = sum.add(betas[n][k].multiply(powers[k], context), context);
		}
		return sum.doubleValue();
	}

	@Override
	public int nMax() {
		return nMax;
	}

	@Override
	public int lMax() {
		return lMax;
	}

	@Override
	public double value(int n, int l, double r) {
		if (r >= rCut) {
			return 0;
		}
		MathContext context = LoewdinOrthonormalisation.context(nMax);
		return combine(n, powers(new BigDecimal(rCut).subtract(new BigDecimal(r)), context), context);
	}

	@Override
	public void integrals(double r, double[] out) {
		table.evaluate(r, out);
	}
}
