package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.edgewise.spectrum.Spectrum;

/**
 * The step "broaden": convolves a spectrum with a Gaussian or Lorentzian line (see
 * {@link BroadeningSettings}) on its own energy axis, which need not be uniform. The spectrum keeps its axis.
 * <p>
 * The convolution integral is a direct sum with trapezoid weights from the local grid spacing,
 * w<sub>j</sub> = (E<sub>j+1</sub> - E<sub>j-1</sub>) / 2 (half a spacing at the two ends):
 *
 * <pre>
 * out(E_i) = sum_j w_j K(E_i - E_j) mu_j / sum_j w_j K(E_i - E_j)
 * </pre>
 *
 * Dividing by the discrete kernel sum makes a constant stay exactly constant, on any grid, and keeps the
 * result right where the line is narrower than the grid spacing (then out = mu). At the ends this is also the
 * edge handling: the kernel is cut off at the first and last point and renormalised over what is left, so
 * the spectrum is neither padded with zeros (which would pull the ends down) nor mirrored; within a few
 * widths of an end the result is a one-sided average and no longer a true convolution. Away from the ends
 * the denominator is 1 up to the quadrature error, so area is preserved and Gaussians compose (sigma
 * squared adds).
 * <p>
 * A Gaussian is cut off at {@value #GAUSSIAN_CUTOFF} sigma (beyond it the kernel is below 1e-13 of its peak);
 * a Lorentzian's tails are long, so it is summed over the whole spectrum. Parameters: {@code shape}
 * ("gaussian" or "lorentzian") and the width, {@code sigma} for a Gaussian or {@code gamma} for a Lorentzian,
 * in eV.
 */
public final class Broadening implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "broaden";

	/** Where the Gaussian kernel is cut off, in units of sigma. */
	public static final double GAUSSIAN_CUTOFF = 8;

	private static final Set<String> PARAMETERS = Set.of("shape", "sigma", "gamma");

	private final BroadeningSettings settings;

	/** @param settings the shape and width; copied */
	public Broadening(BroadeningSettings settings) {
		this.settings = settings.copy();
	}

	/**
	 * @param parameters as {@link #parameters()} writes them; shape defaults to "gaussian", the width matching
	 *                   the shape is required
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown parameter, a missing or mismatched width, or a bad value
	 */
	public static Broadening fromParameters(Map<String, Object> parameters) {
		StepParameters read = new StepParameters(KIND, parameters, PARAMETERS);
		BroadeningSettings settings = BroadeningSettings.defaults();
		if (read.has("shape")) {
			settings.setShape(switch (read.text("shape")) {
			case "gaussian" -> BroadeningSettings.Shape.GAUSSIAN;
			case "lorentzian" -> BroadeningSettings.Shape.LORENTZIAN;
			default -> throw new IllegalArgumentException("step '" + KIND + "': parameter 'shape' must be "
					+ "\"gaussian\" or \"lorentzian\", got \"" + read.text("shape") + "\"");
			});
		}
		String width = settings.getShape().widthName();
		String otherWidth = settings.getShape() == BroadeningSettings.Shape.GAUSSIAN ? "gamma" : "sigma";
		if (!read.has(width) || read.has(otherWidth)) {
			throw new IllegalArgumentException("step '" + KIND + "': a " + settings.getShape().parameterName()
					+ " line needs its width '" + width + "' in eV and no other width");
		}
		settings.setWidth(read.numberOrNaN(width));
		return new Broadening(settings);
	}

	/** @return a copy of the settings */
	public BroadeningSettings settings() {
		return settings.copy();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("shape", settings.getShape().parameterName());
		parameters.put(settings.getShape().widthName(), settings.getWidth());
		return parameters;
	}

	/** @throws org.edgewise.spectrum.PreparationException naming the spectrum if mu is not finite */
	@Override
	public Spectrum apply(Spectrum spectrum) {
		double[] mu = SpectrumChecks.finiteMu(spectrum);
		double[] energy = spectrum.energy().values();
		double[] weights = trapezoidWeights(energy);
		boolean gaussian = settings.getShape() == BroadeningSettings.Shape.GAUSSIAN;
		double width = settings.getWidth();
		double reach = gaussian ? GAUSSIAN_CUTOFF * width : Double.POSITIVE_INFINITY;
		double[] result = new double[mu.length];
		int from = 0;
		int to = 0;
		for (int i = 0; i < mu.length; i++) {
			// the window [from, to) of points within reach slides along with i
			while (energy[i] - energy[from] > reach) {
				from++;
			}
			while (to < mu.length && energy[to] - energy[i] <= reach) {
				to++;
			}
			double sum = 0;
			double norm = 0;
			for (int j = from; j < to; j++) {
				double x = (energy[i] - energy[j]) / width;
				double kernel = weights[j] * (gaussian ? Math.exp(-0.5 * x * x) : 1 / (1 + x * x));
				sum += kernel * mu[j];
				norm += kernel;
			}
			result[i] = sum / norm;
		}
		return new Spectrum(spectrum.energy(), result, spectrum.label(), spectrum.metadata());
	}

	/** @return the trapezoid rule's weight of every point */
	private static double[] trapezoidWeights(double[] energy) {
		int n = energy.length;
		double[] weights = new double[n];
		weights[0] = (energy[1] - energy[0]) / 2;
		weights[n - 1] = (energy[n - 1] - energy[n - 2]) / 2;
		for (int j = 1; j < n - 1; j++) {
			weights[j] = (energy[j + 1] - energy[j - 1]) / 2;
		}
		return weights;
	}

	@Override
	public String toString() {
		return "Broadening[" + settings + "]";
	}
}
