package org.edgewise.spectrum.preparation;

/**
 * Settings of {@link ThresholdAlignment} and {@link ExcitationEnergyAlignment}: where a spectrum's threshold
 * (absorption onset) is. A plain mutable bean; by default each spectrum's own threshold is used, or detected
 * with fraction 0.1 when it has none.
 */
public final class ThresholdAlignmentSettings {

	private double threshold = Double.NaN;
	private double fraction = 0.1;

	/** @return new settings: each spectrum's own threshold or the detected one, fraction 0.1 */
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

	/**
	 * @return the threshold on the spectrum's energy axis in eV for every spectrum, or NaN for each spectrum's
	 *         own, detected from mu when it has none
	 */
	public double getThreshold() {
		return threshold;
	}

	/**
	 * @param threshold the threshold on the spectrum's energy axis in eV for every spectrum, or NaN for each
	 *                  spectrum's own ({@link org.edgewise.spectrum.SpectrumMetadata#threshold()}), detected
	 *                  from mu when it has none
	 * @throws IllegalArgumentException for an infinite value
	 */
	public void setThreshold(double threshold) {
		if (Double.isInfinite(threshold)) {
			throw new IllegalArgumentException("the threshold must be finite or NaN (the spectrum's own), got "
					+ threshold);
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
		return Double.isNaN(threshold) ? "own threshold or detected at fraction " + fraction
				: "threshold " + threshold + " eV";
	}
}
