package org.edgewise.spectrum.normalization;

import java.util.Arrays;

import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/**
 * Pre-edge subtraction, edge-step normalisation and flattening, reproducing Larch's {@code pre_edge()}
 * (xraylarch, {@code larch/xafs/pre_edge.py}) rule for rule, so that numbers agree with Larch and Athena.
 * <ol>
 * <li>Energies closer than 0.5 meV are separated as Larch does; E0 is taken from the settings or found
 * (see the settings for every default).</li>
 * <li>A line is fitted to mu E<sup>nvict</sup> from the point at or below E0 + pre1 to the point before the
 * one nearest E0 + pre2; the pre-edge curve is that line times E<sup>-nvict</sup>. With fewer than three
 * points in the pre-edge range the curve is the mean of mu there instead, and nvict becomes 0.</li>
 * <li>A polynomial of degree nnorm is fitted to mu minus the pre-edge curve from the point at or below
 * E0 + norm1 to the point before the one nearest E0 + norm2 (fewer than five points lower the degree to 1,
 * fewer than two widen the range and use a constant). The post-edge curve is the pre-edge curve plus that
 * polynomial.</li>
 * <li>The edge step is post-edge minus pre-edge curve at the energy point nearest E0 (Larch evaluates it
 * on the grid, not at E0 itself); norm = (mu - pre-edge) / step.</li>
 * <li>flat = norm - (post-edge - pre-edge) / step, shifted to agree with norm at the point nearest E0,
 * from that point upwards; below it flat equals norm.</li>
 * </ol>
 * Unlike Larch, which drops NaN points and carries on with a meaningless result when there is no edge,
 * this throws a {@link PreparationException} for mu values that are not finite, for too few points and
 * for a spectrum without an edge step. Instances are immutable and thread-safe.
 */
public final class EdgeStepNormalization {

	/** The fewest energy points accepted: a line below the edge, a line above it and the edge between. */
	public static final int MINIMUM_POINTS = 5;
	/** Larch's upper limit on the degree of the post-edge polynomial. */
	private static final int LARCH_MAX_NNORM = 5;
	/** A computed edge step below this fraction of the largest |mu| counts as no step at all. */
	private static final double RELATIVE_MINIMUM_STEP = 1e-9;
	/** Larch's floor for any edge step. */
	private static final double ABSOLUTE_MINIMUM_STEP = 1e-12;

	private final NormalizationSettings settings;

	/** The resolved fit ranges, eV relative to E0, and the post-edge degree before range checks. */
	private record Ranges(double pre1, double pre2, double norm1, double norm2, int nnorm) {
	}

	/** A pre-edge curve and the line behind it. */
	private record PreEdge(double[] curve, double offset, double slope, int nvict) {
	}

	/** A post-edge curve and the polynomial degree actually fitted. */
	private record PostEdge(double[] curve, int nnorm) {
	}

	/** @param settings copied, so later changes to it do not affect this instance */
	public EdgeStepNormalization(NormalizationSettings settings) {
		this.settings = settings.copy();
	}

	/**
	 * @return E0, edge step, the ranges used and the normalised curves of {@code spectrum}
	 * @throws PreparationException if the spectrum has fewer than {@value #MINIMUM_POINTS} points, a mu value
	 *                              that is not finite, a fit range with too few points, or no edge
	 */
	public NormalizationResult apply(Spectrum spectrum) {
		double[] mu = spectrum.mu();
		checkValues(spectrum, mu);
		// Larch separates repeated energies in pre_edge() (the grid for flattening) and again in preedge()
		double[] flatEnergy = EnergyGrid.separateRepeats(spectrum.energy().values());
		double[] energy = EnergyGrid.separateRepeats(flatEnergy);
		int n = energy.length;

		double e0 = settings.getE0();
		if (Double.isNaN(e0) || e0 < energy[1] || e0 > energy[n - 2]) {
			e0 = EdgeEnergyFinder.find(spectrum, energy, mu);
		}
		int ie0 = EnergyGrid.indexNearest(energy, e0);
		Ranges ranges = resolveRanges(energy, e0, ie0);
		PreEdge pre = fitPreEdge(spectrum, energy, mu, e0, ranges);
		double[] preEdge = pre.curve();

		PostEdge post = fitPostEdge(spectrum, energy, mu, e0, ranges, preEdge);
		double[] postEdge = post.curve();

		double step = Math.max(ABSOLUTE_MINIMUM_STEP, Math.abs(settings.getStep()));
		if (Double.isNaN(settings.getStep())) {
			step = Math.abs(postEdge[ie0] - preEdge[ie0]);
			double minimumStep = Math.max(ABSOLUTE_MINIMUM_STEP, RELATIVE_MINIMUM_STEP * maxAbs(mu));
			if (!(step > minimumStep)) {
				throw new PreparationException(spectrum, "no edge step at E0 = " + EnergyFormat.eV(e0) + " (step " + step
						+ " is below " + minimumStep + "): the spectrum has no absorption edge");
			}
		}

		double[] norm = new double[n];
		for (int i = 0; i < n; i++) {
			norm[i] = (mu[i] - preEdge[i]) / step;
		}
		double[] flat = flatten(norm, preEdge, postEdge, step, EnergyGrid.indexNearest(flatEnergy, e0));
		return new NormalizationResult(e0, step, ranges.pre1(), ranges.pre2(), ranges.norm1(), ranges.norm2(),
				post.nnorm(), pre.nvict(), pre.slope(), pre.offset(), preEdge, postEdge, norm, flat);
	}

	private static void checkValues(Spectrum spectrum, double[] mu) {
		if (mu.length < MINIMUM_POINTS) {
			throw new PreparationException(spectrum, "too few points to normalise: " + mu.length + ", need at least "
					+ MINIMUM_POINTS);
		}
		for (int i = 0; i < mu.length; i++) {
			if (!Double.isFinite(mu[i])) {
				throw new PreparationException(spectrum, "mu is " + mu[i] + " at index " + i + " ("
						+ EnergyFormat.eV(spectrum.energy().get(i)) + ")");
			}
		}
	}

	/** Larch's defaults and clean-ups of pre1, pre2, norm1, norm2 and nnorm. */
	private Ranges resolveRanges(double[] energy, double e0, int ie0) {
		double lowest = Double.POSITIVE_INFINITY;
		double highest = Double.NEGATIVE_INFINITY;
		for (double e : energy) {
			lowest = Math.min(lowest, e);
			highest = Math.max(highest, e);
		}
		double pre1 = settings.getPre1();
		if (Double.isNaN(pre1)) {
			// the first point is skipped: it is often bad. Math.rint rounds halves to even, like Python's round
			double unit = ie0 > 20 ? 5.0 : 2.0;
			pre1 = unit * Math.rint((energy[1] - e0) / unit);
		}
		pre1 = Math.max(pre1, lowest - e0);
		double pre2 = Double.isNaN(settings.getPre2()) ? 0.5 * pre1 : settings.getPre2();
		if (pre1 > pre2) {
			double swap = pre1;
			pre1 = pre2;
			pre2 = swap;
		}

		double norm2 = settings.getNorm2();
		if (Double.isNaN(norm2)) {
			norm2 = 5.0 * Math.rint((highest - e0) / 5.0);
		}
		if (norm2 < 0) {
			norm2 = highest - e0 - norm2;
		}
		norm2 = Math.min(norm2, highest - e0);
		double norm1 = Double.isNaN(settings.getNorm1()) ? Math.min(25, 5.0 * Math.rint(norm2 / 15.0))
				: settings.getNorm1();
		if (norm1 > norm2) {
			double swap = norm1;
			norm1 = norm2;
			norm2 = swap;
		}
		norm1 = Math.min(norm1, norm2 - 2);

		int nnorm = settings.getNnorm();
		if (nnorm == NormalizationSettings.AUTOMATIC_NNORM) {
			double width = norm2 - norm1;
			nnorm = width < 30 ? 0 : width < 300 ? 1 : 2;
		}
		nnorm = Math.max(Math.min(nnorm, LARCH_MAX_NNORM), 0);
		return new Ranges(pre1, pre2, norm1, norm2, nnorm);
	}

	private PreEdge fitPreEdge(Spectrum spectrum, double[] energy, double[] mu, double e0, Ranges ranges) {
		int n = energy.length;
		double[] relative = new double[n];
		for (int i = 0; i < n; i++) {
			relative[i] = energy[i] - e0;
		}
		boolean line = EnergyGrid.indexAtOrBelow(relative, ranges.pre2())
				- EnergyGrid.indexAtOrBelow(relative, ranges.pre1()) >= 3;
		int p1 = EnergyGrid.indexAtOrBelow(energy, ranges.pre1() + e0);
		int p2 = EnergyGrid.indexNearest(energy, ranges.pre2() + e0);
		double[] curve = new double[n];
		if (!line) {
			if (p2 == p1) {
				p2++;
			}
			if (p2 <= p1) {
				throw new PreparationException(spectrum, "the pre-edge range " + ranges.pre1() + " .. " + ranges.pre2()
						+ " eV below E0 = " + EnergyFormat.eV(e0) + " holds no points");
			}
			double mean = EnergyGrid.mean(mu, p1, p2);
			Arrays.fill(curve, mean);
			return new PreEdge(curve, mean, 0, 0);
		}
		if (p2 - p1 < 2) {
			p2 = Math.min(n, p1 + 2);
		}
		if (p2 - p1 < 2) {
			throw new PreparationException(spectrum, "the pre-edge range " + ranges.pre1() + " .. " + ranges.pre2()
					+ " eV below E0 = " + EnergyFormat.eV(e0) + " holds fewer than 2 points");
		}
		int nvict = settings.getNvict();
		double[] weighted = new double[n];
		for (int i = 0; i < n; i++) {
			weighted[i] = mu[i] * power(energy[i], nvict);
		}
		double[] coefficients = PolynomialFit.fit(energy, weighted, p1, p2, 1);
		for (int i = 0; i < n; i++) {
			curve[i] = (coefficients[0] + energy[i] * coefficients[1]) * power(energy[i], -nvict);
		}
		return new PreEdge(curve, coefficients[0], coefficients[1], nvict);
	}

	private static PostEdge fitPostEdge(Spectrum spectrum, double[] energy, double[] mu, double e0, Ranges ranges,
			double[] preEdge) {
		int n = energy.length;
		int p1 = Math.min(EnergyGrid.indexAtOrBelow(energy, ranges.norm1() + e0), n - 3);
		int p2 = EnergyGrid.indexNearest(energy, ranges.norm2() + e0);
		int nnorm = ranges.nnorm();
		if (p2 - p1 < 2) {
			p1 -= 2;
			nnorm = 0;
		} else if (p2 - p1 < 5) {
			nnorm = Math.min(1, nnorm);
		}
		if (p1 < 0 || p2 - p1 <= nnorm) {
			throw new PreparationException(spectrum, "the post-edge range " + ranges.norm1() + " .. " + ranges.norm2()
					+ " eV above E0 = " + EnergyFormat.eV(e0) + " holds too few points for a polynomial of degree " + nnorm);
		}
		double[] aboveLine = new double[n];
		for (int i = 0; i < n; i++) {
			aboveLine[i] = mu[i] - preEdge[i];
		}
		double[] coefficients = PolynomialFit.fit(energy, aboveLine, p1, p2, nnorm);
		double[] curve = preEdge.clone();
		for (int k = 0; k < coefficients.length; k++) {
			for (int i = 0; i < n; i++) {
				curve[i] += coefficients[k] * power(energy[i], k);
			}
		}
		return new PostEdge(curve, nnorm);
	}

	private static double[] flatten(double[] norm, double[] preEdge, double[] postEdge, double step, int ie0) {
		double[] residue = new double[norm.length];
		for (int i = 0; i < norm.length; i++) {
			residue[i] = (postEdge[i] - preEdge[i]) / step;
		}
		double[] flat = norm.clone();
		for (int i = ie0; i < norm.length; i++) {
			flat[i] = norm[i] - residue[i] + residue[ie0];
		}
		return flat;
	}

	/**
	 * {@code Math.pow(x, k)}, without its cost for the usual exponents 0 and 1, where the answer (1 and x)
	 * is exact and so equal to pow's. Three of these per energy point were a quarter of the normalisation.
	 */
	private static double power(double x, int k) {
		return k == 0 ? 1.0 : k == 1 ? x : Math.pow(x, k);
	}

	private static double maxAbs(double[] values) {
		double max = 0;
		for (double v : values) {
			max = Math.max(max, Math.abs(v));
		}
		return max;
	}
}
