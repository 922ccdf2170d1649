package org.edgewise.spectrum.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationResult;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SimulatedKEdgeTest {

	private static final double FE_K = 7112;
	private static final double STEP = 1.2;

	private static SimulatedKEdge edge(double e0, Coordination coordination, double bondLength) {
		return new SimulatedKEdge(new KEdgeModel(e0, STEP, coordination, bondLength));
	}

	private static NormalizationResult normalised(SimulatedKEdge edge) {
		Spectrum spectrum = edge.spectrum(SimulatedKEdge.standardGrid(edge.model().edgeEnergy()), 0, new Random(1),
				edge.model().coordination().name());
		return new EdgeStepNormalization(new NormalizationSettings()).apply(spectrum);
	}

	/** Largest normalised mu between {@code from} and {@code to} eV relative to E0. */
	private static double maxNorm(Coordination coordination, double from, double to) {
		double[] energy = SimulatedKEdge.standardGrid(FE_K).values();
		double[] norm = normalised(edge(FE_K, coordination, 2.0)).norm();
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < energy.length; i++) {
			if (energy[i] - FE_K >= from && energy[i] - FE_K <= to) {
				max = Math.max(max, norm[i]);
			}
		}
		return max;
	}

	@Test
	void preEdgePeakIsStrongestForTetrahedralSites() {
		double t4 = maxNorm(Coordination.TETRAHEDRAL, -9, -4);
		double sp5 = maxNorm(Coordination.SQUARE_PYRAMIDAL, -9, -4);
		double o6 = maxNorm(Coordination.OCTAHEDRAL, -9, -4);
		assertTrue(t4 > sp5 + 0.05 && sp5 > o6 + 0.05, "pre-edge peaks T4 " + t4 + ", SP5 " + sp5 + ", O6 " + o6);
	}

	@Test
	void whiteLineGrowsWithCoordination() {
		double t4 = maxNorm(Coordination.TETRAHEDRAL, 0, 15);
		double sp5 = maxNorm(Coordination.SQUARE_PYRAMIDAL, 0, 15);
		double o6 = maxNorm(Coordination.OCTAHEDRAL, 0, 15);
		assertTrue(o6 > sp5 + 0.05 && sp5 > t4 + 0.05, "white lines T4 " + t4 + ", SP5 " + sp5 + ", O6 " + o6);
		assertTrue(t4 > 1.1, "a white line rises above the step: " + t4);
	}

	/**
	 * An oscillation sin(2 k R + phase) has period pi/R in k, so the Fourier transform of the flattened
	 * post-edge, taken against exp(2 i k r) as in EXAFS analysis, peaks at r = R.
	 */
	@ParameterizedTest
	@CsvSource({ "1.9", "2.05", "2.4" })
	void oscillationPeriodInKIsPiOverTheBondLength(double bondLength) {
		double[] energy = SimulatedKEdge.standardGrid(FE_K).values();
		double[] flat = normalised(edge(FE_K, Coordination.OCTAHEDRAL, bondLength)).flat();
		double kMin = 3.3;
		double kMax = 12;
		double bestR = 0;
		double bestMagnitude = 0;
		for (double r = 1.2; r <= 4; r += 0.001) {
			double re = 0;
			double im = 0;
			for (int i = 0; i < energy.length; i++) {
				double k = energy[i] > FE_K ? Math.sqrt(SimulatedKEdge.K_SQUARED_PER_EV * (energy[i] - FE_K)) : 0;
				if (k < kMin || k > kMax) {
					continue;
				}
				double hann = Math.pow(Math.sin(Math.PI * (k - kMin) / (kMax - kMin)), 2);
				double weighted = hann * k * k * (flat[i] - 1);
				re += weighted * Math.cos(2 * k * r);
				im += weighted * Math.sin(2 * k * r);
			}
			double magnitude = Math.hypot(re, im);
			if (magnitude > bestMagnitude) {
				bestMagnitude = magnitude;
				bestR = r;
			}
		}
		assertEquals(bondLength, bestR, 0.02, "period " + Math.PI / bestR + " 1/Å for pi/R = " + Math.PI / bondLength);
	}

	/**
	 * Larch's defaults recover E0 and the step; the step comes out a few % low, as on measured spectra, from
	 * the arctan's tails and the first EXAFS wiggles inside the default post-edge range (25 eV up).
	 */
	@ParameterizedTest
	@CsvSource({ "TETRAHEDRAL, 7112, 2.0", "SQUARE_PYRAMIDAL, 7112, 1.95", "OCTAHEDRAL, 7112, 2.1",
			"TETRAHEDRAL, 8979, 1.85", "OCTAHEDRAL, 8979, 2.0", "OCTAHEDRAL, 4966, 2.5" })
	void normalisationRecoversEdgeEnergyAndStep(Coordination coordination, double e0, double bondLength) {
		NormalizationResult r = normalised(edge(e0, coordination, bondLength));
		assertEquals(e0, r.e0(), 1.5);
		assertEquals(STEP, r.edgeStep(), 0.05 * STEP);
	}

	@Test
	void sameSeedGivesTheSameNoise() {
		SimulatedKEdge edge = edge(FE_K, Coordination.TETRAHEDRAL, 1.85);
		double[] energy = SimulatedKEdge.standardGrid(FE_K).values();
		double[] a = edge.absorption(energy, 0.01, new Random(42));
		double[] b = edge.absorption(energy, 0.01, new Random(42));
		double[] c = edge.absorption(energy, 0.01, new Random(43));
		assertArrayEquals(a, b, 0.0);
		assertFalse(Arrays.equals(a, c));
	}

	@Test
	void noiseHasTheRequestedSpread() {
		SimulatedKEdge edge = edge(FE_K, Coordination.OCTAHEDRAL, 2.0);
		double[] energy = SimulatedKEdge.standardGrid(FE_K).values();
		double[] clean = edge.absorption(energy);
		double[] noisy = edge.absorption(energy, 0.02, new Random(7));
		double sum = 0;
		double sumSquares = 0;
		for (int i = 0; i < energy.length; i++) {
			double d = noisy[i] - clean[i];
			sum += d;
			sumSquares += d * d;
		}
		double mean = sum / energy.length;
		double sigma = Math.sqrt(sumSquares / energy.length - mean * mean);
		assertEquals(0.02, sigma, 0.002);
		assertEquals(0, mean, 0.003);
		assertArrayEquals(clean, edge.absorption(energy, 0, new Random(7)), 0.0);
	}

	@ParameterizedTest
	@EnumSource(Coordination.class)
	void farBelowTheEdgeOnlyTheSlopingBackgroundRemains(Coordination coordination) {
		double[] mu = edge(FE_K, coordination, 2.0).absorption(new double[] { FE_K - 190, FE_K - 90 });
		// background 0.4 - 3e-4 (E - E0) plus an arctan tail of about 1 / (pi |E - E0|)
		assertEquals(STEP * (0.4 + 0.057), mu[0], 0.003 * STEP);
		assertEquals(STEP * (0.4 + 0.027), mu[1], 0.005 * STEP);
	}

	@Test
	void standardGridSpansAnXafsScan() {
		EnergyAxis grid = SimulatedKEdge.standardGrid(FE_K);
		assertEquals(FE_K - 200, grid.min(), 1e-9);
		double kMax = Math.sqrt(SimulatedKEdge.K_SQUARED_PER_EV * (grid.max() - FE_K));
		assertTrue(kMax > 13.95 && kMax <= 14, "last point at k = " + kMax);
		int atEdge = grid.indexOfNearest(FE_K);
		assertEquals(0.25, grid.get(atEdge + 1) - grid.get(atEdge), 1e-9);
	}

	@Test
	void spectrumSaysItIsSimulated() {
		SimulatedKEdge edge = edge(FE_K, Coordination.SQUARE_PYRAMIDAL, 1.95);
		Spectrum s = edge.spectrum(SimulatedKEdge.standardGrid(FE_K), 0.001, new Random(3), "sp5");
		assertEquals("sp5", s.label());
		assertEquals("simulated", s.metadata().mode());
		assertEquals("K", s.metadata().edge());
		assertTrue(s.metadata().sample().contains("SQUARE_PYRAMIDAL"), s.metadata().sample());
	}

	@Test
	void rejectsBadParameters() {
		assertThrows(IllegalArgumentException.class, () -> new KEdgeModel(-1, 1, Coordination.OCTAHEDRAL, 2));
		assertThrows(IllegalArgumentException.class, () -> new KEdgeModel(7112, 0, Coordination.OCTAHEDRAL, 2));
		assertThrows(IllegalArgumentException.class, () -> new KEdgeModel(7112, 1, Coordination.OCTAHEDRAL, Double.NaN));
		assertThrows(NullPointerException.class, () -> new KEdgeModel(7112, 1, null, 2));
		SimulatedKEdge edge = edge(FE_K, Coordination.OCTAHEDRAL, 2.0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> edge.absorption(new double[] { 7000, 0 }));
		assertTrue(e.getMessage().contains("index 1"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> edge.absorption(new double[] { 7000 }, -1, new Random()));
	}

	@Test
	void coordinationNumbers() {
		assertEquals(4, Coordination.TETRAHEDRAL.coordinationNumber());
		assertEquals(5, Coordination.SQUARE_PYRAMIDAL.coordinationNumber());
		assertEquals(6, Coordination.OCTAHEDRAL.coordinationNumber());
	}
}
