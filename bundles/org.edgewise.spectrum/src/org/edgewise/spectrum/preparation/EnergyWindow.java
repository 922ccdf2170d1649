package org.edgewise.spectrum.preparation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * The step "window": keeps only part of the energy axis, for ablations (the pre-edge-only input of Carbone et
 * al.) or to cut a spectrum to a model's range. See {@link EnergyWindowSettings} for the two modes.
 * <p>
 * Parameters: {@code mode} ("range" or "pre_edge"), {@code from}, {@code to} (eV or null: open), {@code e0} (eV
 * or null: found per spectrum with Larch's rules) and {@code offset} (eV). Missing parameters take the
 * defaults. The window must keep at least two points.
 */
public final class EnergyWindow implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "window";

	private static final Set<String> PARAMETERS = Set.of("mode", "from", "to", "e0", "offset");

	private final EnergyWindowSettings settings;
	/** Finds E0 when the settings leave it open; Larch's default rules. */
	private final EdgeStepNormalization edgeFinder = new EdgeStepNormalization(new NormalizationSettings());

	/** @param settings copied */
	public EnergyWindow(EnergyWindowSettings settings) {
		this.settings = settings.copy();
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; missing ones take the defaults
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter or a value of the wrong type
	 */
	public static EnergyWindow fromParameters(Map<String, Object> parameters) {
		StepParameters read = new StepParameters(KIND, parameters, PARAMETERS);
		EnergyWindowSettings settings = new EnergyWindowSettings();
		if (read.has("mode")) {
			String name = read.text("mode");
			settings.setMode(Arrays.stream(EnergyWindowSettings.Mode.values())
					.filter(mode -> mode.parameterName().equals(name)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("step '" + KIND + "': parameter 'mode' must be "
							+ "\"range\" or \"pre_edge\", got \"" + name + "\"")));
		}
		settings.setFrom(read.numberOrNaN("from"));
		settings.setTo(read.numberOrNaN("to"));
		settings.setE0(read.numberOrNaN("e0"));
		if (read.has("offset")) {
			settings.setOffset(read.numberOrNaN("offset"));
		}
		return new EnergyWindow(settings);
	}

	/** @return a copy of the settings */
	public EnergyWindowSettings settings() {
		return settings.copy();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("mode", settings.getMode().parameterName());
		parameters.put("from", openIfNaN(settings.getFrom()));
		parameters.put("to", openIfNaN(settings.getTo()));
		parameters.put("e0", openIfNaN(settings.getE0()));
		parameters.put("offset", settings.getOffset());
		return parameters;
	}

	/** JSON has no NaN: an open limit or an automatic E0 is written as null. */
	private static Double openIfNaN(double value) {
		return Double.isNaN(value) ? null : value;
	}

	/**
	 * @throws PreparationException if fewer than two points lie in the window, or E0 is to be found and the
	 *                              spectrum has no edge
	 */
	@Override
	public Spectrum apply(Spectrum spectrum) {
		double low;
		double high;
		if (settings.getMode() == EnergyWindowSettings.Mode.RANGE) {
			low = Double.isNaN(settings.getFrom()) ? Double.NEGATIVE_INFINITY : settings.getFrom();
			high = Double.isNaN(settings.getTo()) ? Double.POSITIVE_INFINITY : settings.getTo();
		} else {
			double e0 = Double.isNaN(settings.getE0()) ? edgeFinder.apply(spectrum).e0() : settings.getE0();
			low = Double.NEGATIVE_INFINITY;
			// "below E0 + offset": the cut itself is excluded
			high = Math.nextDown(e0 + settings.getOffset());
		}
		EnergyAxis axis = spectrum.energy();
		int first = 0;
		while (first < axis.size() && axis.get(first) < low) {
			first++;
		}
		int end = first;
		while (end < axis.size() && axis.get(end) <= high) {
			end++;
		}
		if (end - first < 2) {
			throw new PreparationException(spectrum, (end - first) + " points of " + axis + " lie in the window "
					+ settings + " (" + EnergyFormat.eV(low) + " .. " + EnergyFormat.eV(high) + "); at least 2 are needed");
		}
		double[] energies = Arrays.copyOfRange(axis.values(), first, end);
		double[] mu = Arrays.copyOfRange(spectrum.mu(), first, end);
		return new Spectrum(EnergyAxis.of(energies), mu, spectrum.label(), spectrum.metadata());
	}

	@Override
	public String toString() {
		return "EnergyWindow[" + settings + "]";
	}
}
