package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.simulation.Coordination;
import org.edgewise.spectrum.simulation.KEdgeModel;
import org.edgewise.spectrum.simulation.SimulatedKEdge;
import org.junit.jupiter.api.Test;

class ThresholdAlignmentTest {

	private static final double FE_K = 7112;

	private static final SimulatedKEdge EDGE = new SimulatedKEdge(new KEdgeModel(FE_K, 1.5, Coordination.OCTAHEDRAL,
			2.0));

	private static Spectrum simulated() {
		return EDGE.spectrum(SimulatedKEdge.standardGrid(FE_K), 0, new Random(3), "Fe O6");
	}

	/**
	 * The onset level from the sampled spectrum's range, then where the continuous model crosses it, found by
	 * bisection between 30 eV below and 4 eV above E0, where the model rises monotonically: the exact answer
	 * the detection on the 0.25 eV grid must approach.
	 */
	private static double exactOnset(Spectrum spectrum, double fraction) {
		double[] mu = spectrum.mu();
		double min = Arrays.stream(mu).min().orElseThrow();
		double max = Arrays.stream(mu).max().orElseThrow();
		double level = min + fraction * (max - min);
		double low = FE_K - 30;
		double high = FE_K + 4;
		for (int i = 0; i < 100; i++) {
			double middle = 0.5 * (low + high);
			if (EDGE.absorption(new double[] { middle })[0] < level) {
				low = middle;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * A calculated-style spectrum on 0, 1, ..., 10 eV: 0 up to 3 eV, rising to 2 at 5 eV, flat above. Detected
	 * at fraction 0.1 its onset is 3.2 eV (level 0.2, a fifth of the way from 3 to 4 eV); {@code ownThreshold}
	 * is what the calculation reports, NaN for none.
	 */
	private static Spectrum ramp(String label, double ownThreshold) {
		double[] energy = new double[11];
		double[] mu = new double[11];
		for (int i = 0; i < energy.length; i++) {
			energy[i] = i;
			mu[i] = Math.min(Math.max(i - 3, 0), 2);
		}
		return new Spectrum(EnergyAxis.of(energy), mu, label, SpectrumMetadata.NONE.withThreshold(ownThreshold));
	}

	@Test
	void eachSpectrumOfABatchIsAlignedAtItsOwnThreshold() {
		Preparation recipe = Preparation.of("own thresholds", ThresholdAlignment.fromParameters(Map.of()));
		List<Spectrum> aligned = recipe.applyAll(List.of(ramp("site 1", 1.5), ramp("site 2", 4.0)));
		// the own thresholds, not the detected onset 3.2 eV, move to 0 eV
		assertEquals(-1.5, aligned.get(0).energy().min(), 0);
		assertEquals(8.5, aligned.get(0).energy().max(), 0);
		assertEquals(-4.0, aligned.get(1).energy().min(), 0);
		assertEquals(6.0, aligned.get(1).energy().max(), 0);
		for (Spectrum spectrum : aligned) {
			assertEquals(0, spectrum.metadata().threshold(), 0, "the threshold now lies at 0 eV");
			assertArrayEquals(ramp("", Double.NaN).mu(), spectrum.mu(), 0);
		}
	}

	@Test
	void theRecipesThresholdWinsOverTheSpectrumsOwn() {
		Spectrum aligned = ThresholdAlignment.fromParameters(Map.of("threshold", 2.0)).apply(ramp("site", 1.5));
		assertEquals(-2.0, aligned.energy().min(), 0);
		assertEquals(0, aligned.metadata().threshold(), 0);
	}

	/** Shifting the values moves the recorded threshold exactly as it moves the detected onset. */
	@Test
	void theOwnThresholdMovesWithAShiftedSpectrum() {
		AugmentationSettings shiftByOne = AugmentationSettings.defaults();
		shiftByOne.setShifts(1.0);
		shiftByOne.setNoiseCopies(0);
		List<Spectrum> copies = new Augmentation(shiftByOne).apply(List.of(ramp("site", 3.0))).spectra();
		Spectrum original = copies.get(0);
		Spectrum shifted = copies.get(1);
		assertEquals(4.0, shifted.metadata().threshold(), 0);
		ThresholdAlignment detect = ThresholdAlignment.fromParameters(Map.of());
		double detectedOriginal = detect.threshold(new Spectrum(original.energy(), original.mu(), "", null));
		double detectedShifted = detect.threshold(new Spectrum(shifted.energy(), shifted.mu(), "", null));
		assertEquals(3.2, detectedOriginal, 1e-12);
		assertEquals(detectedOriginal + 1, detectedShifted, 1e-12);
		// aligned at its moved own threshold, the shifted copy rises from 0 at 0 eV like the original
		Spectrum aligned = detect.apply(shifted);
		for (int i = 0; i < aligned.size(); i++) {
			double e = aligned.energy().get(i);
			assertEquals(Math.min(Math.max(e, 0), 2), aligned.mu(i), 0, "at " + e + " eV");
		}
	}

	@Test
	void theDetectedOnsetOfASimulatedKEdgeLandsAtZero() {
		Spectrum spectrum = simulated();
		ThresholdAlignment alignment = ThresholdAlignment.fromParameters(Map.of());
		double onset = alignment.threshold(spectrum);
		double exact = exactOnset(spectrum, 0.1);
		assertEquals(exact, onset, 0.02);
		// the onset is on the rising edge, a little below E0
		assertTrue(onset > FE_K - 4 && onset < FE_K, "onset " + onset);
		Spectrum aligned = alignment.apply(spectrum);
		assertEquals(0, aligned.metadata().threshold(), 0, "the detected threshold is recorded at its new place");
		assertEquals(0, alignment.threshold(new Spectrum(aligned.energy(), aligned.mu(), "", null)), 1e-9,
				"detected again, the onset is found at 0 eV");
		assertEquals(spectrum.energy().min() - onset, aligned.energy().min(), 1e-9);
		assertArrayEquals(spectrum.mu(), aligned.mu(), 0);
	}

	@Test
	void aHigherFractionFindsALaterOnset() {
		Spectrum spectrum = simulated();
		ThresholdAlignment half = ThresholdAlignment.fromParameters(Map.of("fraction", 0.5));
		assertEquals(exactOnset(spectrum, 0.5), half.threshold(spectrum), 0.02);
		assertTrue(half.threshold(spectrum) > ThresholdAlignment.fromParameters(Map.of()).threshold(spectrum));
	}

	@Test
	void aGivenThresholdIsMovedToZero() {
		Spectrum spectrum = simulated();
		Spectrum aligned = ThresholdAlignment.fromParameters(Map.of("threshold", FE_K)).apply(spectrum);
		assertEquals(-200, aligned.energy().min(), 1e-9);
		assertEquals(0, aligned.energy().get(spectrum.energy().indexOfNearest(FE_K)), 1e-9);
	}

	@Test
	void anOnsetBeforeTheDataOrAFlatSpectrumIsRefusedNamingTheSpectrum() {
		Spectrum falling = Spectrum.of(new double[] { 1, 2, 3 }, new double[] { 3, 2, 1 }, "falling");
		PreparationException before = assertThrows(PreparationException.class,
				() -> ThresholdAlignment.fromParameters(Map.of()).apply(falling));
		assertTrue(before.getMessage().contains("falling") && before.getMessage().contains("first energy 1 eV"),
				before.getMessage());
		Spectrum flat = Spectrum.of(new double[] { 1, 2, 3 }, new double[] { 2, 2, 2 }, "flat");
		PreparationException constant = assertThrows(PreparationException.class,
				() -> ThresholdAlignment.fromParameters(Map.of()).apply(flat));
		assertTrue(constant.getMessage().contains("flat") && constant.getMessage().contains("constant"),
				constant.getMessage());
		Spectrum nan = Spectrum.of(new double[] { 1, 2, 3 }, new double[] { 0, Double.NaN, 2 }, "broken");
		assertTrue(assertThrows(PreparationException.class, () -> ThresholdAlignment.fromParameters(Map.of())
				.apply(nan)).getMessage().contains("broken"));
	}

	@Test
	void parametersRoundTrip() {
		ThresholdAlignment given = ThresholdAlignment.fromParameters(Map.of("threshold", 531.5, "fraction", 0.2));
		assertEquals(given.parameters(), ThresholdAlignment.fromParameters(given.parameters()).parameters());
		assertEquals(null, ThresholdAlignment.fromParameters(Map.of()).parameters().get("threshold"));
		assertThrows(IllegalArgumentException.class, () -> ThresholdAlignment.fromParameters(Map.of("fraction", 1.5)));
	}
}
