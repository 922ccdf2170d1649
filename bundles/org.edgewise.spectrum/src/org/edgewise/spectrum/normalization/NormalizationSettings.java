package org.edgewise.spectrum.normalization;

/**
 * Settings of {@link EdgeStepNormalization}, named and defaulted as the arguments of Larch's
 * {@code pre_edge()}. A plain mutable bean: every field has a getter and a setter, so a settings form can
 * be generated from it.
 * <p>
 * Energies are in eV; the four range limits are relative to E0. {@link Double#NaN} (for the doubles) and
 * {@link #AUTOMATIC_NNORM} (for {@code nnorm}) mean "let the algorithm choose", exactly as {@code None}
 * does in Larch:
 * <ul>
 * <li>{@code e0}: the energy of the largest smoothed derivative (an E0 outside the second to the
 * second-last energy is also searched for, as Larch does);</li>
 * <li>{@code pre1}: the second energy point relative to E0, rounded to 5 eV (to 2 eV when the edge lies
 * within the first 21 points), but not below the first point;</li>
 * <li>{@code pre2}: half of {@code pre1};</li>
 * <li>{@code norm2}: the last energy relative to E0, rounded to 5 eV but not beyond the last point;</li>
 * <li>{@code norm1}: {@code norm2 / 15} rounded to 5 eV, at most 25 eV;</li>
 * <li>{@code nnorm}: 2 when {@code norm2 - norm1} is at least 300 eV, 1 when at least 30 eV, else 0;</li>
 * <li>{@code step}: the post-edge polynomial minus the pre-edge line at E0.</li>
 * </ul>
 */
public final class NormalizationSettings {

	/** The value of {@link #getNnorm()} that lets the post-edge range choose the polynomial degree. */
	public static final int AUTOMATIC_NNORM = -1;
	/** The highest post-edge polynomial degree accepted. */
	public static final int MAX_NNORM = 3;
	/** The highest Victoreen exponent accepted. */
	public static final int MAX_NVICT = 3;

	private double e0 = Double.NaN;
	private double pre1 = Double.NaN;
	private double pre2 = Double.NaN;
	private double norm1 = Double.NaN;
	private double norm2 = Double.NaN;
	private int nnorm = AUTOMATIC_NNORM;
	private int nvict;
	private double step = Double.NaN;

	/** @return a new settings object with the same values */
	public NormalizationSettings copy() {
		NormalizationSettings copy = new NormalizationSettings();
		copy.e0 = e0;
		copy.pre1 = pre1;
		copy.pre2 = pre2;
		copy.norm1 = norm1;
		copy.norm2 = norm2;
		copy.nnorm = nnorm;
		copy.nvict = nvict;
		copy.step = step;
		return copy;
	}

	/** @return the edge energy E0 in eV, or NaN to find it */
	public double getE0() {
		return e0;
	}

	/** @param e0 the edge energy E0 in eV, or NaN to find it */
	public void setE0(double e0) {
		this.e0 = finiteOrNaN("e0", e0);
	}

	/** @return the lower end of the pre-edge fit range, eV relative to E0, or NaN for the default */
	public double getPre1() {
		return pre1;
	}

	/** @param pre1 the lower end of the pre-edge fit range, eV relative to E0, or NaN for the default */
	public void setPre1(double pre1) {
		this.pre1 = finiteOrNaN("pre1", pre1);
	}

	/** @return the upper end of the pre-edge fit range, eV relative to E0, or NaN for the default */
	public double getPre2() {
		return pre2;
	}

	/** @param pre2 the upper end of the pre-edge fit range, eV relative to E0, or NaN for the default */
	public void setPre2(double pre2) {
		this.pre2 = finiteOrNaN("pre2", pre2);
	}

	/** @return the lower end of the post-edge fit range, eV relative to E0, or NaN for the default */
	public double getNorm1() {
		return norm1;
	}

	/** @param norm1 the lower end of the post-edge fit range, eV relative to E0, or NaN for the default */
	public void setNorm1(double norm1) {
		this.norm1 = finiteOrNaN("norm1", norm1);
	}

	/**
	 * @return the upper end of the post-edge fit range, eV relative to E0, or NaN for the default; a
	 *         negative value means the whole range above E0 (as in Larch)
	 */
	public double getNorm2() {
		return norm2;
	}

	/** @param norm2 the upper end of the post-edge fit range, eV relative to E0, or NaN for the default */
	public void setNorm2(double norm2) {
		this.norm2 = finiteOrNaN("norm2", norm2);
	}

	/** @return the degree of the post-edge polynomial (0 to {@value #MAX_NNORM}) or {@link #AUTOMATIC_NNORM} */
	public int getNnorm() {
		return nnorm;
	}

	/**
	 * @param nnorm the degree of the post-edge polynomial (0 to {@value #MAX_NNORM}) or
	 *              {@link #AUTOMATIC_NNORM}
	 * @throws IllegalArgumentException for any other value
	 */
	public void setNnorm(int nnorm) {
		if (nnorm < AUTOMATIC_NNORM || nnorm > MAX_NNORM) {
			throw new IllegalArgumentException("nnorm must be " + AUTOMATIC_NNORM + " (automatic) or 0.." + MAX_NNORM
					+ ", got " + nnorm);
		}
		this.nnorm = nnorm;
	}

	/** @return the Victoreen exponent: the pre-edge line is fitted to mu E<sup>nvict</sup> */
	public int getNvict() {
		return nvict;
	}

	/**
	 * @param nvict the Victoreen exponent, 0 to {@value #MAX_NVICT}
	 * @throws IllegalArgumentException for any other value
	 */
	public void setNvict(int nvict) {
		if (nvict < 0 || nvict > MAX_NVICT) {
			throw new IllegalArgumentException("nvict must be 0.." + MAX_NVICT + ", got " + nvict);
		}
		this.nvict = nvict;
	}

	/** @return the edge step to normalise by, or NaN to compute it */
	public double getStep() {
		return step;
	}

	/**
	 * @param step the edge step to normalise by (its absolute value is used), or NaN to compute it
	 * @throws IllegalArgumentException if it is zero or infinite
	 */
	public void setStep(double step) {
		if (step == 0) {
			throw new IllegalArgumentException("step must not be zero (NaN computes it)");
		}
		this.step = finiteOrNaN("step", step);
	}

	private static double finiteOrNaN(String name, double value) {
		if (Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite or NaN (automatic), got " + value);
		}
		return value;
	}

	@Override
	public String toString() {
		return "NormalizationSettings[e0=" + e0 + ", pre1=" + pre1 + ", pre2=" + pre2 + ", norm1=" + norm1 + ", norm2="
				+ norm2 + ", nnorm=" + nnorm + ", nvict=" + nvict + ", step=" + step + "]";
	}
}
