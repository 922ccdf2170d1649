package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.ColumnFile;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationResult;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

/** The "normalise" step on Larch's cu.xmu, and its parameters. */
class NormalisationTest {

	@Test
	void givesLarchFlattenedOrNormalisedMuOnTheSameAxis() throws IOException {
		Spectrum cu = ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
		NormalizationResult larch = new EdgeStepNormalization(new NormalizationSettings()).apply(cu);

		Spectrum flat = Normalisation.defaults().apply(cu);
		assertEquals(cu.energy(), flat.energy());
		assertEquals(cu.label(), flat.label());
		assertArrayEquals(larch.flat(), flat.mu());
		assertEquals(larch.e0(), flat.metadata().edgeEnergy(), 0, "E0 travels with the spectrum");
		Spectrum norm = Normalisation.fromParameters(Map.of("output", "norm")).apply(cu);
		assertArrayEquals(larch.norm(), norm.mu());
		// cu.xmu: E0 8979 eV (Larch), so the flattened spectrum is ~0 well below and ~1 well above it
		assertEquals(0, flat.mu(cu.energy().indexOfNearest(8900)), 0.01);
		assertEquals(1, flat.mu(cu.energy().indexOfNearest(9300)), 0.1);
	}

	@Test
	void writesAutomaticAsNullAndReadsItsParametersBack() {
		Map<String, Object> defaults = Normalisation.defaults().parameters();
		assertNull(defaults.get("e0"));
		assertNull(defaults.get("nnorm"));
		assertEquals(0, defaults.get("nvict"));
		assertEquals("flat", defaults.get("output"));

		NormalizationSettings settings = new NormalizationSettings();
		settings.setE0(8979.0);
		settings.setPre1(-150);
		settings.setPre2(-30);
		settings.setNnorm(2);
		settings.setNvict(1);
		Normalisation step = new Normalisation(settings, Normalisation.Output.NORM);
		Normalisation back = Normalisation.fromParameters(step.parameters());
		assertEquals(step.parameters(), back.parameters());
		assertEquals(8979.0, back.settings().getE0());
		assertEquals(2, back.settings().getNnorm());
		assertEquals(Normalisation.Output.NORM, back.output());
		// a Long from a file is as good as an Integer
		Map<String, Object> fromFile = new HashMap<>(step.parameters());
		fromFile.put("nnorm", 2L);
		assertEquals(step.parameters(), Normalisation.fromParameters(fromFile).parameters());
	}

	@Test
	void rejectsUnknownOrMistypedParameters() {
		assertEquals("step 'normalise' has no parameter 'pre_1' (known: e0, nnorm, norm1, norm2, nvict, output, pre1, "
				+ "pre2, step)",
				assertThrows(IllegalArgumentException.class, () -> Normalisation.fromParameters(Map.of("pre_1", -50.0)))
						.getMessage());
		assertEquals("step 'normalise': parameter 'nnorm' must be an integer, got 1.5",
				assertThrows(IllegalArgumentException.class, () -> Normalisation.fromParameters(Map.of("nnorm", 1.5)))
						.getMessage());
		assertEquals("step 'normalise': parameter 'e0' must be a finite number or null, got \"auto\"",
				assertThrows(IllegalArgumentException.class, () -> Normalisation.fromParameters(Map.of("e0", "auto")))
						.getMessage());
		assertEquals("step 'normalise': parameter 'output' must be \"flat\" or \"norm\", got \"mu\"",
				assertThrows(IllegalArgumentException.class, () -> Normalisation.fromParameters(Map.of("output", "mu")))
						.getMessage());
		assertEquals("nnorm must be -1 (automatic) or 0..3, got 7",
				assertThrows(IllegalArgumentException.class, () -> Normalisation.fromParameters(Map.of("nnorm", 7)))
						.getMessage());
	}
}
