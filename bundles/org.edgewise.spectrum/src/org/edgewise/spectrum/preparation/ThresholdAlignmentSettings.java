package org.edgewise.spectrum.preparation;

/**
 * Settings of {@link ThresholdAlignment} and {@link ExcitationEnergyAlignment}: where a spectrum's threshold
 * (absorption onset) is. A plain mutable bean; by default the threshold is detected with fraction 0.1.
 */
public final class ThresholdAlignmentSettings {

	private double threshold = Double.NaN;
	private double fraction = 0.1;

	/** @return new settings: threshold detected, fraction 0.1 */
	public static ThresholdAlignmentSettings defaults() {
		return new ThresholdAlignmentSettings();
	}

	/** @return a new settings object with the same values */
	public ThresholdAlignmentSettings copy() {
		ThresholdAlignmentSettings copy = new ThresholdAlignmentSettings();
		copy.threshold = threshold;
		copy.fraction = fraction;
		return copy;
	}

	/** @return the threshold on the spectrum's energy axis in eV, or NaN to detect it from mu */
	public double getThreshold() {
		return threshold;
	}

	/**
	 * @param threshold the threshold on the spectrum's energy axis in eV (a calculation's own onset), or NaN to
	 *                  detect it from mu
	 * @throws IllegalArgumentException for an infinite value
	 */
	public void setThreshold(double threshold) {
		if (Double.isInfinite(threshold)) {
			throw new IllegalArgumentException("the threshold must be finite or NaN (detect), got " + threshold);
		}
		this.threshold = threshold;
	}

	/** @return the fraction of mu's range above its minimum that marks the onset */
	public double getFraction() {
		return fraction;
	}

	/**
	 * @param fraction the fraction of mu's range above its minimum that marks the onset, strictly between 0
	 *                 and 1
	 * @throws IllegalArgumentException otherwise
	 */
	public void setFraction(double fraction) {
		if (!(fraction > 0 && fraction < 1)) {
			throw new IllegalArgumentException("the onset fraction must lie strictly between 0 and 1, got "
					+ fraction);
		}
		this.fraction = fraction;
	}

	@Override
	public String toString() {
		return Double.isNaN(threshold) ? "threshold detected at fraction " + fraction
				: "threshold " + threshold + " eV";
	}
}
