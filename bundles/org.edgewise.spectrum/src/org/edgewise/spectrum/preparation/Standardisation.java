package org.edgewise.spectrum.preparation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/**
 * The step "standardise": a fitted per-feature standardisation, z = (x - mean) / scale, as scikit-learn's
 * {@code StandardScaler} computes it: the mean and the population standard deviation (divisor n) of every
 * feature over the training rows. A feature that is constant in the training set keeps scale 1, so it passes
 * through shifted to 0 instead of becoming NaN; {@link #constantFeatures()} reports those features.
 * <p>
 * Fitting is a dataset-level operation ({@link #fit(double[][])}, {@link #fit(List)}); the fitted object is an
 * immutable {@link PreparationStep} whose parameters {@code means} and {@code scales} (lists of numbers, one
 * per feature) carry the fit into a recipe. Applied to a spectrum it standardises mu point by point, so the
 * spectrum must already be on the grid the standardisation was fitted on (checked by length).
 */
public final class Standardisation implements PreparationStep {

	/** The kind name in recipe files. */
	public static final String KIND = "standardise";

	private static final Set<String> PARAMETERS = Set.of("means", "scales");

	private final double[] means;
	private final double[] scales;

	/**
	 * @param means  the mean of every feature; copied
	 * @param scales the divisor of every feature (the standard deviation, or 1 for a constant feature); copied
	 * @throws IllegalArgumentException if the lengths differ, there are no features, a mean is not finite or a
	 *                                  scale is not finite and positive (the message names the feature)
	 */
	public Standardisation(double[] means, double[] scales) {
		if (means.length != scales.length || means.length == 0) {
			throw new IllegalArgumentException("standardisation needs one mean and one scale per feature, got "
					+ means.length + " means and " + scales.length + " scales");
		}
		for (int j = 0; j < means.length; j++) {
			if (!Double.isFinite(means[j])) {
				throw new IllegalArgumentException("mean of feature " + j + " is not finite: " + means[j]);
			}
			if (!(scales[j] > 0) || !Double.isFinite(scales[j])) {
				throw new IllegalArgumentException("scale of feature " + j + " must be finite and positive, got "
						+ scales[j]);
			}
		}
		this.means = means.clone();
		this.scales = scales.clone();
	}

	/**
	 * @param rows training rows, one per sample, all of the same length (the features)
	 * @return the standardisation fitted on the rows
	 * @throws IllegalArgumentException if there are no rows, the rows differ in length or a value is not finite
	 *                                  (the message names row and feature)
	 */
	public static Standardisation fit(double[][] rows) {
		if (rows.length == 0 || rows[0].length == 0) {
			throw new IllegalArgumentException("cannot fit a standardisation on no data (" + rows.length + " rows)");
		}
		int features = rows[0].length;
		for (int i = 0; i < rows.length; i++) {
			if (rows[i].length != features) {
				throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " features, row 0 has "
						+ features);
			}
			for (int j = 0; j < features; j++) {
				if (!Double.isFinite(rows[i][j])) {
					throw new IllegalArgumentException("row " + i + ", feature " + j + " is not finite: " + rows[i][j]);
				}
			}
		}
		double n = rows.length;
		double[] means = new double[features];
		double[] scales = new double[features];
		for (int j = 0; j < features; j++) {
			double sum = 0;
			for (double[] row : rows) {
				sum += row[j];
			}
			double mean = sum / n;
			// two passes: the sum of squared deviations keeps full precision where the features are large
			double squares = 0;
			for (double[] row : rows) {
				double deviation = row[j] - mean;
				squares += deviation * deviation;
			}
			double variance = squares / n;
			means[j] = mean;
			scales[j] = isConstant(variance, mean, n) ? 1.0 : Math.sqrt(variance);
		}
		return new Standardisation(means, scales);
	}

	/**
	 * A feature is constant when its variance is no larger than the rounding error of the mean (scikit-learn's
	 * rule): n equal values may average to a number a few ulps away from each of them.
	 */
	private static boolean isConstant(double variance, double mean, double n) {
		double rounding = n * Math.ulp(1.0) * Math.abs(mean);
		return variance <= rounding * rounding;
	}

	/**
	 * @param spectra training spectra, all on one energy axis (the features are their mu values)
	 * @return the standardisation fitted on their mu values
	 * @throws PreparationException naming the first spectrum on another axis than the first one's or whose mu
	 *                              holds a value that is not finite
	 * @throws IllegalArgumentException if the list is empty
	 */
	public static Standardisation fit(List<Spectrum> spectra) {
		if (spectra.isEmpty()) {
			throw new IllegalArgumentException("cannot fit a standardisation on no spectra");
		}
		return fit(SpectrumChecks.rowsOnOneGrid(spectra, "standardisation"));
	}

	/**
	 * @param parameters {@code means} and {@code scales}, lists of numbers as {@link #parameters()} writes them
	 * @return the step
	 * @throws IllegalArgumentException naming an unknown or missing parameter or a value of the wrong type
	 */
	public static Standardisation fromParameters(Map<String, Object> parameters) {
		new StepParameters(KIND, parameters, PARAMETERS);
		return new Standardisation(numbers(parameters, "means"), numbers(parameters, "scales"));
	}

	/** Lists of numbers are read here: so far this is the only step that stores them. */
	private static double[] numbers(Map<String, Object> parameters, String key) {
		if (!(parameters.get(key) instanceof List<?> list)) {
			throw new IllegalArgumentException("step '" + KIND + "': parameter '" + key + "' must be a list of "
					+ "numbers, got " + parameters.get(key));
		}
		double[] values = new double[list.size()];
		for (int j = 0; j < values.length; j++) {
			if (!(list.get(j) instanceof Number number)) {
				throw new IllegalArgumentException("step '" + KIND + "': parameter '" + key + "' item " + j
						+ " must be a number, got " + list.get(j));
			}
			values[j] = number.doubleValue();
		}
		return values;
	}

	/** @return the number of features */
	public int features() {
		return means.length;
	}

	/** @return a copy of the feature means */
	public double[] means() {
		return means.clone();
	}

	/** @return a copy of the feature divisors (standard deviations; 1 for constant features) */
	public double[] scales() {
		return scales.clone();
	}

	/**
	 * @return the indices of the features whose scale is exactly 1: those constant in the training set (a
	 *         feature whose standard deviation happened to be exactly 1 would be listed too)
	 */
	public int[] constantFeatures() {
		return IntStream.range(0, scales.length).filter(j -> scales[j] == 1.0).toArray();
	}

	/**
	 * @param row one sample's features
	 * @return (row - means) / scales
	 * @throws IllegalArgumentException if the row has the wrong length
	 */
	public double[] transform(double[] row) {
		checkLength(row.length);
		double[] z = new double[row.length];
		for (int j = 0; j < z.length; j++) {
			z[j] = (row[j] - means[j]) / scales[j];
		}
		return z;
	}

	/** @return every row transformed, see {@link #transform(double[])} */
	public double[][] transform(double[][] rows) {
		return Arrays.stream(rows).map(this::transform).toArray(double[][]::new);
	}

	/**
	 * @param z one standardised row
	 * @return z * scales + means, the row before {@link #transform(double[])}
	 * @throws IllegalArgumentException if the row has the wrong length
	 */
	public double[] inverseTransform(double[] z) {
		checkLength(z.length);
		double[] row = new double[z.length];
		for (int j = 0; j < row.length; j++) {
			row[j] = z[j] * scales[j] + means[j];
		}
		return row;
	}

	/** @return every row restored, see {@link #inverseTransform(double[])} */
	public double[][] inverseTransform(double[][] rows) {
		return Arrays.stream(rows).map(this::inverseTransform).toArray(double[][]::new);
	}

	private void checkLength(int length) {
		if (length != means.length) {
			throw new IllegalArgumentException("standardisation was fitted on " + means.length + " features, got "
					+ length);
		}
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("means", boxed(means));
		parameters.put("scales", boxed(scales));
		return parameters;
	}

	private static List<Object> boxed(double[] values) {
		List<Object> list = new ArrayList<>(values.length);
		for (double value : values) {
			list.add(value);
		}
		return list;
	}

	/**
	 * @throws PreparationException if the spectrum's point count differs from the fitted feature count or mu
	 *                              holds a value that is not finite
	 */
	@Override
	public Spectrum apply(Spectrum spectrum) {
		if (spectrum.size() != means.length) {
			throw new PreparationException(spectrum, "has " + spectrum.size() + " points, the standardisation was "
					+ "fitted on " + means.length + ": resample it onto the model's grid first");
		}
		return new Spectrum(spectrum.energy(), transform(SpectrumChecks.finiteMu(spectrum)), spectrum.label(), spectrum.metadata());
	}

	@Override
	public String toString() {
		return "Standardisation[" + means.length + " features, " + constantFeatures().length + " constant]";
	}
}
