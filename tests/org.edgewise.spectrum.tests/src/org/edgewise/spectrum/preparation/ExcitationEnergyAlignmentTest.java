package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.edgewise.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class ExcitationEnergyAlignmentTest {

	/** A calculated-style spectrum on a threshold scale: a broadened onset near 0 eV and a tail below it. */
	private static Spectrum calculated() {
		int n = 201;
		double[] e = new double[n];
		double[] mu = new double[n];
		for (int i = 0; i < n; i++) {
			e[i] = -5 + 0.1 * i;
			mu[i] = 1 / (1 + Math.exp(-(e[i] - 0.5) / 0.3)) + 0.6 * Math.exp(-0.5 * Math.pow((e[i] - 2) / 0.5, 2));
		}
		return Spectrum.of(e, mu, "O site 3");
	}

	@Test
	void theThresholdMovesToTheExcitationEnergyAndBelowItIsZero() {
		Spectrum spectrum = calculated();
		ExcitationEnergyAlignment alignment = ExcitationEnergyAlignment.fromParameters(Map.of("threshold", 0.0,
				"excitationEnergy", 541.9));
		Spectrum aligned = alignment.apply(spectrum);
		int zeroed = 0;
		for (int i = 0; i < aligned.size(); i++) {
			double e = aligned.energy().get(i);
			assertEquals(spectrum.energy().get(i) + 541.9, e, 1e-9);
			if (e < 541.9) {
				assertEquals(0, aligned.mu(i), 0);
				zeroed++;
			} else {
				assertEquals(spectrum.mu(i), aligned.mu(i), 0);
			}
		}
		assertEquals(50, zeroed);
	}

	@Test
	void aDetectedThresholdIsPlacedAtTheExcitationEnergy() {
		Spectrum spectrum = calculated();
		double onset = new ThresholdAlignment(ThresholdAlignmentSettings.defaults()).threshold(spectrum);
		Spectrum aligned = ExcitationEnergyAlignment.fromParameters(Map.of("excitationEnergy", 542.8)).apply(spectrum);
		assertEquals(spectrum.energy().min() - onset + 542.8, aligned.energy().min(), 1e-9);
		// zeroing starts exactly at the excitation energy: the first kept point is the first at or above it
		int first = 0;
		while (aligned.energy().get(first) < 542.8) {
			assertEquals(0, aligned.mu(first++), 0);
		}
		assertEquals(spectrum.mu(first), aligned.mu(first), 0);
	}

	@Test
	void theExcitationEnergyIsRequiredAndRoundTrips() {
		assertThrows(IllegalArgumentException.class, () -> ExcitationEnergyAlignment.fromParameters(Map.of()));
		ExcitationEnergyAlignment step = ExcitationEnergyAlignment.fromParameters(Map.of("excitationEnergy", 541.9,
				"fraction", 0.3));
		assertEquals(step.parameters(), ExcitationEnergyAlignment.fromParameters(step.parameters()).parameters());
		assertEquals(541.9, step.excitationEnergy());
	}
}
