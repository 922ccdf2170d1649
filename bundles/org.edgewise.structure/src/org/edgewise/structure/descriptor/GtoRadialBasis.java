package org.edgewise.structure.descriptor;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * DScribe's GTO radial basis: g_nl(r) = Σ_k β^l_nk r^l exp(-α_kl r²) on the whole half-line.
 * <p>
 * The decays α_kl = -ln(0.001 / a_k^l) / a_k² make r^l exp(-α r²) fall to 0.001 at a_k, the n_max
 * distances evenly spaced from 1 Å to r_cut; β^l = S^(-1/2) (Löwdin) with the overlaps
 * S_jk = ∫ r² r^(2l) exp(-(α_j + α_k) r²) dr = Γ(l + 3/2) / (2 (α_j + α_k)^(l + 3/2)).
 * <p>
 * The radial integrals of the primitive functions r^l exp(-α r²) are analytic: with p = α + η and
 * ∫ r^(l+2) exp(-p r²) i_l(b r) dr = √π / (4 p^(3/2)) (b / 2p)^l exp(b² / 4p), b = 2η r_i,
 * P_kl(r_i) = π^(3/2) p^(-3/2) (η / p)^l r_i^l exp(-α η r_i² / p) (DScribe's analytic GTO expansion), and
 * F_nl = Σ_k β^l_nk P_kl. They are tabulated ({@link RadialIntegralTable}): an interpolation is cheaper than
 * (l_max + 1) n_max exponentials per atom. Immutable.
 */
final class GtoRadialBasis implements RadialBasis {

	/** The value r^l exp(-α r²) decays to at its distance a_k. */
	private static final double DECAY = 1e-3;

	private final int nMax;
	private final int lMax;
	/** α_kl at [l][k]. */
	private final double[][] alphas;
	/** β^l_nk at [l][n][k]. */
	private final double[][][] betas;
	/** π^(3/2) p^(-3/2) (η / p)^l at [l n_max + k]. */
	private final double[] prefactor;
	/** α η / p at [l n_max + k]. */
	private final double[] decay;
	private final RadialIntegralTable table;

	/**
	 * @param rCut    the cutoff radius in ångström, above 1
	 * @param nMax    the number of functions per l
	 * @param lMax    the largest degree
	 * @param sigma   the Gaussian width σ in ångström
	 * @param largest the largest atom distance to tabulate, in ångström
	 */
	GtoRadialBasis(double rCut, int nMax, int lMax, double sigma, double largest) {
		if (!(rCut > 1)) {
			throw new IllegalArgumentException("the SOAP GTO basis needs r_cut above 1 Å (its functions decay between 1 Å "
					+ "and r_cut), got " + rCut);
		}
		this.nMax = nMax;
		this.lMax = lMax;
		double eta = 1 / (2 * sigma * sigma);
		alphas = new double[lMax + 1][nMax];
		betas = new double[lMax + 1][][];
		prefactor = new double[(lMax + 1) * nMax];
		decay = new double[(lMax + 1) * nMax];
		for (int l = 0; l <= lMax; l++) {
			for (int k = 0; k < nMax; k++) {
				// numpy.linspace(1, r_cut, n_max), whose last point is r_cut exactly.
				double a = nMax == 1 ? 1 : k == nMax - 1 ? rCut : 1 + k * ((rCut - 1) / (nMax - 1));
				alphas[l][k] = -Math.log(DECAY / Math.pow(a, l)) / (a * a);
				double p = alphas[l][k] + eta;
				prefactor[l * nMax + k] = Math.pow(Math.PI / p, 1.5) * Math.pow(eta / p, l);
				decay[l * nMax + k] = alphas[l][k] * eta / p;
			}
			betas[l] = orthonormalisation(alphas[l], l);
		}
		table = new RadialIntegralTable(this::exactIntegrals, (lMax + 1) * nMax, largest,
				RadialIntegralTable.intervals(largest, sigma));
	}

	/** β^l = S^(-1/2), with the constant Γ(l + 3/2) / 2 of S taken out of the decimal arithmetic. */
	private static double[][] orthonormalisation(double[] alphas, int l) {
		int n = alphas.length;
		MathContext context = LoewdinOrthonormalisation.context(n);
		BigDecimal[][] overlap = new BigDecimal[n][n];
		for (int j = 0; j < n; j++) {
			for (int k = 0; k < n; k++) {
				BigDecimal sum = new BigDecimal(alphas[j]).add(new BigDecimal(alphas[k]));
				// (α_j + α_k)^-(l + 3/2)
				overlap[j][k] = BigDecimal.ONE.divide(sum.pow(l + 1).multiply(sum.sqrt(context)), context);
			}
		}
		double[][] betas = LoewdinOrthonormalisation.toDoubles(LoewdinOrthonormalisation.inverseSquareRoot(overlap,
				"GTO (l = " + l + ")"));
		double scale = 1 / Math.sqrt(0.5 * gammaOfHalfInteger(l));
		for (double[] row : betas) {
			for (int k = 0; k < n; k++) {
				row[k] *= scale;
			}
		}
		return betas;
	}

	/** @return Γ(l + 3/2) = (2l + 1)!! √π / 2^(l+1) */
	private static double gammaOfHalfInteger(int l) {
		double value = Math.sqrt(Math.PI) / 2;
		for (int k = 1; k <= l; k++) {
			value *= k + 0.5;
		}
		return value;
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
		double sum = 0;
		for (int k = 0; k < nMax; k++) {
			sum += betas[l][n][k] * Math.exp(-alphas[l][k] * r * r);
		}
		return sum * Math.pow(r, l);
	}

	@Override
	public void integrals(double r, double[] out) {
		table.evaluate(r, out);
	}

	/**
	 * The analytic integrals: P_kl(d) = A_kl d^l exp(-c_kl d²) with dP_kl/dd = A_kl exp(-c_kl d²)
	 * (l d^(l-1) - 2 c_kl d^(l+1)), combined by β.
	 *
	 * @param d           the distance in ångström
	 * @param values      receives F_nl(d) at l n_max + n
	 * @param derivatives receives dF_nl/dd at l n_max + n
	 */
	void exactIntegrals(double d, double[] values, double[] derivatives) {
		double dd = d * d;
		double[] primitive = new double[nMax];
		double[] primitiveDerivative = new double[nMax];
		// d^(l-1), with 0 standing in for the l = 0 term, which l = 0 multiplies away.
		double lower = 0;
		double power = 1;
		for (int l = 0; l <= lMax; l++) {
			for (int k = 0; k < nMax; k++) {
				int i = l * nMax + k;
				double e = prefactor[i] * Math.exp(-decay[i] * dd);
				primitive[k] = e * power;
				primitiveDerivative[k] = e * (l * lower - 2 * decay[i] * power * d);
			}
			for (int n = 0; n < nMax; n++) {
				double value = 0;
				double derivative = 0;
				for (int k = 0; k < nMax; k++) {
					value += betas[l][n][k] * primitive[k];
					derivative += betas[l][n][k] * primitiveDerivative[k];
				}
				values[l * nMax + n] = value;
				derivatives[l * nMax + n] = derivative;
			}
			lower = power;
			power *= d;
		}
	}
}
