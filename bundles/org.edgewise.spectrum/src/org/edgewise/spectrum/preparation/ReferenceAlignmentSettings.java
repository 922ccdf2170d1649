package org.edgewise.spectrum.preparation;

/**
 * Settings of {@link ReferenceAlignment}: the fine grid the derivatives are compared on, the largest shift
 * searched and the energy window compared. A plain mutable bean; by default a 0.05 eV grid, shifts up to
 * 10 eV and the reference's whole range.
 */
public final class ReferenceAlignmentSettings {

	private double step = 0.05;
	private double maxShift = 10;
	private double emin = Double.NaN;
	private double emax = Double.NaN;

	/** @return new settings: step 0.05 eV, shifts up to 10 eV, the reference's whole range */
	public static ReferenceAlignmentSettings defaults() {
		return new ReferenceAlignmentSettings();
	}

	/** @return a new settings object with the same values */
	public ReferenceAlignmentSettings copy() {
		ReferenceAlignmentSettings copy = new ReferenceAlignmentSettings();
		copy.step = step;
		copy.maxShift = maxShift;
		copy.emin = emin;
		copy.emax = emax;
		return copy;
	}

	/** @return the spacing of the common fine grid in eV */
	public double getStep() {
		return step;
	}

	/** @param step the spacing of the common fine grid in eV, finite and positive */
	public void setStep(double step) {
		this.step = positive("step", step);
	}

	/** @return the largest shift searched, either way, in eV */
	public double getMaxShift() {
		return maxShift;
	}

	/** @param maxShift the largest shift searched, either way, in eV, finite and positive */
	public void setMaxShift(double maxShift) {
		this.maxShift = positive("maxShift", maxShift);
	}

	/** @return the lower end of the compared window in eV (absolute), or NaN for the reference's first energy */
	public double getEmin() {
		return emin;
	}

	/** @param emin the lower end of the compared window in eV, or NaN for the reference's first energy */
	public void setEmin(double emin) {
		this.emin = finiteOrNaN("emin", emin);
	}

	/** @return the upper end of the compared window in eV (absolute), or NaN for the reference's last energy */
	public double getEmax() {
		return emax;
	}

	/** @param emax the upper end of the compared window in eV, or NaN for the reference's last energy */
	public void setEmax(double emax) {
		this.emax = finiteOrNaN("emax", emax);
	}

	private static double positive(String name, double value) {
		if (!(value > 0) || !Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite and positive, got " + value + " eV");
		}
		return value;
	}

	private static double finiteOrNaN(String name, double value) {
		if (Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite or NaN (automatic), got " + value);
		}
		return value;
	}

	@Override
	public String toString() {
		return "step " + step + " eV, max shift " + maxShift + " eV, window " + emin + " .. " + emax + " eV";
	}
}
