package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.normalization.ColumnFile;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

class ResamplingTest {

	private static Spectrum cu() throws IOException {
		return ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
	}

	private static Resampling resampling(EnergyGridSpec grid, ResamplingSettings.Method method,
			ResamplingSettings.Outside outside) {
		ResamplingSettings settings = ResamplingSettings.defaults();
		settings.setGrid(grid);
		settings.setMethod(method);
		settings.setOutside(outside);
		return new Resampling(settings);
	}

	/**
	 * Shifting a spectrum by d and resampling it onto grid G is the same as resampling the unshifted spectrum
	 * onto G - d: the interpolant moves with its knots.
	 */
	@Test
	void shiftingThenResamplingEqualsResamplingAShiftedAxis() throws IOException {
		Spectrum cu = cu();
		double shift = 1.37;
		EnergyGridSpec grid = EnergyGridSpec.byStep(8950, 9050, 0.1);
		EnergyGridSpec movedGrid = EnergyGridSpec.byStep(8950 - shift, 9050 - shift, 0.1);
		for (ResamplingSettings.Method method : ResamplingSettings.Method.values()) {
			Spectrum shiftedThenResampled = resampling(grid, method, ResamplingSettings.Outside.REFUSE)
					.apply(AxisShift.shifted(cu, shift));
			Spectrum resampledOnMovedGrid = resampling(movedGrid, method, ResamplingSettings.Outside.REFUSE).apply(cu);
			assertEquals(1000, shiftedThenResampled.size());
			assertArrayEquals(resampledOnMovedGrid.mu(), shiftedThenResampled.mu(), 1e-9, method.name());
		}
	}

	@Test
	void resamplingOntoTheDataGridGivesTheDataBack() throws IOException {
		Spectrum cu = cu();
		double[] energies = cu.energy().values();
		EnergyGridSpec grid = EnergyGridSpec.byPoints(energies[0], energies[energies.length - 1], 2);
		Spectrum ends = resampling(grid, ResamplingSettings.Method.CUBIC, ResamplingSettings.Outside.REFUSE)
				.apply(cu);
		assertArrayEquals(new double[] { cu.mu(0), cu.mu(cu.size() - 1) }, ends.mu(), 1e-12);
	}

	@Test
	void pointsBeyondTheDataAreZeroFilled() {
		Spectrum ramp = Spectrum.of(new double[] { 0, 1, 2, 3 }, new double[] { 1, 2, 3, 4 }, "ramp");
		Spectrum resampled = resampling(EnergyGridSpec.byStep(-1, 5, 0.5), ResamplingSettings.Method.LINEAR,
				ResamplingSettings.Outside.ZERO).apply(ramp);
		assertArrayEquals(new double[] { 0, 0, 1, 1.5, 2, 2.5, 3, 3.5, 4, 0, 0, 0 }, resampled.mu(), 1e-15);
		assertArrayEquals(EnergyGridSpec.byStep(-1, 5, 0.5).energies(), resampled.energy().values(), 0);
	}

	@Test
	void refusalNamesTheSpectrumAndTheEnergies() throws IOException {
		Spectrum cu = cu();
		PreparationException error = assertThrows(PreparationException.class,
				() -> resampling(EnergyGridSpec.byStep(-1, 15, 0.1), ResamplingSettings.Method.CUBIC,
						ResamplingSettings.Outside.REFUSE).apply(cu));
		assertTrue(error.getMessage().contains("cu.xmu"), error.getMessage());
		assertTrue(error.getMessage().contains("-1 eV .. 14.9 eV"), error.getMessage());
		assertTrue(error.getMessage().contains("beyond the data"), error.getMessage());
	}

	@Test
	void notANumberAndTooFewPointsNameTheSpectrum() {
		SpectrumMetadata source = SpectrumMetadata.fromSource("scan.h5", "/entry/data/mu");
		Spectrum withNaN = new Spectrum(EnergyAxis.of(0, 1, 2, 3), new double[] { 1, Double.NaN, 3, 4 }, "pixel 7",
				source);
		Resampling resampling = resampling(EnergyGridSpec.byStep(0, 3, 0.5), ResamplingSettings.Method.CUBIC,
				ResamplingSettings.Outside.ZERO);
		PreparationException nan = assertThrows(PreparationException.class, () -> resampling.apply(withNaN));
		assertTrue(nan.getMessage().contains("pixel 7") && nan.getMessage().contains("scan.h5:/entry/data/mu")
				&& nan.getMessage().contains("NaN at index 1"), nan.getMessage());
		Spectrum two = Spectrum.of(new double[] { 0, 3 }, new double[] { 1, 2 }, "two points");
		PreparationException few = assertThrows(PreparationException.class, () -> resampling.apply(two));
		assertTrue(few.getMessage().contains("two points") && few.getMessage().contains("has 2 points"),
				few.getMessage());
	}

	@Test
	void aRelativeGridIsPlacedAtTheSpectrumsE0() throws IOException {
		Spectrum cu = cu();
		double e0 = new EdgeStepNormalization(new NormalizationSettings()).apply(cu).e0();
		Spectrum relative = resampling(EnergyGridSpec.byStepAndPoints(-10, 0.5, 100).relativeToEdge(),
				ResamplingSettings.Method.CUBIC, ResamplingSettings.Outside.REFUSE).apply(cu);
		Spectrum absolute = resampling(EnergyGridSpec.byStepAndPoints(e0 - 10, 0.5, 100),
				ResamplingSettings.Method.CUBIC, ResamplingSettings.Outside.REFUSE).apply(cu);
		assertEquals(-10, relative.energy().min(), 0);
		assertArrayEquals(absolute.mu(), relative.mu(), 1e-9);
	}

	@Test
	void aRelativeGridUsesTheE0AnEarlierStepRecorded() throws IOException {
		Spectrum cu = cu();
		// Pretend an earlier step found E0 at 9000 eV: the grid must sit there, not where the search would put it.
		Spectrum recorded = new Spectrum(cu.energy(), cu.mu(), cu.label(), cu.metadata().withEdgeEnergy(9000)
				.withThreshold(8996.5));
		Spectrum relative = resampling(EnergyGridSpec.byStepAndPoints(-10, 0.5, 100).relativeToEdge(),
				ResamplingSettings.Method.CUBIC, ResamplingSettings.Outside.REFUSE).apply(recorded);
		Spectrum absolute = resampling(EnergyGridSpec.byStepAndPoints(8990, 0.5, 100),
				ResamplingSettings.Method.CUBIC, ResamplingSettings.Outside.REFUSE).apply(cu);
		assertArrayEquals(absolute.mu(), relative.mu(), 1e-9);
		assertEquals(0, relative.metadata().edgeEnergy(), 0, "on the relative axis the edge is at 0 eV");
		assertEquals(-3.5, relative.metadata().threshold(), 0, "and the threshold 3.5 eV below it");
	}

	@Test
	void parametersRebuildTheSameStep() {
		Map<String, Object> parameters = Map.of("start", -1.0, "step", 0.1, "points", 160, "method", "cubic",
				"outside", "zero");
		Resampling step = Resampling.fromParameters(parameters);
		assertEquals(160, step.settings().getGrid().points());
		assertEquals(step.parameters(), Resampling.fromParameters(step.parameters()).parameters());
		assertEquals(Boolean.FALSE, step.parameters().get("relative"));
		assertThrows(IllegalArgumentException.class, () -> Resampling.fromParameters(Map.of("start", -1.0, "step",
				0.1, "points", 160, "method", "quadratic")));
	}
}
