package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
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

	/** mu = 1, 2, 3, 4 at 0, 1, 2, 3 eV, with the threshold and excitation energy a calculation reports. */
	private static Spectrum site(String label, double threshold, double excitationEnergy) {
		return new Spectrum(EnergyAxis.of(0, 1, 2, 3), new double[] { 1, 2, 3, 4 }, label,
				SpectrumMetadata.NONE.withThreshold(threshold).withExcitationEnergy(excitationEnergy));
	}

	@Test
	void eachSpectrumOfABatchIsPlacedAtItsOwnExcitationEnergy() {
		Preparation recipe = Preparation.of("own excitation", ExcitationEnergyAlignment.fromParameters(Map.of()));
		List<Spectrum> placed = recipe.applyAll(List.of(site("O 1", 1.0, 538.0), site("O 2", 2.5, 541.5)));
		// threshold 1 eV to 538 eV: a shift of 537 eV; the point at 537 eV lies below the excitation energy
		assertArrayEquals(new double[] { 537, 538, 539, 540 }, placed.get(0).energy().values(), 0);
		assertArrayEquals(new double[] { 0, 2, 3, 4 }, placed.get(0).mu(), 0);
		assertEquals(538.0, placed.get(0).metadata().threshold(), 0);
		// threshold 2.5 eV to 541.5 eV: a shift of 539 eV; three points lie below 541.5 eV
		assertArrayEquals(new double[] { 539, 540, 541, 542 }, placed.get(1).energy().values(), 0);
		assertArrayEquals(new double[] { 0, 0, 0, 4 }, placed.get(1).mu(), 0);
		assertEquals(541.5, placed.get(1).metadata().threshold(), 0);
		assertEquals(541.5, placed.get(1).metadata().excitationEnergy(), 0, "the site's own value is kept");
	}

	@Test
	void theRecipesExcitationEnergyAndThresholdWinOverTheSpectrumsOwn() {
		Spectrum placed = ExcitationEnergyAlignment.fromParameters(Map.of("excitationEnergy", 540.0)).apply(site(
				"O 1", 1.0, 538.0));
		assertArrayEquals(new double[] { 539, 540, 541, 542 }, placed.energy().values(), 0);
		Spectrum both = ExcitationEnergyAlignment.fromParameters(Map.of("excitationEnergy", 540.0, "threshold", 2.0))
				.apply(site("O 1", 1.0, 538.0));
		assertArrayEquals(new double[] { 538, 539, 540, 541 }, both.energy().values(), 0);
		assertArrayEquals(new double[] { 0, 0, 3, 4 }, both.mu(), 0);
	}

	@Test
	void aSpectrumWithoutItsOwnExcitationEnergyIsRefusedByName() {
		Preparation recipe = Preparation.of("own excitation", ExcitationEnergyAlignment.fromParameters(Map.of()));
		PreparationException missing = assertThrows(PreparationException.class,
				() -> recipe.applyAll(List.of(site("O 1", 1.0, 538.0), site("O 7", 1.0, Double.NaN))));
		assertTrue(missing.getMessage().startsWith("spectrum 'O 7'") && missing.getMessage().contains(
				"no excitation energy"), missing.getMessage());
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
	void parametersRoundTripWithAndWithoutTheExcitationEnergy() {
		ExcitationEnergyAlignment own = ExcitationEnergyAlignment.fromParameters(Map.of());
		assertNull(own.parameters().get("excitationEnergy"), "null stands for each spectrum's own");
		assertEquals(own.parameters(), ExcitationEnergyAlignment.fromParameters(own.parameters()).parameters());
		assertThrows(IllegalArgumentException.class, () -> new ExcitationEnergyAlignment(
				ThresholdAlignmentSettings.defaults(), Double.POSITIVE_INFINITY));
		ExcitationEnergyAlignment step = ExcitationEnergyAlignment.fromParameters(Map.of("excitationEnergy", 541.9,
				"fraction", 0.3));
		assertEquals(step.parameters(), ExcitationEnergyAlignment.fromParameters(step.parameters()).parameters());
		assertEquals(541.9, step.excitationEnergy());
	}
}
