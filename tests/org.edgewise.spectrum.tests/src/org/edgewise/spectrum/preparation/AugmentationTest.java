package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class AugmentationTest {

	private static final double[] GRID = IntStream.range(0, 100).mapToDouble(i -> 4960 + 0.5 * i).toArray();

	/** Straight lines mu = a + b (E - 4960), so shifted values are known exactly. */
	private static List<Spectrum> lines(int count) {
		List<Spectrum> spectra = new ArrayList<>();
		for (int s = 0; s < count; s++) {
			double a = 0.1 * s;
			double b = 0.01 + 0.001 * s;
			spectra.add(Spectrum.of(GRID, Arrays.stream(GRID).map(e -> a + b * (e - 4960)).toArray(), "line " + s));
		}
		return spectra;
	}

	@Test
	void defaultShiftsMakeFiveTimesTheDataWithAlignedSources() {
		List<Spectrum> spectra = lines(10);
		AugmentationResult result = Augmentation.defaults().apply(spectra);
		assertEquals(50, result.count());
		assertEquals(10, result.sourceCount());
		int[] source = result.source();
		for (int k = 0; k < 50; k++) {
			assertEquals(k / 5, source[k], "source of output " + k);
		}
		assertEquals("line 3", result.spectra().get(15).label());
		assertEquals("line 3 shift -2 eV", result.spectra().get(16).label());
		assertEquals("line 3 shift +1 eV", result.spectra().get(18).label());
		assertArrayEquals(spectra.get(3).mu(), result.spectra().get(15).mu(), 0);
	}

	@Test
	void shiftedCopyIsTheShiftedCurveWithZeroFillOutside() {
		Spectrum line = lines(4).get(3);
		for (double shift : new double[] { 1, -2, 0.3 }) {
			double[] shifted = Augmentation.shifted(GRID, line.mu(), shift);
			for (int i = 0; i < GRID.length; i++) {
				double e = GRID[i] - shift;
				double expected = e < GRID[0] || e > GRID[GRID.length - 1] ? 0 : 0.3 + 0.013 * (e - 4960);
				assertEquals(expected, shifted[i], 1e-12, "shift " + shift + " at " + GRID[i] + " eV");
			}
		}
		// +1 eV on a 0.5 eV grid: the first two points come from below the data
		double[] plusOne = Augmentation.shifted(GRID, line.mu(), 1);
		assertEquals(0, plusOne[1]);
		assertEquals(line.mu(0), plusOne[2], 1e-15);
	}

	@Test
	void noiseIsDeterministicForASeedAndHasTheSetSigma() {
		AugmentationSettings settings = AugmentationSettings.defaults();
		settings.setShifts();
		settings.setNoiseCopies(4);
		settings.setSeed(42);
		List<Spectrum> spectra = lines(50);
		AugmentationResult first = new Augmentation(settings).apply(spectra);
		AugmentationResult again = new Augmentation(settings).apply(spectra);
		assertEquals(250, first.count());
		for (int k = 0; k < first.count(); k++) {
			assertArrayEquals(first.spectra().get(k).mu(), again.spectra().get(k).mu(), 0, "output " + k);
		}
		settings.setSeed(43);
		AugmentationResult otherSeed = new Augmentation(settings).apply(spectra);
		assertFalse(Arrays.equals(first.spectra().get(1).mu(), otherSeed.spectra().get(1).mu()));

		double sum = 0;
		double squares = 0;
		int n = 0;
		int[] source = first.source();
		for (int k = 0; k < first.count(); k++) {
			if (k % 5 == 0) {
				continue; // the original
			}
			double[] noisy = first.spectra().get(k).mu();
			double[] clean = spectra.get(source[k]).mu();
			for (int j = 0; j < noisy.length; j++) {
				double d = noisy[j] - clean[j];
				sum += d;
				squares += d * d;
				n++;
			}
		}
		double mean = sum / n;
		double sigma = Math.sqrt(squares / n - mean * mean);
		assertEquals(0.03, sigma, 0.05 * 0.03, "measured noise sigma over " + n + " values");
	}

	@Test
	void notFiniteInputIsNamed() {
		Spectrum holey = Spectrum.of(new double[] { 1, 2, 3 }, new double[] { 0, Double.POSITIVE_INFINITY, 1 },
				"holey");
		PreparationException error = assertThrows(PreparationException.class, () -> Augmentation.defaults().apply(
				List.of(holey)));
		assertTrue(error.getMessage().contains("'holey'") && error.getMessage().contains("index 1"), error
				.getMessage());
		assertThrows(IllegalArgumentException.class, () -> AugmentationSettings.defaults().setShifts(1, 0));
	}
}
