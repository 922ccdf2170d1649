package org.edgewise.structure.descriptor;

import java.util.Locale;
import java.util.Objects;

/**
 * The settings of {@link Soap}, named as the arguments of DScribe's {@code SOAP(r_cut, n_max, l_max, sigma,
 * rbf, weighting, average)}. A plain object: every setter checks its value on its own; the checks that tie
 * values together (the GTO basis needs r_cut > 1 Å, a POW weighting with d = 0 needs w0) run when a
 * {@link Soap} is built.
 * <ul>
 * <li>{@code rCut}: the cutoff radius in ångström. Atoms count up to r_cut plus a padding of
 * σ √(-2 ln 0.001) (where their Gaussians have decayed to 0.001), as in DScribe;</li>
 * <li>{@code nMax}: the number of radial basis functions, 1 to {@value #MAX_N};</li>
 * <li>{@code lMax}: the largest degree of the spherical harmonics, 0 to {@value #MAX_L} (DScribe's limit);</li>
 * <li>{@code sigma}: the width σ (ångström) of the Gaussian exp(-|r - r_i|² / (2σ²)) put on every atom;</li>
 * <li>{@code rbf}: the radial basis, {@link Rbf#GTO} or {@link Rbf#POLYNOMIAL};</li>
 * <li>{@code average}: {@link Average#OFF} (one vector per site), {@link Average#INNER} or
 * {@link Average#OUTER} (one vector for all sites);</li>
 * <li>{@code weighting}, with {@code r0}, {@code c}, {@code d}, {@code m} and {@code w0}: DScribe's
 * weighting of each atom's Gaussian by its distance r from the centre, {@link Weighting#NONE} (every atom
 * weighs 1) by default. {@code w0}, when set, is the weight of the atoms on top of the centre (the site's own
 * atom), in place of the function's value at 0. Unlike DScribe, r_cut is never inferred from the weighting.</li>
 * </ul>
 * DScribe's compression modes are not offered: the full power spectrum with all species pairs is computed
 * (compression "off").
 */
public final class SoapSettings {

	/** The largest number of radial basis functions accepted. */
	public static final int MAX_N = 20;

	/** The largest degree of spherical harmonics accepted (DScribe's limit). */
	public static final int MAX_L = 20;

	/** The radial basis functions. */
	public enum Rbf {
		/**
		 * Gaussian type orbitals g_nl(r) = Σ_k β_nkl r^l exp(-α_kl r²) on the whole half-line, their decay α_kl
		 * set so that r^l exp(-α r²) falls to 0.001 at n_max distances evenly spaced from 1 Å to r_cut, made
		 * orthonormal per l by Löwdin's symmetric orthonormalisation (DScribe's "gto"). Like DScribe's, it is
		 * evaluated in double precision from nearly dependent functions, so its accuracy falls with n_max: the
		 * functions are orthonormal to 1e-13 at n_max 8, 1e-11 at 12 and 1e-7 at 20 (r_cut 6 Å).
		 */
		GTO("gto"),
		/**
		 * The polynomials (r_cut - r)^(k+2), k = 1 ... n_max, on [0, r_cut] and zero beyond, made orthonormal by
		 * Löwdin's symmetric orthonormalisation; the same for every l (DScribe's "polynomial").
		 */
		POLYNOMIAL("polynomial");

		private final String dscribeName;

		Rbf(String dscribeName) {
			this.dscribeName = dscribeName;
		}

		/** @return the name DScribe gives this basis, "gto" or "polynomial" */
		public String dscribeName() {
			return dscribeName;
		}
	}

	/** How the vectors of several sites are combined. */
	public enum Average {
		/** One power spectrum per site. */
		OFF,
		/** The power spectrum of the expansion coefficients averaged over the sites: one vector. */
		INNER,
		/** The power spectra of the sites, averaged: one vector. */
		OUTER
	}

	/** DScribe's weighting functions w(r) of an atom's Gaussian, by the atom's distance r from the centre. */
	public enum Weighting {
		/** w = 1. */
		NONE,
		/**
		 * w(r) = c (1 + 2 (r/r0)³ - 3 (r/r0)²)^m for r ≤ r0 and 0 beyond (Caro, Phys. Rev. B 100, 024112
		 * (2019)); DScribe's "poly".
		 */
		POLY,
		/** w(r) = c / (d + (r/r0)^m) (Willatt, Musil and Ceriotti, PCCP 20, 29661 (2018)); DScribe's "pow". */
		POW,
		/** w(r) = c / (d + exp(-r/r0)); DScribe's "exp". */
		EXP
	}

	private double rCut = 6.0;
	private int nMax = 8;
	private int lMax = 6;
	private double sigma = 1.0;
	private Rbf rbf = Rbf.GTO;
	private Average average = Average.OFF;
	private Weighting weighting = Weighting.NONE;
	private double r0 = 1;
	private double c = 1;
	private double d = 1;
	private double m = 1;
	private double w0 = Double.NaN;

	/** The {@link #defaults()}. */
	public SoapSettings() {
	}

	/** @return r_cut 6 Å, n_max 8, l_max 6, σ 1 Å, the GTO basis, no averaging */
	public static SoapSettings defaults() {
		return new SoapSettings();
	}

	/** @return an independent copy */
	public SoapSettings copy() {
		SoapSettings copy = new SoapSettings();
		copy.rCut = rCut;
		copy.nMax = nMax;
		copy.lMax = lMax;
		copy.sigma = sigma;
		copy.rbf = rbf;
		copy.average = average;
		copy.weighting = weighting;
		copy.r0 = r0;
		copy.c = c;
		copy.d = d;
		copy.m = m;
		copy.w0 = w0;
		return copy;
	}

	/** @return the cutoff radius in ångström */
	public double getRCut() {
		return rCut;
	}

	/** @param rCut the cutoff radius in ångström, positive and finite (above 1 Å for the GTO basis) */
	public void setRCut(double rCut) {
		if (!(rCut > 0) || Double.isInfinite(rCut)) {
			throw new IllegalArgumentException("SOAP r_cut must be a positive finite distance in ångström, got " + rCut);
		}
		this.rCut = rCut;
	}

	/** @return the number of radial basis functions */
	public int getNMax() {
		return nMax;
	}

	/** @param nMax the number of radial basis functions, 1 to {@value #MAX_N} */
	public void setNMax(int nMax) {
		if (nMax < 1 || nMax > MAX_N) {
			throw new IllegalArgumentException("SOAP n_max must lie in 1.." + MAX_N + ", got " + nMax);
		}
		this.nMax = nMax;
	}

	/** @return the largest degree of the spherical harmonics */
	public int getLMax() {
		return lMax;
	}

	/** @param lMax the largest degree of the spherical harmonics, 0 to {@value #MAX_L} */
	public void setLMax(int lMax) {
		if (lMax < 0 || lMax > MAX_L) {
			throw new IllegalArgumentException("SOAP l_max must lie in 0.." + MAX_L + ", got " + lMax);
		}
		this.lMax = lMax;
	}

	/** @return the Gaussian width σ in ångström */
	public double getSigma() {
		return sigma;
	}

	/** @param sigma the Gaussian width σ in ångström, positive and finite */
	public void setSigma(double sigma) {
		if (!(sigma > 0) || Double.isInfinite(sigma)) {
			throw new IllegalArgumentException("SOAP sigma must be a positive finite width in ångström, got " + sigma);
		}
		this.sigma = sigma;
	}

	/** @return the radial basis */
	public Rbf getRbf() {
		return rbf;
	}

	/** @param rbf the radial basis */
	public void setRbf(Rbf rbf) {
		this.rbf = Objects.requireNonNull(rbf, "SOAP rbf");
	}

	/** @return the averaging mode */
	public Average getAverage() {
		return average;
	}

	/** @param average the averaging mode */
	public void setAverage(Average average) {
		this.average = Objects.requireNonNull(average, "SOAP average");
	}

	/** @return the weighting function */
	public Weighting getWeighting() {
		return weighting;
	}

	/** @param weighting the weighting function; its parameters are set separately */
	public void setWeighting(Weighting weighting) {
		this.weighting = Objects.requireNonNull(weighting, "SOAP weighting");
	}

	/** @return the weighting's length scale r0 in ångström */
	public double getR0() {
		return r0;
	}

	/** @param r0 the weighting's length scale in ångström, positive and finite (default 1) */
	public void setR0(double r0) {
		if (!(r0 > 0) || Double.isInfinite(r0)) {
			throw new IllegalArgumentException("SOAP weighting r0 must be a positive finite distance in ångström, got " + r0);
		}
		this.r0 = r0;
	}

	/** @return the weighting's scale factor c */
	public double getC() {
		return c;
	}

	/** @param c the weighting's scale factor, at least 0 and finite (default 1) */
	public void setC(double c) {
		this.c = nonNegative("c", c);
	}

	/** @return the weighting's offset d (POW and EXP) */
	public double getD() {
		return d;
	}

	/** @param d the weighting's offset, at least 0 and finite (default 1) */
	public void setD(double d) {
		this.d = nonNegative("d", d);
	}

	/** @return the weighting's exponent m (POLY and POW) */
	public double getM() {
		return m;
	}

	/** @param m the weighting's exponent, at least 0 and finite (default 1) */
	public void setM(double m) {
		this.m = nonNegative("m", m);
	}

	/** @return the weight of atoms on top of the centre, or NaN when the weighting function gives it */
	public double getW0() {
		return w0;
	}

	/** @param w0 the weight of atoms on top of the centre, at least 0 and finite; NaN for the function's w(0) */
	public void setW0(double w0) {
		this.w0 = Double.isNaN(w0) ? w0 : nonNegative("w0", w0);
	}

	private static double nonNegative(String name, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("SOAP weighting " + name + " must be finite and at least 0, got " + value);
		}
		return value;
	}

	@Override
	public String toString() {
		String weights = switch (weighting) {
		case NONE -> "";
		case POLY -> ", weighting=poly(r0=" + r0 + ", c=" + c + ", m=" + m + ")";
		case POW -> ", weighting=pow(r0=" + r0 + ", c=" + c + ", d=" + d + ", m=" + m + ")";
		case EXP -> ", weighting=exp(r0=" + r0 + ", c=" + c + ", d=" + d + ")";
		};
		return "SOAP[r_cut=" + rCut + ", n_max=" + nMax + ", l_max=" + lMax + ", sigma=" + sigma + ", rbf="
				+ rbf.dscribeName() + ", average=" + average.name().toLowerCase(Locale.ROOT) + weights
				+ (Double.isNaN(w0) ? "" : ", w0=" + w0) + "]";
	}
}
