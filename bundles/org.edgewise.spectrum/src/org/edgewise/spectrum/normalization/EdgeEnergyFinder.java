package org.edgewise.spectrum.normalization;

import java.util.Arrays;

import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/**
 * Finds E0 as Larch's {@code find_e0} does: the energy of the largest derivative of mu that is not an
 * isolated spike, searched twice.
 * <ol>
 * <li>A coarse pass on the raw derivative over the whole spectrum gives a first edge position and the
 * typical energy step.</li>
 * <li>A fine pass on the derivative smoothed with a Lorentzian repeats the search within 75 points either
 * side of that position (never within 3 points of either end). If the first pass put the edge within the
 * first 5 % of the points (usually a glitch), the fine pass searches from 20 points before it to the end
 * instead.</li>
 * </ol>
 * The smoothing step and width are the mean of the typical energy step and E/25000 (0.4 eV at 10 keV; E
 * is the first guess, or the mean energy after a glitch), each held to 0.01 .. 1 eV. In each pass the
 * derivative is scaled to 0 .. 1 between its extremes (ignoring the outer 2 % of the points, at least 3),
 * points above 0.6 count as high (0.3 for 20 points or fewer; the threshold is halved up to twice while
 * fewer than three are high), and the answer is the highest point, away from those outer points, whose
 * two neighbours are high as well.
 * <p>
 * Where Larch, finding no such point in the fine pass, returns the third point of the search window,
 * this throws: there is no edge to normalise.
 */
final class EdgeEnergyFinder {

	private static final int COARSE_WINDOW = 75;
	private static final int GLITCH_WINDOW = 20;
	private static final double GLITCH_FRACTION = 0.05;
	private static final int END_MARGIN = 3;

	/** One search pass: the energy and index (in the pass's own ordered points) and the energy step. */
	private record Pass(double energy, int index, double energyStep) {
	}

	private EdgeEnergyFinder() {
	}

	/**
	 * @param spectrum named in errors
	 * @param energy   energies, repeats already separated
	 * @param mu       absorption at those energies, all finite
	 * @return E0 in eV, one of the (separated) energies
	 * @throws PreparationException if there are too few points or no edge
	 */
	static double find(Spectrum spectrum, double[] energy, double[] mu) {
		int n = energy.length;
		Pass coarse = search(spectrum, energy, mu, Double.NaN);
		double firstGuess = coarse.energy();
		int start = Math.max(END_MARGIN, coarse.index() - COARSE_WINDOW);
		int stop = Math.min(coarse.index() + COARSE_WINDOW, n - END_MARGIN);
		if (coarse.index() < GLITCH_FRACTION * n) {
			firstGuess = EnergyGrid.mean(energy, 0, n);
			start = Math.max(END_MARGIN, coarse.index() - GLITCH_WINDOW);
			stop = n - END_MARGIN;
		}
		double smoothingStep = 0.5 * (clampStep(coarse.energyStep()) + clampStep(firstGuess / 25000.0));
		if (stop - start < 2) {
			throw tooFew(spectrum, Math.max(0, stop - start));
		}
		double[] windowEnergy = Arrays.copyOfRange(energy, start, stop);
		double[] windowMu = Arrays.copyOfRange(mu, start, stop);
		Pass fine = search(spectrum, windowEnergy, windowMu, smoothingStep);
		if (fine.index() < 1) {
			throw new PreparationException(spectrum, "no absorption edge found between " + EnergyFormat.eV(energy[start])
					+ " and " + EnergyFormat.eV(energy[stop - 1]) + " (the derivative of mu has no maximum); give E0 explicitly");
		}
		return fine.energy();
	}

	/**
	 * One pass of Larch's {@code _finde0}.
	 *
	 * @param smoothingStep grid step and Lorentzian width for smoothing the derivative, or NaN for a pass
	 *                      without smoothing (which estimates the typical energy step instead)
	 */
	private static Pass search(Spectrum spectrum, double[] energy, double[] muInput, double smoothingStep) {
		double[] separated = EnergyGrid.separateRepeats(energy);
		int[] ordered = EnergyGrid.orderedPositions(separated);
		double[] en = EnergyGrid.select(separated, ordered);
		double[] mu = EnergyGrid.select(muInput, ordered);
		int n = en.length;
		int margin = Math.max(3, (int) (n * 0.02));
		if (n <= 2 * margin) {
			throw tooFew(spectrum, energy.length);
		}
		boolean smooth = !Double.isNaN(smoothingStep);
		double energyStep = smooth ? smoothingStep : typicalStep(en);

		double[] dmu = EnergyGrid.derivative(en, mu);
		if (smooth) {
			dmu = LorentzianSmoothing.smooth(en, dmu, smoothingStep, smoothingStep);
		}
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			if (!Double.isFinite(dmu[i])) {
				dmu[i] = -1.0;
			}
			if (i >= margin && i < n - margin) {
				min = Math.min(min, dmu[i]);
				max = Math.max(max, dmu[i]);
			}
		}
		double range = Math.max(1.e-10, max - min);
		for (int i = 0; i < n; i++) {
			dmu[i] = (dmu[i] - min) / range;
		}

		double threshold = n > 20 ? 0.60 : 0.30;
		boolean[] high = above(dmu, threshold);
		if (count(high) < 3) {
			// Larch lowers the threshold at most twice, stopping once more than three points are high
			for (int attempt = 0; attempt < 2 && count(high) <= 3; attempt++) {
				threshold *= 0.5;
				high = above(dmu, threshold);
			}
		}
		if (count(high) < 3) {
			for (int i = 0; i < n; i++) {
				high[i] = Double.isFinite(dmu[i]);
			}
		}

		int best = 0;
		double bestValue = 0;
		for (int i = 0; i < n; i++) {
			if (!high[i] || i < margin || i > n - margin) {
				continue;
			}
			boolean neighboursHigh = i + 1 < n && high[i + 1] && i >= 1 && high[i - 1];
			if (dmu[i] > bestValue && neighboursHigh) {
				best = i;
				bestValue = dmu[i];
			}
		}
		return new Pass(en[best], best, energyStep);
	}

	/**
	 * Larch's {@code find_energy_step}: skipping the outer 1 % of the points and the smallest 1 % of the
	 * steps, the mean of the next ten smallest steps. NaN when the spectrum is too short for that (fewer
	 * than 100 points), which {@link #clampStep} then treats as 1 eV, as Larch does.
	 */
	private static double typicalStep(double[] energy) {
		int skip = (int) (0.01 * energy.length);
		int[] ordered = EnergyGrid.orderedPositions(energy);
		int from = skip;
		int to = ordered.length - skip;
		if (skip == 0 || to - from < 2) {
			return Double.NaN;
		}
		double[] steps = new double[to - from - 1];
		for (int j = 0; j < steps.length; j++) {
			steps[j] = energy[ordered[from + j + 1]] - energy[ordered[from + j]];
		}
		Arrays.sort(steps);
		int end = Math.min(skip + 10, steps.length);
		return end > skip ? EnergyGrid.mean(steps, skip, end) : Double.NaN;
	}

	/** Python's {@code max(0.01, min(1.0, value))}, NaN giving 1. */
	private static double clampStep(double value) {
		double upper = value < 1.0 ? value : 1.0;
		return upper > 0.01 ? upper : 0.01;
	}

	private static boolean[] above(double[] values, double threshold) {
		boolean[] result = new boolean[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = values[i] > threshold;
		}
		return result;
	}

	private static int count(boolean[] flags) {
		int count = 0;
		for (boolean flag : flags) {
			if (flag) {
				count++;
			}
		}
		return count;
	}

	private static PreparationException tooFew(Spectrum spectrum, int points) {
		return new PreparationException(spectrum, "too few points (" + points
				+ ") around the edge to locate E0; give E0 explicitly or measure more points");
	}
}
