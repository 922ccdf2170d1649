package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationResult;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * The step "normalise": Larch-style pre-edge subtraction and edge-step normalisation
 * ({@link EdgeStepNormalization}); the spectrum keeps its energy axis and its mu becomes the flattened (or
 * the plain normalised) mu.
 * <p>
 * Parameters: {@code e0}, {@code pre1}, {@code pre2}, {@code norm1}, {@code norm2}, {@code step} (numbers in
 * eV, or null for "automatic", resolved per spectrum as Larch does), {@code nnorm} (0 to 3, or null),
 * {@code nvict} (0 to 3) and {@code output} ("flat" or "norm"). Missing parameters take the defaults.
 */
public final class Normalisation implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "normalise";

	/** Which normalised curve becomes the step's output. */
	public enum Output {
		/** mu minus the pre-edge line, divided by the edge step, with the post-edge curvature removed */
		FLAT,
		/** mu minus the pre-edge line, divided by the edge step */
		NORM;

		/** @return the name in recipe files: "flat" or "norm" */
		public String parameterName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private static final Set<String> PARAMETERS = Set.of("e0", "pre1", "pre2", "norm1", "norm2", "nnorm", "nvict",
			"step", "output");

	private final NormalizationSettings settings;
	private final Output output;
	private final EdgeStepNormalization normalization;

	/**
	 * @param settings the normalisation settings; copied
	 * @param output   which curve the step returns
	 */
	public Normalisation(NormalizationSettings settings, Output output) {
		this.settings = settings.copy();
		this.output = Objects.requireNonNull(output, "output");
		this.normalization = new EdgeStepNormalization(settings);
	}

	/** @return a step with Larch's defaults that returns flattened mu */
	public static Normalisation defaults() {
		return new Normalisation(new NormalizationSettings(), Output.FLAT);
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; missing ones take the defaults
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter or a value of the wrong type or range
	 */
	public static Normalisation fromParameters(Map<String, Object> parameters) {
		StepParameters read = new StepParameters(KIND, parameters, PARAMETERS);
		NormalizationSettings settings = new NormalizationSettings();
		settings.setE0(read.numberOrNaN("e0"));
		settings.setPre1(read.numberOrNaN("pre1"));
		settings.setPre2(read.numberOrNaN("pre2"));
		settings.setNorm1(read.numberOrNaN("norm1"));
		settings.setNorm2(read.numberOrNaN("norm2"));
		settings.setNnorm(read.integerOr("nnorm", NormalizationSettings.AUTOMATIC_NNORM));
		settings.setNvict(read.integerOr("nvict", 0));
		settings.setStep(read.numberOrNaN("step"));
		Output output = Output.FLAT;
		if (read.has("output")) {
			String name = read.text("output");
			output = switch (name) {
			case "flat" -> Output.FLAT;
			case "norm" -> Output.NORM;
			default -> throw new IllegalArgumentException("step '" + KIND + "': parameter 'output' must be \"flat\" or "
					+ "\"norm\", got \"" + name + "\"");
			};
		}
		return new Normalisation(settings, output);
	}

	/** @return a copy of the settings */
	public NormalizationSettings settings() {
		return settings.copy();
	}

	public Output output() {
		return output;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("e0", automaticIfNaN(settings.getE0()));
		parameters.put("pre1", automaticIfNaN(settings.getPre1()));
		parameters.put("pre2", automaticIfNaN(settings.getPre2()));
		parameters.put("norm1", automaticIfNaN(settings.getNorm1()));
		parameters.put("norm2", automaticIfNaN(settings.getNorm2()));
		parameters.put("nnorm", settings.getNnorm() == NormalizationSettings.AUTOMATIC_NNORM ? null
				: settings.getNnorm());
		parameters.put("nvict", settings.getNvict());
		parameters.put("step", automaticIfNaN(settings.getStep()));
		parameters.put("output", output.parameterName());
		return parameters;
	}

	/** NaN means "automatic" in the settings; JSON has no NaN, so it is written as null. */
	private static Double automaticIfNaN(double value) {
		return Double.isNaN(value) ? null : value;
	}

	@Override
	public Spectrum apply(Spectrum spectrum) {
		NormalizationResult result = normalization.apply(spectrum);
		double[] values = output == Output.FLAT ? result.flat() : result.norm();
		// E0 goes along, so that a relative grid later on sits at this very E0.
		return new Spectrum(spectrum.energy(), values, spectrum.label(),
				spectrum.metadata().withEdgeEnergy(result.e0()));
	}

	@Override
	public String toString() {
		return "Normalisation[" + output.parameterName() + ", " + settings + "]";
	}
}
