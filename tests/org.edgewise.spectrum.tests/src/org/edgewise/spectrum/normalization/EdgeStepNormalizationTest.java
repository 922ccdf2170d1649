package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.junit.jupiter.api.Test;

/** Edge-step normalisation of spectra built with a known E0 and step, and of spectra it must refuse. */
class EdgeStepNormalizationTest {

	private static final double E0 = 7000;
	private static final double STEP = 1.7;
	private static final SpectrumMetadata SOURCE = SpectrumMetadata.fromSource("scan.nxs", "/entry/data/mu");

	/** 6800 .. 7800 eV in 0.5 eV steps. */
	private static double[] grid() {
		double[] energy = new double[2001];
		for (int i = 0; i < energy.length; i++) {
			energy[i] = 6800 + 0.5 * i;
		}
		return energy;
	}

	private static Spectrum build(String label, DoubleUnaryOperator mu) {
		double[] energy = grid();
		double[] values = new double[energy.length];
		for (int i = 0; i < energy.length; i++) {
			values[i] = mu.applyAsDouble(energy[i]);
		}
		return new Spectrum(EnergyAxis.of(energy), values, label, SOURCE);
	}

	private static double preLine(double e) {
		return 0.8 - 2e-4 * (e - E0);
	}

	/** A tanh edge (no tails beyond 30 eV) with a sloping pre-edge and a post-edge that falls linearly. */
	private static Spectrum tanhEdge() {
		return build("tanh edge", e -> preLine(e) + STEP * 0.5 * (1 + Math.tanh((e - E0) / 2)) * (1 - 1e-4 * (e - E0)));
	}

	private static NormalizationResult normalise(Spectrum spectrum) {
		return new EdgeStepNormalization(new NormalizationSettings()).apply(spectrum);
	}

	@Test
	void recoversTheBuiltEdgeOfATanhStep() {
		NormalizationResult r = normalise(tanhEdge());
		assertEquals(E0, r.e0(), 1e-9);
		assertEquals(STEP, r.edgeStep(), 1e-9);
		assertEquals(-2e-4, r.preSlope(), 1e-12);
		assertEquals(0.8 + 2e-4 * E0, r.preOffset(), 1e-8);
		assertEquals(-200, r.pre1(), 1e-12);
		assertEquals(-100, r.pre2(), 1e-12);
		assertEquals(25, r.norm1(), 1e-12);
		assertEquals(800, r.norm2(), 1e-12);
		assertEquals(2, r.nnorm());
		double[] energy = grid();
		for (int i = 0; i < energy.length; i++) {
			double x = energy[i] - E0;
			double expectedNorm = 0.5 * (1 + Math.tanh(x / 2)) * (1 - 1e-4 * x);
			assertEquals(expectedNorm, r.norm()[i], 1e-9, "norm at " + energy[i]);
			assertEquals(preLine(energy[i]), r.preEdge()[i], 1e-9);
			if (x >= 30) {
				assertEquals(1.0, r.flat()[i], 1e-9, "flat at " + energy[i]);
			} else if (x < 0) {
				assertEquals(r.norm()[i], r.flat()[i], 0.0, "flat equals norm below E0");
			}
		}
	}

	@Test
	void recoversTheBuiltEdgeOfAnArctanStep() {
		// the arctan's slow tails bend both fits a little, as they do in Larch
		NormalizationResult r = normalise(build("arctan edge", e -> preLine(e) + STEP * (0.5 + Math.atan(e - E0) / Math.PI)));
		assertEquals(E0, r.e0(), 0.5);
		assertEquals(STEP, r.edgeStep(), 0.02 * STEP);
		assertEquals(0.5, r.norm()[EnergyAxis.of(grid()).indexOfNearest(E0)], 0.02);
	}

	@Test
	void usesTheGivenE0AndStep() {
		NormalizationSettings settings = new NormalizationSettings();
		settings.setE0(7000.2);
		settings.setStep(-2.0);
		NormalizationResult r = new EdgeStepNormalization(settings).apply(tanhEdge());
		assertEquals(7000.2, r.e0());
		assertEquals(2.0, r.edgeStep());
		assertEquals(STEP / 2.0 * 0.5 * (1 + Math.tanh(0.5 / 2)) * (1 - 0.5e-4), r.norm()[401], 1e-9);
	}

	@Test
	void honoursRangesAndDegree() {
		NormalizationSettings settings = new NormalizationSettings();
		settings.setPre1(-50);
		settings.setPre2(-150);
		settings.setNorm1(400);
		settings.setNorm2(100);
		settings.setNnorm(1);
		NormalizationResult r = new EdgeStepNormalization(settings).apply(tanhEdge());
		assertEquals(-150, r.pre1());
		assertEquals(-50, r.pre2());
		assertEquals(100, r.norm1());
		assertEquals(400, r.norm2());
		assertEquals(1, r.nnorm());
		assertEquals(STEP, r.edgeStep(), 1e-9);
	}

	@Test
	void negativeNorm2MeansTheWholeRange() {
		NormalizationSettings settings = new NormalizationSettings();
		settings.setNorm2(-10);
		assertEquals(800, new EdgeStepNormalization(settings).apply(tanhEdge()).norm2(), 1e-12);
	}

	@Test
	void settingsChangedLaterDoNotAffectTheStep() {
		NormalizationSettings settings = new NormalizationSettings();
		EdgeStepNormalization normalization = new EdgeStepNormalization(settings);
		settings.setStep(10);
		assertEquals(STEP, normalization.apply(tanhEdge()).edgeStep(), 1e-9);
	}

	@Test
	void curvesHaveOneValuePerPoint() {
		NormalizationResult r = normalise(tanhEdge());
		assertEquals(2001, r.norm().length);
		assertEquals(2001, r.flat().length);
		assertEquals(2001, r.preEdge().length);
		assertEquals(2001, r.postEdge().length);
		double[] direct = new double[2001];
		double[] mu = tanhEdge().mu();
		for (int i = 0; i < direct.length; i++) {
			direct[i] = (mu[i] - r.preEdge()[i]) / r.edgeStep();
		}
		assertArrayEquals(direct, r.norm(), 1e-15);
	}

	@Test
	void refusesTooFewPoints() {
		Spectrum tiny = new Spectrum(EnergyAxis.of(1, 2, 3), new double[] { 1, 2, 3 }, "tiny", SOURCE);
		PreparationException e = assertThrows(PreparationException.class, () -> normalise(tiny));
		assertMessage(e, "spectrum 'tiny'", "scan.nxs:/entry/data/mu", "too few points", "3");
	}

	@Test
	void refusesNaNAndInfinity() {
		double[] energy = grid();
		Spectrum withNaN = build("glitched", e -> e == energy[12] ? Double.NaN : 1 + Math.tanh(e - E0));
		assertMessage(assertThrows(PreparationException.class, () -> normalise(withNaN)), "spectrum 'glitched'",
				"scan.nxs", "NaN", "index 12", "6806 eV");
		Spectrum withInfinity = build("saturated", e -> e == energy[1500] ? Double.POSITIVE_INFINITY : 1);
		assertMessage(assertThrows(PreparationException.class, () -> normalise(withInfinity)),
				"spectrum 'saturated'", "Infinity", "index 1500");
	}

	@Test
	void refusesAFlatLine() {
		Spectrum flat = build("dark current", e -> 0.25);
		assertMessage(assertThrows(PreparationException.class, () -> normalise(flat)), "spectrum 'dark current'",
				"scan.nxs", "no absorption edge");
	}

	@Test
	void refusesAFlatLineEvenWithE0Given() {
		NormalizationSettings settings = new NormalizationSettings();
		settings.setE0(E0);
		Spectrum flat = build("dark current", e -> 0.25);
		assertMessage(assertThrows(PreparationException.class, () -> new EdgeStepNormalization(settings).apply(flat)),
				"spectrum 'dark current'", "no edge step");
	}

	@Test
	void refusesAStraightRamp() {
		Spectrum ramp = build("ramp", e -> 3 - 1e-3 * (e - E0));
		assertMessage(assertThrows(PreparationException.class, () -> normalise(ramp)), "spectrum 'ramp'", "edge");
	}

	private static void assertMessage(Exception e, String... parts) {
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), () -> "'" + part + "' missing from: " + e.getMessage());
		}
	}
}
