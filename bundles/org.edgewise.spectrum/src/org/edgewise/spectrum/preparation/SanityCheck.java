package org.edgewise.spectrum.preparation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;

/**
 * Finds unphysical spectra, as Carbone et al. discard failed FEFF runs before training: mu that is not a
 * number, negative absorption beyond the noise, and spectra without an absorption edge. See
 * {@link SanityCheckSettings} for the rules and thresholds.
 * <p>
 * The noise estimate is the high-frequency residual: at every inner point, mu minus the straight line through
 * its two neighbours, scaled to the standard deviation of white noise (the residual of white noise sigma has
 * standard deviation sigma sqrt(1 + w<sup>2</sup> + (1 - w)<sup>2</sup>) for interpolation weight w), and
 * summarised by the median absolute value x 1.4826, so that edges, peaks and isolated spikes do not inflate
 * it. A smooth spectrum estimates almost no noise. Instances are immutable and thread-safe.
 */
public final class SanityCheck {

	/** The median absolute deviation of a normal distribution, times this, is its standard deviation. */
	private static final double MAD_TO_SIGMA = 1.4826;

	private final SanityCheckSettings settings;
	private final EdgeStepNormalization normalization;

	/** @param settings copied */
	public SanityCheck(SanityCheckSettings settings) {
		this.settings = settings.copy();
		this.normalization = new EdgeStepNormalization(settings.getNormalization());
	}

	/** @return a check with {@link SanityCheckSettings#defaults()} */
	public static SanityCheck defaults() {
		return new SanityCheck(SanityCheckSettings.defaults());
	}

	/** @return a copy of the settings */
	public SanityCheckSettings settings() {
		return settings.copy();
	}

	/**
	 * @param spectra the spectra to check, each on its own grid
	 * @return one verdict per spectrum and, by the settings' action, the spectra to keep
	 */
	public SanityReport check(List<Spectrum> spectra) {
		List<SanityVerdict> verdicts = new ArrayList<>(spectra.size());
		for (int i = 0; i < spectra.size(); i++) {
			verdicts.add(check(i, spectra.get(i)));
		}
		return new SanityReport(settings.getAction(), verdicts);
	}

	/**
	 * @param index    the spectrum's index, for the verdict
	 * @param spectrum the spectrum
	 * @return its verdict
	 */
	public SanityVerdict check(int index, Spectrum spectrum) {
		double[] mu = spectrum.mu();
		double[] energy = spectrum.energy().values();
		for (int i = 0; i < mu.length; i++) {
			if (!Double.isFinite(mu[i])) {
				return new SanityVerdict(index, spectrum.label(), SanityVerdict.Status.NOT_FINITE, format(
						"mu is %s at index %d (%.2f eV)", mu[i], i, energy[i]), Double.NaN, Double.NaN);
			}
		}
		double noise = noise(energy, mu);
		int lowest = 0;
		for (int i = 1; i < mu.length; i++) {
			if (mu[i] < mu[lowest]) {
				lowest = i;
			}
		}
		double negativeLimit = -settings.getNegativeNoiseFactor() * noise;
		if (mu[lowest] < negativeLimit) {
			return new SanityVerdict(index, spectrum.label(), SanityVerdict.Status.NEGATIVE, format(
					"mu = %.4g at %.2f eV is below %.4g (%.3g x noise %.3g)", mu[lowest], energy[lowest],
					negativeLimit, settings.getNegativeNoiseFactor(), noise), noise, Double.NaN);
		}
		double step;
		try {
			step = normalization.apply(spectrum).edgeStep();
		} catch (PreparationException e) {
			return new SanityVerdict(index, spectrum.label(), SanityVerdict.Status.NO_EDGE, e.getMessage(), noise,
					Double.NaN);
		}
		double minimumStep = Math.max(settings.getMinimumEdgeStep(), settings.getEdgeToNoise() * noise);
		if (!(step >= minimumStep)) {
			return new SanityVerdict(index, spectrum.label(), SanityVerdict.Status.NO_EDGE, format(
					"edge step %.4g is below %.4g (minimum %.3g, %.3g x noise %.3g)", step, minimumStep,
					settings.getMinimumEdgeStep(), settings.getEdgeToNoise(), noise), noise, step);
		}
		return new SanityVerdict(index, spectrum.label(), SanityVerdict.Status.PASSED, "", noise, step);
	}

	/**
	 * @return the estimated standard deviation of white noise on mu (0 for fewer than 3 points), see the class
	 *         comment
	 */
	static double noise(double[] energy, double[] mu) {
		int n = mu.length;
		if (n < 3) {
			return 0;
		}
		double[] residuals = new double[n - 2];
		for (int i = 1; i < n - 1; i++) {
			double w = (energy[i + 1] - energy[i]) / (energy[i + 1] - energy[i - 1]);
			double line = w * mu[i - 1] + (1 - w) * mu[i + 1];
			residuals[i - 1] = Math.abs(mu[i] - line) / Math.sqrt(1 + w * w + (1 - w) * (1 - w));
		}
		Arrays.sort(residuals);
		int m = residuals.length;
		double median = m % 2 == 1 ? residuals[m / 2] : 0.5 * (residuals[m / 2 - 1] + residuals[m / 2]);
		return MAD_TO_SIGMA * median;
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	@Override
	public String toString() {
		return "SanityCheck[" + settings.getAction() + "]";
	}
}
