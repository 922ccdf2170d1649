package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/**
 * The step "align-excitation": Kiyohara et al.'s "with excitation energy" input. Instead of moving the
 * threshold to 0 eV, the spectrum is placed on the absolute energy scale with its threshold at the excitation
 * energy of the transition, and every intensity below the excitation energy is set to 0 ("zero padding"), so
 * the model sees where the excitation lies and with it the core-hole effect.
 * <p>
 * The threshold is given or detected as in {@link ThresholdAlignment}. The step zeroes the points the
 * spectrum has below the excitation energy; a following "resample" with {@code outside: "zero"} extends the
 * zero padding down to the start of the model's grid.
 * <p>
 * Parameters: {@code excitationEnergy} (eV, required), {@code threshold} (eV or null to detect) and
 * {@code fraction}.
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
	 * @param excitationEnergy the absolute excitation energy in eV where the threshold is placed
	 * @throws IllegalArgumentException if the excitation energy is not finite
	 */
	public ExcitationEnergyAlignment(ThresholdAlignmentSettings settings, double excitationEnergy) {
		if (!Double.isFinite(excitationEnergy)) {
			throw new IllegalArgumentException("the excitation energy must be finite, got " + excitationEnergy);
		}
		this.threshold = new ThresholdAlignment(settings);
		this.excitationEnergy = excitationEnergy;
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; {@code excitationEnergy} is required
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter, a missing excitation energy or a bad value
	 */
	public static ExcitationEnergyAlignment fromParameters(Map<String, Object> parameters) {
		StepParameters read = new StepParameters(KIND, parameters, PARAMETERS);
		double excitation = read.numberOrNaN("excitationEnergy");
		if (Double.isNaN(excitation)) {
			throw new IllegalArgumentException("step '" + KIND + "' needs 'excitationEnergy' in eV");
		}
		return new ExcitationEnergyAlignment(ThresholdAlignment.settingsFrom(read), excitation);
	}

	/** @return a copy of the threshold settings */
	public ThresholdAlignmentSettings settings() {
		return threshold.settings();
	}

	/** @return the absolute excitation energy in eV */
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
		parameters.put("excitationEnergy", excitationEnergy);
		return parameters;
	}

	/** @throws PreparationException naming the spectrum if the threshold cannot be detected */
	@Override
	public Spectrum apply(Spectrum spectrum) {
		Spectrum moved = AxisShift.shifted(spectrum, excitationEnergy - threshold.threshold(spectrum));
		double[] mu = moved.mu();
		for (int i = 0; i < mu.length && moved.energy().get(i) < excitationEnergy; i++) {
			mu[i] = 0;
		}
		return new Spectrum(moved.energy(), mu, moved.label(), moved.metadata());
	}

	@Override
	public String toString() {
		return "ExcitationEnergyAlignment[" + excitationEnergy + " eV, " + threshold.settings() + "]";
	}
}
