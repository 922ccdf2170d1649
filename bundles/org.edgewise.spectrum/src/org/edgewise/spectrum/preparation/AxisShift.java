package org.edgewise.spectrum.preparation;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;

/** Moves a spectrum along the energy axis without touching its values: the alignment steps' common move. */
final class AxisShift {

	private AxisShift() {
	}

	/**
	 * @return the spectrum with {@code delta} eV added to every energy and its metadata moved along
	 *         ({@link SpectrumMetadata#withFeaturesShiftedBy}), its mu and label kept
	 */
	static Spectrum shifted(Spectrum spectrum, double delta) {
		return moved(spectrum, delta, spectrum.metadata().withFeaturesShiftedBy(delta));
	}

	/**
	 * @param threshold the spectrum's threshold in eV on its axis
	 * @param target    where the threshold is to lie, in eV
	 * @return the spectrum shifted so that its threshold lies at {@code target}, with its metadata moved along
	 *         and the metadata threshold set to exactly {@code target} (also when it was detected, not known)
	 */
	static Spectrum thresholdMovedTo(Spectrum spectrum, double threshold, double target) {
		double delta = target - threshold;
		// Set, not shifted: threshold + (target - threshold) may miss target by a rounding error.
		return moved(spectrum, delta, spectrum.metadata().withFeaturesShiftedBy(delta).withThreshold(target));
	}

	private static Spectrum moved(Spectrum spectrum, double delta, SpectrumMetadata metadata) {
		double[] energy = spectrum.energy().values();
		for (int i = 0; i < energy.length; i++) {
			energy[i] += delta;
		}
		return new Spectrum(EnergyAxis.of(energy), spectrum.mu(), spectrum.label(), metadata);
	}
}
