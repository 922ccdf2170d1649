package org.edgewise.spectrum.preparation;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;

/** Moves a spectrum along the energy axis without touching its values: the alignment steps' common move. */
final class AxisShift {

	private AxisShift() {
	}

	/**
	 * @return the spectrum with {@code delta} eV added to every energy (and to its known edge energy), its mu,
	 *         label and the rest of its metadata kept
	 */
	static Spectrum shifted(Spectrum spectrum, double delta) {
		double[] energy = spectrum.energy().values();
		for (int i = 0; i < energy.length; i++) {
			energy[i] += delta;
		}
		return new Spectrum(EnergyAxis.of(energy), spectrum.mu(), spectrum.label(),
				spectrum.metadata().withEdgeEnergyShiftedBy(delta));
	}
}
