package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.ColumnFile;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

class EnergyWindowTest {

	private static final Spectrum RAMP = Spectrum.of(new double[] { 10, 11, 12, 13, 14, 15 }, new double[] { 0, 1,
			2, 3, 4, 5 }, "ramp");

	@Test
	void rangeKeepsTheClosedInterval() {
		Spectrum windowed = new EnergyWindow(EnergyWindowSettings.range(11, 13.5)).apply(RAMP);
		assertArrayEquals(new double[] { 11, 12, 13 }, windowed.energy().values(), 0);
		assertArrayEquals(new double[] { 1, 2, 3 }, windowed.mu(), 0);
		assertEquals("ramp", windowed.label());
		EnergyWindowSettings openBelow = EnergyWindowSettings.range(Double.NaN, 12);
		assertArrayEquals(new double[] { 10, 11, 12 }, new EnergyWindow(openBelow).apply(RAMP).energy().values(), 0);
	}

	@Test
	void preEdgeWithGivenE0KeepsEnergiesBelowTheCut() {
		EnergyWindowSettings settings = EnergyWindowSettings.preEdge(1);
		settings.setE0(12);
		// below 13: the cut itself is excluded
		assertArrayEquals(new double[] { 10, 11, 12 }, new EnergyWindow(settings).apply(RAMP).energy().values(), 0);
	}

	@Test
	void preEdgeOfCopperFoilEndsAtTheFoundE0() throws IOException {
		Spectrum copper = ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
		double e0 = new EdgeStepNormalization(new NormalizationSettings()).apply(copper).e0();
		Spectrum preEdge = new EnergyWindow(EnergyWindowSettings.preEdge(-2)).apply(copper);
		double last = preEdge.energy().max();
		assertTrue(last < e0 - 2, last + " eV should be below E0 - 2 = " + (e0 - 2));
		int next = copper.energy().indexOfNearest(last) + 1;
		assertTrue(copper.energy().get(next) >= e0 - 2, "the next point is above the cut");
		assertEquals(copper.mu(0), preEdge.mu(0), 0);
	}

	@Test
	void parametersRoundTrip() {
		EnergyWindowSettings settings = EnergyWindowSettings.preEdge(-3);
		EnergyWindow window = new EnergyWindow(settings);
		Map<String, Object> parameters = window.parameters();
		assertEquals("window", window.kind());
		assertEquals("pre_edge", parameters.get("mode"));
		assertEquals(null, parameters.get("e0"));
		assertEquals(-3.0, parameters.get("offset"));
		assertEquals(parameters, EnergyWindow.fromParameters(parameters).parameters());
		Map<String, Object> bad = new HashMap<>(parameters);
		bad.put("mode", "edge");
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> EnergyWindow
				.fromParameters(bad));
		assertTrue(error.getMessage().contains("'mode'"), error.getMessage());
	}

	@Test
	void aWindowWithFewerThanTwoPointsNamesTheSpectrum() {
		PreparationException error = assertThrows(PreparationException.class, () -> new EnergyWindow(
				EnergyWindowSettings.range(12.5, 13.2)).apply(RAMP));
		assertTrue(error.getMessage().contains("'ramp'") && error.getMessage().contains("1 points"), error
				.getMessage());
	}
}
