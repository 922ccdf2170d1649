package org.edgewise.spectrum.preparation;

import java.util.List;

import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/** Input checks shared by the dataset-level operations, with errors that name the spectrum. */
final class SpectrumChecks {

	private SpectrumChecks() {
	}

	/**
	 * @return a copy of the spectrum's mu
	 * @throws PreparationException naming the spectrum, the index and the energy of a value that is not finite
	 */
	static double[] finiteMu(Spectrum spectrum) {
		double[] mu = spectrum.mu();
		for (int i = 0; i < mu.length; i++) {
			if (!Double.isFinite(mu[i])) {
				throw new PreparationException(spectrum, "mu is " + mu[i] + " at index " + i + " ("
						+ EnergyFormat.eV(spectrum.energy().get(i)) + ")");
			}
		}
		return mu;
	}

	/**
	 * @param spectra spectra that must share one energy axis, the first one's
	 * @param purpose what needs the common grid, for the message, e.g. "de-duplication"
	 * @return their mu values as rows, each checked by {@link #finiteMu(Spectrum)}
	 * @throws PreparationException naming the first spectrum on another grid or with a value that is not finite
	 */
	static double[][] rowsOnOneGrid(List<Spectrum> spectra, String purpose) {
		double[][] rows = new double[spectra.size()][];
		for (int i = 0; i < rows.length; i++) {
			Spectrum spectrum = spectra.get(i);
			if (!spectrum.energy().equals(spectra.get(0).energy())) {
				throw new PreparationException(spectrum, "is on " + spectrum.energy() + ", the first spectrum on "
						+ spectra.get(0).energy() + ": " + purpose + " needs spectra on one grid");
			}
			rows[i] = finiteMu(spectrum);
		}
		return rows;
	}
}
