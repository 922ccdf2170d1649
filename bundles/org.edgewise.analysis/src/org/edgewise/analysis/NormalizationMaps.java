package org.edgewise.analysis;

import java.util.List;

import org.edgewise.spectrum.SpectrumSet;
import org.eclipse.january.dataset.Dataset;

/**
 * The outcome of normalising a whole spectrum set.
 *
 * @param input      the spectra that were normalised
 * @param e0         edge energy per spectrum (eV), shaped like {@code input.mapShape()}; NaN where it failed
 * @param edgeStep   edge step per spectrum, same shape; NaN where it failed
 * @param normalized the flattened normalised spectra, same layout as the input (energy dimension kept)
 * @param failures   the spectra that could not be normalised, with the reason
 */
public record NormalizationMaps(SpectrumSet input, Dataset e0, Dataset edgeStep, SpectrumSet normalized,
		List<SpectrumFailure> failures) {

	/**
	 * @param index   the spectrum's index in the set (row-major over the map)
	 * @param label   the spectrum's label
	 * @param problem what went wrong
	 */
	public record SpectrumFailure(int index, String label, String problem) {
	}
}
