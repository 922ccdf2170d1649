package org.edgewise.spectrum.preparation;

import java.util.Map;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/**
 * One configured step of a {@code Preparation} recipe: turns one spectrum into the next stage of model
 * input (normalised, aligned, resampled, broadened, windowed, standardised ...).
 * <p>
 * Steps are immutable and safe for concurrent use, so a recipe applies identically to one spectrum, a
 * batch, or the tiles of a map processed in parallel. A step is saved as its {@link #kind()} plus its
 * {@link #parameters()}; {@code PreparationSteps} rebuilds it from the two, so a recipe stored in a
 * model file prepares spectra tomorrow exactly as it did in training.
 */
public interface PreparationStep {

	/** @return the stable name of the step's kind in recipe files, e.g. "resample" */
	String kind();

	/**
	 * @return the step's settings as JSON-like values: String, Double/Integer/Long, Boolean, List and Map of
	 *         these; stable names, every value the step uses (defaults written out, so a recipe never
	 *         depends on a later change of a default)
	 */
	Map<String, Object> parameters();

	/**
	 * @param spectrum the input
	 * @return the prepared spectrum (it may have a different energy axis)
	 * @throws PreparationException naming the spectrum when it cannot be prepared
	 */
	Spectrum apply(Spectrum spectrum);
}
