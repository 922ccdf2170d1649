package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.junit.jupiter.api.Test;

/**
 * Our normalisation ({@link EdgeStepNormalization}, Larch's {@code pre_edge} algorithm) against the edge steps
 * and E0 Athena stored in the three real projects of the shared data (see {@link AthenaProjectReaderTest}).
 * <p>
 * Athena (through Ifeffit's {@code pre_edge}) and Larch fit the same model, a line below the edge and a
 * polynomial above it, both extrapolated to E0, and take the same parameters once Athena's {@code bkg_nnorm}
 * (a number of terms) is read as a degree (see {@link AthenaNormalization#postEdgeDegree(double)}). They
 * differ in which points a range takes: Ifeffit fits from the point nearest E0 + start to the point nearest
 * E0 + end, both included; Larch from the point at or below the start up to, not including, the point
 * nearest the end (so never the last point); and Larch takes the step at the energy point nearest E0 instead
 * of at E0. Where the post-edge range is long and dense (Mn: hundreds of points over 300-900 eV) one point
 * more or less hardly shows; where it is short and sparse and far from E0 (V glasses: about ten points
 * between E0 + 110 and E0 + 132 eV, extrapolated 110 eV back; Fe: 30-45 eV at 5 eV steps) it moves the step
 * by percents, most for the weak edges (steps of 0.04 in the LW glasses).
 * <p>
 * So the second test selects exactly Ifeffit's points through our settings and must then agree to the
 * digits Athena printed (7 significant digits, 4 for two Mn groups) plus the grid-point evaluation of the
 * step: |d(post - pre)/dE| times at most half a grid step, at most 4e-4 of the step for the weak LW glasses.
 * Measured: Fe 8e-7, Mn 1e-4, V 3.7e-4 at most; bound 5e-4. That shows the range rule is the whole
 * difference; the first test, with Athena's parameters as they are, bounds that difference per file at
 * about 1.5 times what it measured (medians 2.2e-4 Mn, 7.7e-3 Fe, 1.3e-2 V; maxima 6.5e-3, 2.6e-2, 6.9e-2).
 */
class AthenaNormalizationAgreementTest {

	private static final List<Path> FILES = List.of(AthenaProjectReaderTest.VGLASSES, AthenaProjectReaderTest.MN,
			AthenaProjectReaderTest.FE);
	/** The dNNO (oxygen fugacity relative to the Ni-NiO buffer) in a glass's label, e.g. "ALL_45 NNO+3.8". */
	private static final Pattern FUGACITY = Pattern.compile("NNO([+-]\\d+(?:\\.\\d+)?)");

	@Test
	void stepsWithAthenasParametersAgreeWithinTheRangeRuleDifference() throws Exception {
		check(AthenaProjectReaderTest.MN, "Athena's parameters", AthenaNormalizationAgreementTest::larchStep, 5e-4,
				1e-2);
		check(AthenaProjectReaderTest.FE, "Athena's parameters", AthenaNormalizationAgreementTest::larchStep, 1.2e-2,
				4e-2);
		check(AthenaProjectReaderTest.VGLASSES, "Athena's parameters", AthenaNormalizationAgreementTest::larchStep,
				2e-2, 0.1);
	}

	@Test
	void stepsOnAthenasPointsAgreeToTheDigitsAthenaStored() throws Exception {
		for (Path file : FILES) {
			check(file, "Athena's points", AthenaNormalizationAgreementTest::ifeffitPointsStep, 1e-4, 5e-4);
		}
	}

	/**
	 * Our E0 (maximum of the smoothed derivative) against {@code bkg_e0}. Fe: within a grid step (0.5 eV) for
	 * all 8. Mn: within 1 eV for 11 of 14 (the foil exactly on the 6539 eV it was aligned to), 4.8-5.8 eV
	 * apart for the three Mn(IV) oxides (psilomelane, pyrolusite, ramsdellite), whose edges rise in more than
	 * one steep step. V glasses: Athena's 5480 eV is one reference the user set for all 28, not a found E0;
	 * ours lands on the rising flank of the strong V(5+) pre-edge peak, 11-14 eV lower, in the glasses more
	 * oxidised than NNO-1.5, and on the main edge within 3 eV of 5480 eV in the more reduced ones.
	 */
	@Test
	void automaticE0FollowsAthenasE0() throws Exception {
		double[] fe = e0Differences(AthenaProjectReaderTest.FE);
		assertTrue(max(abs(fe)) <= 1, "Fe: every E0 within 1 eV");

		double[] mn = e0Differences(AthenaProjectReaderTest.MN);
		assertTrue(median(abs(mn)) <= 0.5, "Mn: median within 0.5 eV");
		assertEquals(3, Arrays.stream(mn).filter(d -> Math.abs(d) > 1).count(),
				"Mn: all but the three Mn(IV) oxides within 1 eV");
		assertTrue(max(abs(mn)) <= 6.5, "Mn: at most 6.5 eV");

		List<AthenaGroup> glasses = AthenaProjectReader.read(AthenaProjectReaderTest.VGLASSES).muGroups();
		double[] v = e0Differences(AthenaProjectReaderTest.VGLASSES);
		for (int i = 0; i < v.length; i++) {
			Matcher m = FUGACITY.matcher(glasses.get(i).label());
			assertTrue(m.find(), glasses.get(i).label());
			boolean oxidised = Double.parseDouble(m.group(1)) > -1.5;
			assertTrue(oxidised ? v[i] > -14 && v[i] < -11 : Math.abs(v[i]) < 3,
					glasses.get(i).label() + ": E0 - 5480 eV = " + v[i]);
		}
	}

	/** @return our automatic E0 minus Athena's, one per mu(E) group, printed with their median and maximum */
	private static double[] e0Differences(Path file) throws Exception {
		double[] differences = AthenaProjectReader.read(file).muGroups().stream()
				.mapToDouble(g -> new EdgeStepNormalization(new NormalizationSettings()).apply(g.spectrum()).e0()
						- g.normalization().e0())
				.toArray();
		System.out.printf("%s: automatic E0 - Athena's bkg_e0 over %d groups: median |dE| %.2f eV, max %.2f eV; %s%n",
				file.getFileName(), differences.length, median(abs(differences)), max(abs(differences)),
				Arrays.stream(differences).mapToObj(d -> String.format("%.2f", d)).toList());
		return differences;
	}

	/** Our step with Athena's e0, ranges and degree: the comparison the issue asks for. */
	private static double larchStep(AthenaGroup group) {
		return new EdgeStepNormalization(group.normalizationSettings()).apply(group.spectrum()).edgeStep();
	}

	/**
	 * Our step with ranges chosen so that our fits use exactly the points Ifeffit's fits use. Larch never
	 * fits through the last energy point (its range end is exclusive), so a sacrificial point is appended
	 * beyond the last one; no range reaches it, and E0 is given, so it changes nothing else.
	 */
	private static double ifeffitPointsStep(AthenaGroup group) {
		double[] e = group.energy().values();
		double[] mu = group.mu();
		int n = e.length;
		AthenaNormalization athena = group.normalization();
		double e0 = athena.e0();
		int[] pre = ifeffitRange(e, Math.max(e0 + athena.pre1(), e[0]), e0 + athena.pre2());
		double postEnd = Math.min(e0 + athena.nor2(), e[n - 1]);
		double postStart = e0 + athena.nor1() > e[n - 1] ? postEnd / 2 : e0 + athena.nor1();
		int[] post = ifeffitRange(e, postStart, postEnd);

		double[] energies = Arrays.copyOf(e, n + 1);
		double[] values = Arrays.copyOf(mu, n + 1);
		energies[n] = e[n - 1] + 1;
		values[n] = mu[n - 1];
		NormalizationSettings settings = group.normalizationSettings();
		// a start between two points selects the lower one; an end on a point excludes that point
		settings.setPre1((energies[pre[0]] + energies[pre[0] + 1]) / 2 - e0);
		settings.setPre2(energies[pre[1] + 1] - e0);
		settings.setNorm1((energies[post[0]] + energies[post[0] + 1]) / 2 - e0);
		settings.setNorm2(energies[post[1] + 1] - e0);
		return new EdgeStepNormalization(settings).apply(Spectrum.of(energies, values, group.label())).edgeStep();
	}

	/** Ifeffit's {@code polyft}: from the point nearest one end to the point nearest the other, inclusive. */
	private static int[] ifeffitRange(double[] e, double from, double to) {
		int a = nearest(e, from);
		int b = nearest(e, to);
		return new int[] { Math.min(a, b), Math.max(a, b) };
	}

	private static int nearest(double[] e, double value) {
		int best = 0;
		for (int i = 1; i < e.length; i++) {
			if (Math.abs(e[i] - value) < Math.abs(e[best] - value)) {
				best = i;
			}
		}
		return best;
	}

	private static void check(Path file, String how, ToDoubleFunction<AthenaGroup> ourStep, double medianBound,
			double maxBound) throws Exception {
		List<AthenaGroup> groups = AthenaProjectReader.read(file).muGroups();
		double[] relative = new double[groups.size()];
		StringBuilder worst = new StringBuilder();
		for (int i = 0; i < relative.length; i++) {
			AthenaGroup g = groups.get(i);
			relative[i] = Math.abs(ourStep.applyAsDouble(g) / g.normalization().step() - 1);
			worst.append(String.format(" %s=%.1e", g.label(), relative[i]));
		}
		double median = median(relative);
		double max = max(relative);
		System.out.printf("%s, %s: edge step vs Athena's bkg_step over %d groups: median %.2e, max %.2e;%s%n",
				file.getFileName(), how, relative.length, median, max, worst);
		assertTrue(median <= medianBound, file.getFileName() + " median " + median + " > " + medianBound);
		assertTrue(max <= maxBound, file.getFileName() + " max " + max + " > " + maxBound);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static double[] abs(double[] values) {
		return Arrays.stream(values).map(Math::abs).toArray();
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElseThrow();
	}
}
