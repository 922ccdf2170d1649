package org.edgewise.spectrum.preparation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;

/**
 * The step "align-reference": shifts a sample's energy axis onto a reference spectrum (a metal foil measured
 * with it, or a standard), so that their features coincide.
 * <p>
 * The shift maximises the normalised cross-correlation of the two derivatives dmu/dE, compared on a common
 * fine grid (spacing {@code step}) over the window [{@code emin}, {@code emax}] of the reference, for shifts
 * up to {@code maxShift} either way. Derivatives, not mu itself, are compared so that the edge and its
 * features decide, not the background slope or the edge step. Each derivative is taken on its own spectrum's
 * grid (central differences, one-sided at the ends), then interpolated linearly onto the fine grid; where the
 * shifted window leaves the sample's data the sample's derivative counts as 0. For a shift of k grid steps
 *
 * <pre>
 * c(k) = sum_i d_ref(E_i) d_sample(E_i + k step) / sqrt(sum_i d_sample(E_i + k step)^2)
 * </pre>
 *
 * and the best k is refined below the grid spacing by the vertex of the parabola through c(k-1), c(k), c(k+1).
 * A best match at the limit of the search range is refused: the true shift may lie beyond it.
 * <p>
 * Parameters: {@code referenceLabel}, {@code referenceEnergies} and {@code referenceMu} (the reference itself,
 * so a recipe is complete without the file), {@code step}, {@code maxShift}, {@code emin}, {@code emax} (null
 * for the reference's range).
 */
public final class ReferenceAlignment implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "align-reference";

	/** The fewest points a spectrum needs for a derivative with a peak. */
	public static final int MINIMUM_POINTS = 3;

	private static final Set<String> PARAMETERS = Set.of("referenceLabel", "referenceEnergies", "referenceMu",
			"step", "maxShift", "emin", "emax");

	private final Spectrum reference;
	private final ReferenceAlignmentSettings settings;
	/** the reference's derivative on the fine grid, window start first */
	private final double[] referenceDerivative;
	private final double windowStart;
	private final int lags;

	/**
	 * @param reference the spectrum to align to
	 * @param settings  the fine grid, search range and window; copied
	 * @throws PreparationException naming the reference if it has fewer than {@value #MINIMUM_POINTS} points, a
	 *                              value that is not finite, or no flat part of the window left
	 */
	public ReferenceAlignment(Spectrum reference, ReferenceAlignmentSettings settings) {
		this.reference = reference;
		this.settings = settings.copy();
		double start = Double.isNaN(settings.getEmin()) ? reference.energy().min()
				: Math.max(settings.getEmin(), reference.energy().min());
		double stop = Double.isNaN(settings.getEmax()) ? reference.energy().max()
				: Math.min(settings.getEmax(), reference.energy().max());
		int points = (int) Math.floor((stop - start) / settings.getStep()) + 1;
		if (points < MINIMUM_POINTS) {
			throw new PreparationException(reference, "the window " + EnergyFormat.eV(start) + " .. " + EnergyFormat.eV(stop) + " holds fewer than "
					+ MINIMUM_POINTS + " points of the " + settings.getStep() + " eV grid");
		}
		this.windowStart = start;
		this.lags = (int) Math.round(settings.getMaxShift() / settings.getStep());
		this.referenceDerivative = derivativeOnGrid(reference, start, points);
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; the reference is required
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter or a value of the wrong type or range
	 */
	public static ReferenceAlignment fromParameters(Map<String, Object> parameters) {
		StepParameters read = new StepParameters(KIND, parameters, PARAMETERS);
		double[] energies = read.numbers("referenceEnergies");
		double[] mu = read.numbers("referenceMu");
		String label = read.has("referenceLabel") ? read.text("referenceLabel") : "reference";
		Spectrum reference = new Spectrum(EnergyAxis.of(energies), mu, label,
				SpectrumMetadata.NONE);
		ReferenceAlignmentSettings settings = ReferenceAlignmentSettings.defaults();
		if (read.has("step")) {
			settings.setStep(read.numberOrNaN("step"));
		}
		if (read.has("maxShift")) {
			settings.setMaxShift(read.numberOrNaN("maxShift"));
		}
		settings.setEmin(read.numberOrNaN("emin"));
		settings.setEmax(read.numberOrNaN("emax"));
		return new ReferenceAlignment(reference, settings);
	}

	/** @return the reference spectrum */
	public Spectrum reference() {
		return reference;
	}

	/** @return a copy of the settings */
	public ReferenceAlignmentSettings settings() {
		return settings.copy();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("referenceLabel", reference.label());
		parameters.put("referenceEnergies", Arrays.stream(reference.energy().values()).boxed().toList());
		parameters.put("referenceMu", Arrays.stream(reference.mu()).boxed().toList());
		parameters.put("step", settings.getStep());
		parameters.put("maxShift", settings.getMaxShift());
		parameters.put("emin", Double.isNaN(settings.getEmin()) ? null : settings.getEmin());
		parameters.put("emax", Double.isNaN(settings.getEmax()) ? null : settings.getEmax());
		return parameters;
	}

	/** @return the sample with {@link #shift(Spectrum)} added to its energies */
	@Override
	public Spectrum apply(Spectrum sample) {
		return AxisShift.shifted(sample, shift(sample));
	}

	/**
	 * @param sample the spectrum to align
	 * @return the shift in eV that {@link #apply} adds to the sample's energies: a sample whose features lie
	 *         1.37 eV above the reference's gets -1.37
	 * @throws PreparationException naming the sample if it has too few points or a value that is not finite, no
	 *                              data within the search range, or its best match lies at the search limit
	 */
	public double shift(Spectrum sample) {
		int points = referenceDerivative.length;
		double[] sampleDerivative = derivativeOnGrid(sample, windowStart - lags * settings.getStep(),
				points + 2 * lags);
		double[] correlation = new double[2 * lags + 1];
		int best = -1;
		for (int k = 0; k < correlation.length; k++) {
			double product = 0;
			double norm = 0;
			for (int i = 0; i < points; i++) {
				double value = sampleDerivative[i + k];
				product += referenceDerivative[i] * value;
				norm += value * value;
			}
			correlation[k] = norm > 0 ? product / Math.sqrt(norm) : Double.NEGATIVE_INFINITY;
			if (norm > 0 && (best < 0 || correlation[k] > correlation[best])) {
				best = k;
			}
		}
		if (best < 0) {
			throw new PreparationException(sample, "has no data within " + settings.getMaxShift() + " eV of the "
					+ "reference '" + reference.label() + "' window starting at " + EnergyFormat.eV(windowStart));
		}
		if (best == 0 || best == correlation.length - 1) {
			throw new PreparationException(sample, "matches the reference '" + reference.label()
					+ "' best at the search limit of " + settings.getMaxShift() + " eV; widen maxShift or the window");
		}
		double below = correlation[best - 1];
		double above = correlation[best + 1];
		double curvature = below - 2 * correlation[best] + above;
		double vertex = curvature < 0 ? 0.5 * (below - above) / curvature : 0;
		return -(best - lags + vertex) * settings.getStep();
	}

	/**
	 * @return dmu/dE of the spectrum at {@code start + i step}, i below {@code points}, linearly interpolated
	 *         from central differences on its own grid, 0 outside its data
	 */
	private double[] derivativeOnGrid(Spectrum spectrum, double start, int points) {
		double[] mu = SpectrumChecks.finiteMu(spectrum);
		if (mu.length < MINIMUM_POINTS) {
			throw new PreparationException(spectrum, "has " + mu.length + " points, alignment to a reference needs "
					+ "at least " + MINIMUM_POINTS);
		}
		double[] energy = spectrum.energy().values();
		int n = energy.length;
		double[] derivative = new double[n];
		derivative[0] = (mu[1] - mu[0]) / (energy[1] - energy[0]);
		derivative[n - 1] = (mu[n - 1] - mu[n - 2]) / (energy[n - 1] - energy[n - 2]);
		for (int i = 1; i < n - 1; i++) {
			derivative[i] = (mu[i + 1] - mu[i - 1]) / (energy[i + 1] - energy[i - 1]);
		}
		double[] grid = new double[points];
		for (int i = 0; i < points; i++) {
			grid[i] = start + i * settings.getStep();
		}
		double[] result = Interpolation.linear(energy, derivative, grid);
		for (int i = 0; i < points; i++) {
			if (grid[i] < energy[0] || grid[i] > energy[n - 1]) {
				result[i] = 0;
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return "ReferenceAlignment[" + reference.label() + ", " + settings + "]";
	}
}
