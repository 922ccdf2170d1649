package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.ColumnFile;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

class ReferenceAlignmentTest {

	private static Spectrum cu() throws IOException {
		return ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
	}

	private static ReferenceAlignment alignTo(Spectrum reference) {
		return new ReferenceAlignment(reference, ReferenceAlignmentSettings.defaults());
	}

	@Test
	void aKnownShiftOfTheCopperFoilIsRecovered() throws IOException {
		Spectrum cu = cu();
		Spectrum sample = AxisShift.shifted(cu, 1.37);
		ReferenceAlignment alignment = alignTo(cu);
		assertEquals(-1.37, alignment.shift(sample), 0.05);
		Spectrum aligned = alignment.apply(sample);
		assertEquals(cu.energy().min(), aligned.energy().min(), 0.05);
		assertArrayEquals(cu.mu(), aligned.mu(), 0);
		assertEquals(0, alignment.shift(cu), 1e-4);
	}

	/** The sample on its own, coarser grid, with noise, shifted the other way. */
	@Test
	void aNoisyResampledSampleIsAlignedToo() throws IOException {
		Spectrum cu = cu();
		ResamplingSettings settings = ResamplingSettings.defaults();
		settings.setGrid(EnergyGridSpec.byStep(8850, 9500, 0.7));
		settings.setOutside(ResamplingSettings.Outside.REFUSE);
		Spectrum coarse = new Resampling(settings).apply(cu);
		double[] mu = coarse.mu();
		Random random = new Random(11);
		for (int i = 0; i < mu.length; i++) {
			mu[i] += 0.002 * random.nextGaussian();
		}
		Spectrum sample = AxisShift.shifted(new Spectrum(coarse.energy(), mu, "noisy", coarse.metadata()), -2.6);
		assertEquals(2.6, alignTo(cu).shift(sample), 0.05);
	}

	@Test
	void theRecipeCarriesTheReference() throws IOException {
		Spectrum cu = cu();
		ReferenceAlignment alignment = alignTo(cu);
		ReferenceAlignment rebuilt = ReferenceAlignment.fromParameters(alignment.parameters());
		Spectrum sample = AxisShift.shifted(cu, 0.8);
		assertEquals(alignment.shift(sample), rebuilt.shift(sample), 0);
		assertEquals("cu.xmu", rebuilt.reference().label());
	}

	@Test
	void aShiftBeyondTheSearchRangeIsRefusedNamingTheSample() throws IOException {
		Spectrum cu = cu();
		ReferenceAlignmentSettings narrow = ReferenceAlignmentSettings.defaults();
		narrow.setMaxShift(1.0);
		Spectrum sample = AxisShift.shifted(cu, 3.0);
		PreparationException error = assertThrows(PreparationException.class,
				() -> new ReferenceAlignment(cu, narrow).shift(sample));
		assertTrue(error.getMessage().contains("cu.xmu") && error.getMessage().contains("search limit"),
				error.getMessage());
	}
}
