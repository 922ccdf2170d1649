package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;

/**
 * The step "align-threshold": shifts the energy axis so that the spectrum's threshold lies at 0 eV, as
 * Kiyohara et al. (2019) align their calculated O K-edge spectra ("aligned with their thresholds, which were
 * set at 0 eV"). The values are not changed; a later "resample" puts them on the model's grid.
 * <p>
 * The paper uses each calculation's own threshold. The threshold is taken, in this order, from the recipe's
 * {@code threshold} (eV, on the spectrum's axis; one value for every spectrum), from the spectrum's own
 * ({@link SpectrumMetadata#threshold()}, so a training set of many sites is aligned site by site), or else
 * detected as the onset of absorption: the first energy at which mu reaches {@code min + fraction (max - min)}
 * of its own range, interpolated linearly between the two points that bracket that level. A calculated
 * spectrum is zero below its threshold, so there the level is simply {@code fraction} of the maximum;
 * subtracting the minimum makes the same rule work on a measured spectrum with a background. A noise spike
 * that reaches the level earlier is taken as the onset, so choose the fraction well above the noise. The paper
 * does not state a fraction; 0.1 is Edgewise's default.
 * <p>
 * After the step the metadata threshold is 0, so a later step finds the threshold without detecting it again.
 * <p>
 * Parameters: {@code threshold} (eV, or null for the spectrum's own or detected one) and {@code fraction}
 * (between 0 and 1).
 */
public final class ThresholdAlignment implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "align-threshold";

	static final Set<String> PARAMETERS = Set.of("threshold", "fraction");

	private final ThresholdAlignmentSettings settings;

	/** @param settings the threshold or the fraction to detect it; copied */
	public ThresholdAlignment(ThresholdAlignmentSettings settings) {
		this.settings = settings.copy();
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; missing ones take the defaults
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter or a value of the wrong type or range
	 */
	public static ThresholdAlignment fromParameters(Map<String, Object> parameters) {
		return new ThresholdAlignment(settingsFrom(new StepParameters(KIND, parameters, PARAMETERS)));
	}

	/** @return the threshold settings in {@code read}, shared with {@link ExcitationEnergyAlignment} */
	static ThresholdAlignmentSettings settingsFrom(StepParameters read) {
		ThresholdAlignmentSettings settings = ThresholdAlignmentSettings.defaults();
		settings.setThreshold(read.numberOrNaN("threshold"));
		if (read.has("fraction")) {
			settings.setFraction(read.numberOrNaN("fraction"));
		}
		return settings;
	}

	/** @return a copy of the settings */
	public ThresholdAlignmentSettings settings() {
		return settings.copy();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("threshold", Double.isNaN(settings.getThreshold()) ? null : settings.getThreshold());
		parameters.put("fraction", settings.getFraction());
		return parameters;
	}

	/** @throws PreparationException naming the spectrum if the threshold cannot be detected */
	@Override
	public Spectrum apply(Spectrum spectrum) {
		return AxisShift.thresholdMovedTo(spectrum, threshold(spectrum), 0);
	}

	/**
	 * @return the threshold in eV on the spectrum's axis: the recipe's, else the spectrum's own, else the
	 *         detected onset
	 * @throws PreparationException naming the spectrum if the threshold must be detected and mu is not finite,
	 *                              is constant, or already reaches the onset level at the first point
	 */
	public double threshold(Spectrum spectrum) {
		if (!Double.isNaN(settings.getThreshold())) {
			return settings.getThreshold();
		}
		if (!Double.isNaN(spectrum.metadata().threshold())) {
			return spectrum.metadata().threshold();
		}
		double[] mu = SpectrumChecks.finiteMu(spectrum);
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double value : mu) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		if (!(max > min)) {
			throw new PreparationException(spectrum, "mu is constant (" + min + "), it has no absorption onset");
		}
		double level = min + settings.getFraction() * (max - min);
		int i = 0;
		while (mu[i] < level) {
			i++;
		}
		if (i == 0) {
			throw new PreparationException(spectrum, "mu already reaches the onset level " + level + " (fraction "
					+ settings.getFraction() + " of its range) at the first energy "
					+ EnergyFormat.eV(spectrum.energy().get(0)) + ", so the onset lies outside the data; give the threshold explicitly");
		}
		double e0 = spectrum.energy().get(i - 1);
		double e1 = spectrum.energy().get(i);
		return e0 + (level - mu[i - 1]) / (mu[i] - mu[i - 1]) * (e1 - e0);
	}

	@Override
	public String toString() {
		return "ThresholdAlignment[" + settings + "]";
	}
}
