package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
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
		assertEquals(0, alignment.threshold(aligned), 1e-9);
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
		assertTrue(before.getMessage().contains("falling") && before.getMessage().contains("first energy 1.0 eV"),
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
