package org.edgewise.spectrum;

/**
 * A spectrum cannot be prepared (normalised, aligned, resampled ...) because of what it contains: too few
 * points, a value that is not a number, no absorption edge where one is needed. The message always names
 * the spectrum (label and source, see {@link Spectrum#describe()}) and then the problem.
 */
public class PreparationException extends RuntimeException {

	/**
	 * @param spectrum the spectrum that cannot be prepared
	 * @param problem  what is wrong with it, e.g. "mu is NaN at index 12 (8979.1 eV)"
	 */
	public PreparationException(Spectrum spectrum, String problem) {
		super(spectrum.describe() + ": " + problem);
	}
}
