package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * The step "resample": interpolates a spectrum onto the grid of {@link ResamplingSettings}, linearly or by a
 * natural cubic spline. Grid points beyond the data get 0 or make the step fail, as the settings say. A grid
 * relative to the edge is placed at the spectrum's E0: the one an earlier step recorded in its metadata
 * ("normalise" does), else as Larch's {@code pre_edge} finds it (the largest smoothed derivative); the result
 * carries the relative energies as its axis.
 * <p>
 * Parameters: {@code start} and two of {@code stop}, {@code step}, {@code points} (see
 * {@link EnergyGridSpec}), {@code relative} (true or false), {@code method} ("linear" or "cubic") and
 * {@code outside} ("zero" or "refuse").
 */
public final class Resampling implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "resample";

	/** The fewest data points a cubic spline is fitted to (two points only define a line). */
	public static final int MINIMUM_SPLINE_POINTS = 3;

	private static final Set<String> PARAMETERS = Stream.concat(EnergyGridSpec.PARAMETERS.stream(),
			Stream.of("method", "outside")).collect(Collectors.toUnmodifiableSet());

	private final ResamplingSettings settings;
	private final double[] grid;

	/** @param settings the grid, method and outside rule; copied */
	public Resampling(ResamplingSettings settings) {
		this.settings = settings.copy();
		this.grid = settings.getGrid().energies();
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; the grid is required, method and outside default
	 *                   to "cubic" and "zero"
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter or a value of the wrong type or range
	 */
	public static Resampling fromParameters(Map<String, Object> parameters) {
		StepParameters read = new StepParameters(KIND, parameters, PARAMETERS);
		ResamplingSettings settings = ResamplingSettings.defaults();
		settings.setGrid(EnergyGridSpec.fromParameters(read, KIND));
		if (read.has("method")) {
			settings.setMethod(switch (read.text("method")) {
			case "linear" -> ResamplingSettings.Method.LINEAR;
			case "cubic" -> ResamplingSettings.Method.CUBIC;
			default -> throw new IllegalArgumentException("step '" + KIND + "': parameter 'method' must be "
					+ "\"linear\" or \"cubic\", got \"" + read.text("method") + "\"");
			});
		}
		if (read.has("outside")) {
			settings.setOutside(switch (read.text("outside")) {
			case "zero" -> ResamplingSettings.Outside.ZERO;
			case "refuse" -> ResamplingSettings.Outside.REFUSE;
			default -> throw new IllegalArgumentException("step '" + KIND + "': parameter 'outside' must be "
					+ "\"zero\" or \"refuse\", got \"" + read.text("outside") + "\"");
			});
		}
		return new Resampling(settings);
	}

	/** @return a copy of the settings */
	public ResamplingSettings settings() {
		return settings.copy();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>(settings.getGrid().parameters());
		parameters.put("method", settings.getMethod().parameterName());
		parameters.put("outside", settings.getOutside().parameterName());
		return parameters;
	}

	/**
	 * @throws PreparationException naming the spectrum if mu is not finite, a cubic spline has fewer than
	 *                              {@value #MINIMUM_SPLINE_POINTS} points, E0 cannot be found for a relative
	 *                              grid, or the grid reaches beyond the data and the settings refuse that
	 */
	@Override
	public Spectrum apply(Spectrum spectrum) {
		double[] mu = SpectrumChecks.finiteMu(spectrum);
		if (settings.getMethod() == ResamplingSettings.Method.CUBIC && mu.length < MINIMUM_SPLINE_POINTS) {
			throw new PreparationException(spectrum, "has " + mu.length + " points, a cubic spline needs at least "
					+ MINIMUM_SPLINE_POINTS);
		}
		double[] energy = spectrum.energy().values();
		double edge = settings.getGrid().isRelative() ? edgeEnergy(spectrum) : 0;
		double[] target = new double[grid.length];
		for (int i = 0; i < grid.length; i++) {
			target[i] = grid[i] + edge;
		}
		double[] values = settings.getMethod() == ResamplingSettings.Method.CUBIC
				? Interpolation.naturalSpline(energy, mu, target)
				: Interpolation.linear(energy, mu, target);
		for (int i = 0; i < target.length; i++) {
			if (target[i] < energy[0] || target[i] > energy[energy.length - 1]) {
				if (settings.getOutside() == ResamplingSettings.Outside.REFUSE) {
					throw new PreparationException(spectrum, "the grid " + EnergyFormat.eV(target[0]) + " .. "
							+ EnergyFormat.eV(target[target.length - 1]) + " reaches beyond the data ("
							+ EnergyFormat.eV(energy[0]) + " .. " + EnergyFormat.eV(energy[energy.length - 1]) + "), first at "
							+ EnergyFormat.eV(target[i]) + ", and the resampling refuses to fill in");
				}
				values[i] = 0;
			}
		}
		// A relative grid moves the axis by -E0: the edge sits at 0 eV of the new axis, the threshold moves along.
		SpectrumMetadata metadata = settings.getGrid().isRelative()
				? spectrum.metadata().withFeaturesShiftedBy(-edge).withEdgeEnergy(0)
				: spectrum.metadata();
		return new Spectrum(EnergyAxis.of(grid), values, spectrum.label(), metadata);
	}

	/**
	 * E0 as an earlier step found it ("normalise" records it), else as the default normalisation finds it,
	 * so a relative grid sits where "normalise" puts E0 and E0 is not searched for twice.
	 */
	private static double edgeEnergy(Spectrum spectrum) {
		double known = spectrum.metadata().edgeEnergy();
		return Double.isFinite(known) ? known
				: new EdgeStepNormalization(new NormalizationSettings()).apply(spectrum).e0();
	}

	@Override
	public String toString() {
		return "Resampling[" + settings + "]";
	}
}
