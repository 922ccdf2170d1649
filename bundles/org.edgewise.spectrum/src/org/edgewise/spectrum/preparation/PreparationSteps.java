package org.edgewise.spectrum.preparation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one place that maps a step kind, as written in recipe files, to the factory that rebuilds the step
 * from its parameters. Only the kinds listed here can be read back, so a recipe file can never make Edgewise
 * instantiate anything else.
 */
public final class PreparationSteps {

	private static final Map<String, Function<Map<String, Object>, PreparationStep>> FACTORIES = Map.of(
			Normalisation.KIND, Normalisation::fromParameters,
			ThresholdAlignment.KIND, ThresholdAlignment::fromParameters,
			ExcitationEnergyAlignment.KIND, ExcitationEnergyAlignment::fromParameters,
			ReferenceAlignment.KIND, ReferenceAlignment::fromParameters,
			Broadening.KIND, Broadening::fromParameters,
			Resampling.KIND, Resampling::fromParameters,
			EnergyWindow.KIND, EnergyWindow::fromParameters,
			Standardisation.KIND, Standardisation::fromParameters);

	private PreparationSteps() {
	}

	/** @return every known kind, sorted */
	public static Set<String> kinds() {
		return new TreeSet<>(FACTORIES.keySet());
	}

	/**
	 * @param kind       a step kind, e.g. "normalise"
	 * @param parameters the step's parameters as {@link PreparationStep#parameters()} writes them
	 * @return the configured step
	 * @throws IllegalArgumentException for an unknown kind (the message lists the known ones) or parameters
	 *                                  the step rejects
	 */
	public static PreparationStep create(String kind, Map<String, Object> parameters) {
		Function<Map<String, Object>, PreparationStep> factory = FACTORIES.get(kind);
		if (factory == null) {
			throw new IllegalArgumentException("unknown step kind '" + kind + "' (known: " + String.join(", ", kinds())
					+ ")");
		}
		return factory.apply(parameters);
	}
}
