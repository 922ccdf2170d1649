package org.edgewise.structure.descriptor;

import java.util.Arrays;

/**
 * The settings of {@link Acsf}, named as the arguments of DScribe's {@code ACSF(r_cut, g2_params, g3_params,
 * g4_params, g5_params)}. A plain object: every setter checks its value and stores a copy, every getter
 * returns a copy.
 * <ul>
 * <li>{@code rCut}: the cutoff radius r_c of f_c(r) = (cos(π r / r_c) + 1) / 2, in ångström;</li>
 * <li>{@code g2Params}: pairs (η in Å⁻², R_s in Å) of G2 = Σ_j exp(-η (r_ij - R_s)²) f_c(r_ij);</li>
 * <li>{@code g3Params}: κ values (Å⁻¹) of G3 = Σ_j cos(κ r_ij) f_c(r_ij);</li>
 * <li>{@code g4Params}: triples (η in Å⁻², ζ, λ) of G4 = Σ_{j<k} 2^(1-ζ) (1 + λ cos θ_ijk)^ζ
 * exp(-η (r_ij² + r_ik² + r_jk²)) f_c(r_ij) f_c(r_ik) f_c(r_jk);</li>
 * <li>{@code g5Params}: triples (η, ζ, λ) of G5, as G4 without r_jk in the exponent and without f_c(r_jk).</li>
 * </ul>
 * ζ must be positive and λ lie in [-1, 1] (Behler uses ±1), so that 1 + λ cos θ is never negative. G1 = Σ_j
 * f_c(r_ij) is always included, as in DScribe.
 */
public final class AcsfSettings {

	private double rCut = 6.0;
	private double[][] g2Params = new double[0][];
	private double[] g3Params = new double[0];
	private double[][] g4Params = new double[0][];
	private double[][] g5Params = new double[0][];

	/** Settings with a 6 Å cutoff and no G2 to G5 functions (G1 only). */
	public AcsfSettings() {
	}

	/**
	 * @return r_c 6 Å; ten G2 with η = 2 Å⁻² (Gaussians 0.5 Å wide) centred every 0.5 Å from R_s = 1 to
	 *         5.5 Å, resolving the first shells; six G4 with η = 0.005 Å⁻² (nearly flat: the cutoff does
	 *         the limiting), ζ = 1, 2, 4 and λ = +1, -1; no G3 or G5. That is 11 values per species and 6
	 *         per species pair.
	 */
	public static AcsfSettings defaults() {
		AcsfSettings settings = new AcsfSettings();
		settings.setRCut(6.0);
		double[][] g2 = new double[10][];
		for (int i = 0; i < g2.length; i++) {
			g2[i] = new double[] { 2.0, 1.0 + 0.5 * i };
		}
		settings.setG2Params(g2);
		settings.setG4Params(new double[][] { { 0.005, 1, 1 }, { 0.005, 1, -1 }, { 0.005, 2, 1 }, { 0.005, 2, -1 },
				{ 0.005, 4, 1 }, { 0.005, 4, -1 } });
		return settings;
	}

	/** @return an independent copy */
	public AcsfSettings copy() {
		AcsfSettings copy = new AcsfSettings();
		copy.rCut = rCut;
		copy.g2Params = deepCopy(g2Params);
		copy.g3Params = g3Params.clone();
		copy.g4Params = deepCopy(g4Params);
		copy.g5Params = deepCopy(g5Params);
		return copy;
	}

	/** @return the cutoff radius in ångström */
	public double getRCut() {
		return rCut;
	}

	/** @param rCut the cutoff radius in ångström, positive and finite */
	public void setRCut(double rCut) {
		if (!(rCut > 0) || Double.isInfinite(rCut)) {
			throw new IllegalArgumentException("ACSF r_cut must be a positive finite distance in ångström, got " + rCut);
		}
		this.rCut = rCut;
	}

	/** @return the G2 parameters, one {η, R_s} per function; a copy */
	public double[][] getG2Params() {
		return deepCopy(g2Params);
	}

	/** @param g2Params one {η, R_s} per function: η ≥ 0 in Å⁻², R_s in Å; copied */
	public void setG2Params(double[][] g2Params) {
		check("g2_params", g2Params, 2, "(eta, Rs)");
		for (int i = 0; i < g2Params.length; i++) {
			nonNegative("g2_params", i, "eta", g2Params[i][0]);
		}
		this.g2Params = deepCopy(g2Params);
	}

	/** @return the G3 κ values; a copy */
	public double[] getG3Params() {
		return g3Params.clone();
	}

	/** @param g3Params one κ per function, in Å⁻¹, finite; copied */
	public void setG3Params(double[] g3Params) {
		for (int i = 0; i < g3Params.length; i++) {
			if (!Double.isFinite(g3Params[i])) {
				throw new IllegalArgumentException("ACSF g3_params[" + i + "] (kappa) must be finite, got " + g3Params[i]);
			}
		}
		this.g3Params = g3Params.clone();
	}

	/** @return the G4 parameters, one {η, ζ, λ} per function; a copy */
	public double[][] getG4Params() {
		return deepCopy(g4Params);
	}

	/** @param g4Params one {η ≥ 0, ζ > 0, λ in [-1, 1]} per function; copied */
	public void setG4Params(double[][] g4Params) {
		checkAngular("g4_params", g4Params);
		this.g4Params = deepCopy(g4Params);
	}

	/** @return the G5 parameters, one {η, ζ, λ} per function; a copy */
	public double[][] getG5Params() {
		return deepCopy(g5Params);
	}

	/** @param g5Params one {η ≥ 0, ζ > 0, λ in [-1, 1]} per function; copied */
	public void setG5Params(double[][] g5Params) {
		checkAngular("g5_params", g5Params);
		this.g5Params = deepCopy(g5Params);
	}

	@Override
	public String toString() {
		return "ACSF[r_cut=" + rCut + ", g2_params=" + Arrays.deepToString(g2Params) + ", g3_params="
				+ Arrays.toString(g3Params) + ", g4_params=" + Arrays.deepToString(g4Params) + ", g5_params="
				+ Arrays.deepToString(g5Params) + "]";
	}

	private static void checkAngular(String name, double[][] params) {
		check(name, params, 3, "(eta, zeta, lambda)");
		for (int i = 0; i < params.length; i++) {
			nonNegative(name, i, "eta", params[i][0]);
			if (!(params[i][1] > 0)) {
				throw new IllegalArgumentException("ACSF " + name + "[" + i + "] zeta must be positive, got "
						+ params[i][1]);
			}
			if (!(Math.abs(params[i][2]) <= 1)) {
				throw new IllegalArgumentException("ACSF " + name + "[" + i
						+ "] lambda must lie in [-1, 1] (usually +1 or -1), got " + params[i][2]);
			}
		}
	}

	private static void check(String name, double[][] params, int width, String meaning) {
		for (int i = 0; i < params.length; i++) {
			if (params[i] == null || params[i].length != width) {
				throw new IllegalArgumentException("ACSF " + name + "[" + i + "] must hold " + width + " values " + meaning
						+ ", got " + (params[i] == null ? "null" : Arrays.toString(params[i])));
			}
			for (double value : params[i]) {
				if (!Double.isFinite(value)) {
					throw new IllegalArgumentException("ACSF " + name + "[" + i + "] " + meaning + " must be finite, got "
							+ Arrays.toString(params[i]));
				}
			}
		}
	}

	private static void nonNegative(String name, int i, String what, double value) {
		if (!(value >= 0)) {
			throw new IllegalArgumentException("ACSF " + name + "[" + i + "] " + what + " must be at least 0, got "
					+ value);
		}
	}

	private static double[][] deepCopy(double[][] params) {
		double[][] copy = new double[params.length][];
		for (int i = 0; i < params.length; i++) {
			copy[i] = params[i].clone();
		}
		return copy;
	}
}
