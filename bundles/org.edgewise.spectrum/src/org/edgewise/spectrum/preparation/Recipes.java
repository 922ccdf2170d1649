package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The named recipes that reproduce the input of each paper Edgewise implements (see SCIENCE.md). Each is
 * built from step kinds and parameters exactly as a recipe file would state them, so the named recipe and
 * its JSON form are the same thing.
 */
public final class Recipes {

	/** Name of {@link #kiyoharaOxygenK()}. */
	public static final String KIYOHARA_OXYGEN_K = "kiyohara-o-k";
	/** Name of {@link #carboneKEdge()}. */
	public static final String CARBONE_K_EDGE = "carbone-k-edge";
	/** Name of {@link #hiraiSiK()}. */
	public static final String HIRAI_SI_K = "hirai-si-k";

	private static final Map<String, Supplier<Preparation>> BY_NAME = Map.of(KIYOHARA_OXYGEN_K,
			Recipes::kiyoharaOxygenK, CARBONE_K_EDGE, Recipes::carboneKEdge, HIRAI_SI_K, Recipes::hiraiSiK);

	private Recipes() {
	}

	/**
	 * Kiyohara et al. (2019), O K-edge ELNES/XANES: the threshold (onset) aligned to 0 eV as in the paper,
	 * then intensities from -1 eV in 0.1 eV steps, 160 points (-1 .. 14.9 eV), by cubic spline, zero outside
	 * the data. The paper's Gaussian broadening (0.5 eV) belongs to the simulated training spectra, not to a
	 * measured one, and is therefore not part of the recipe.
	 */
	public static Preparation kiyoharaOxygenK() {
		return new Preparation(KIYOHARA_OXYGEN_K, List.of(step(ThresholdAlignment.KIND, Map.of()),
				resample(-1.0, 0.1, 160, false)));
	}

	/**
	 * Carbone et al. (2019), K-edge XANES of 3d metals: Larch normalisation (flattened mu), then a cubic
	 * spline onto 100 points in 0.5 eV steps from 10 eV below to 39.5 eV above each spectrum's E0, so every
	 * absorber gets a grid around its own edge (pre-edge peaks and ~40 eV of the near edge). The paper's
	 * standardisation is fitted on the prepared training set and appended with {@link Preparation#then}.
	 */
	public static Preparation carboneKEdge() {
		return new Preparation(CARBONE_K_EDGE, List.of(Normalisation.defaults(), resample(-10.0, 0.5, 100, true)));
	}

	/**
	 * Hirai et al. (2022), Si K-edge XANES: Gaussian broadening with sigma 1.0 eV (as the paper's theoretical
	 * spectra), then a cubic spline onto 401 points, 1835 .. 1855 eV in 0.05 eV steps.
	 */
	public static Preparation hiraiSiK() {
		return new Preparation(HIRAI_SI_K, List.of(step(Broadening.KIND, Map.of("shape", "gaussian", "sigma",
				1.0)), resample(1835.0, 0.05, 401, false)));
	}

	/** @return the names {@link #byName} knows, sorted */
	public static Set<String> names() {
		return new TreeSet<>(BY_NAME.keySet());
	}

	/**
	 * @param name one of {@link #names()}
	 * @return a new instance of that recipe
	 * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
	 */
	public static Preparation byName(String name) {
		Supplier<Preparation> recipe = BY_NAME.get(name);
		if (recipe == null) {
			throw new IllegalArgumentException("unknown recipe '" + name + "' (known: " + String.join(", ", names())
					+ ")");
		}
		return recipe.get();
	}

	/** A cubic spline onto {@code points} energies from {@code start} in steps of {@code step}, zero outside. */
	private static PreparationStep resample(double start, double step, int points, boolean relativeToEdge) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("start", start);
		parameters.put("step", step);
		parameters.put("points", points);
		parameters.put("relative", relativeToEdge);
		parameters.put("method", "cubic");
		parameters.put("outside", "zero");
		return step(Resampling.KIND, parameters);
	}

	private static PreparationStep step(String kind, Map<String, Object> parameters) {
		return PreparationSteps.create(kind, parameters);
	}
}
