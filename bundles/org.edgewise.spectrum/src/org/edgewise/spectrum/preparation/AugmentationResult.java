package org.edgewise.spectrum.preparation;

import java.util.List;

import org.edgewise.spectrum.Spectrum;

/**
 * The output of an {@link Augmentation}.
 *
 * @param sourceCount how many spectra went in
 * @param spectra     the augmented set: every source spectrum followed by its copies
 * @param source      for every output spectrum, the index of the input spectrum it was made from (to copy its
 *                    label, class or property to the new row)
 */
public record AugmentationResult(int sourceCount, List<Spectrum> spectra, int[] source) {

	/** Copies the list and the array, so the result is immutable. */
	public AugmentationResult {
		spectra = List.copyOf(spectra);
		source = source.clone();
		if (source.length != spectra.size()) {
			throw new IllegalArgumentException(source.length + " source indices for " + spectra.size() + " spectra");
		}
	}

	/** @return a copy of the source index of every output spectrum */
	@Override
	public int[] source() {
		return source.clone();
	}

	/** @return how many spectra the augmentation made, the originals included */
	public int count() {
		return spectra.size();
	}

	@Override
	public String toString() {
		return "augmentation: " + sourceCount + " spectra -> " + count();
	}
}
