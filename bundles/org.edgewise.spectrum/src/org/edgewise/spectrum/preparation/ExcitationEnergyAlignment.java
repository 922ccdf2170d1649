package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;

/**
 * The step "align-excitation": Kiyohara et al.'s "with excitation energy" input. Instead of moving the
 * threshold to 0 eV, the spectrum is placed on the absolute energy scale with its threshold at the excitation
 * energy of the transition, and every intensity below the excitation energy is set to 0 ("zero padding"), so
 * the model sees where the excitation lies and with it the core-hole effect.
 * <p>
 * The threshold is found as in {@link ThresholdAlignment}: the recipe's, else the spectrum's own, else
 * detected. The excitation energy is the recipe's when it gives one (one value for every spectrum), else the
 * spectrum's own ({@link SpectrumMetadata#excitationEnergy()}), so a training set of many sites places each
 * site at its own. Afterwards the metadata threshold is the excitation energy, its new place. The step zeroes
 * the points the spectrum has below the excitation energy; a following "resample" with {@code outside: "zero"}
 * extends the zero padding down to the start of the model's grid.
 * <p>
 * Parameters: {@code excitationEnergy} (eV, or null for each spectrum's own), {@code threshold} (eV, or null
 * for the spectrum's own or detected one) and {@code fraction}.
 */
public final class ExcitationEnergyAlignment implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "align-excitation";

	private static final Set<String> PARAMETERS = Stream.concat(ThresholdAlignment.PARAMETERS.stream(),
			Stream.of("excitationEnergy")).collect(Collectors.toUnmodifiableSet());

	private final ThresholdAlignment threshold;
	private final double excitationEnergy;

	/**
	 * @param settings         where the spectrum's threshold is; copied
	 * @param excitationEnergy the absolute excitation energy in eV where the threshold is placed for every
	 *                         spectrum, or NaN for each spectrum's own
	 * @throws IllegalArgumentException if the excitation energy is infinite
	 */
	public ExcitationEnergyAlignment(ThresholdAlignmentSettings settings, double excitationEnergy) {
		if (Double.isInfinite(excitationEnergy)) {
			throw new IllegalArgumentException("the excitation energy must be finite or NaN (the spectrum's own), got "
					+ excitationEnergy);
		}
		this.threshold = new ThresholdAlignment(settings);
		this.excitationEnergy = excitationEnergy;
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; missing ones take the defaults (each spectrum's
	 *                   own excitation energy and threshold)
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter or a value of the wrong type or range
	 */
	public static ExcitationEnergyAlignment fromParameters(Map<String, Object> parameters) {
		StepParameters read = new StepParameters(KIND, parameters, PARAMETERS);
		return new ExcitationEnergyAlignment(ThresholdAlignment.settingsFrom(read),
				read.numberOrNaN("excitationEnergy"));
	}

	/** @return a copy of the threshold settings */
	public ThresholdAlignmentSettings settings() {
		return threshold.settings();
	}

	/** @return the absolute excitation energy in eV for every spectrum, or NaN for each spectrum's own */
	public double excitationEnergy() {
		return excitationEnergy;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>(threshold.parameters());
		parameters.put("excitationEnergy", Double.isNaN(excitationEnergy) ? null : excitationEnergy);
		return parameters;
	}

	/**
	 * @throws PreparationException naming the spectrum if the recipe gives no excitation energy and the spectrum
	 *                              has none of its own, or if the threshold cannot be detected
	 */
	@Override
	public Spectrum apply(Spectrum spectrum) {
		double excitation = excitationEnergy(spectrum);
		Spectrum moved = AxisShift.thresholdMovedTo(spectrum, threshold.threshold(spectrum), excitation);
		double[] mu = moved.mu();
		for (int i = 0; i < mu.length && moved.energy().get(i) < excitation; i++) {
			mu[i] = 0;
		}
		return new Spectrum(moved.energy(), mu, moved.label(), moved.metadata());
	}

	/**
	 * @return the absolute excitation energy in eV where the spectrum's threshold goes: the recipe's, else the
	 *         spectrum's own
	 * @throws PreparationException naming the spectrum if neither is known
	 */
	public double excitationEnergy(Spectrum spectrum) {
		if (!Double.isNaN(excitationEnergy)) {
			return excitationEnergy;
		}
		double own = spectrum.metadata().excitationEnergy();
		if (Double.isNaN(own)) {
			throw new PreparationException(spectrum, "has no excitation energy of its own and step '" + KIND
					+ "' gives none; state it in the spectrum's metadata or as 'excitationEnergy' in the recipe");
		}
		return own;
	}

	@Override
	public String toString() {
		return "ExcitationEnergyAlignment[" + (Double.isNaN(excitationEnergy) ? "own excitation energy"
				: excitationEnergy + " eV") + ", " + threshold.settings() + "]";
	}
}
