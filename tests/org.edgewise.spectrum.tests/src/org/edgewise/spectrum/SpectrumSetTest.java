package org.edgewise.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.junit.jupiter.api.Test;

class SpectrumSetTest {

	private static final SpectrumMetadata SOURCE = SpectrumMetadata.fromSource("stack.h5", "/entry1/counter0/data");

	@Test
	void listOfSpectraIsStoredAsSpectrumByEnergy() {
		EnergyAxis e = EnergyAxis.of(1, 2, 3);
		SpectrumSet set = SpectrumSet.of(List.of(new Spectrum(e, new double[] { 1, 2, 3 }, "a", SOURCE),
				new Spectrum(e, new double[] { 4, 5, 6 }, "b", SOURCE)), SOURCE);
		assertEquals(2, set.size());
		assertArrayEquals(new int[] { 2 }, set.mapShape());
		assertArrayEquals(new int[] { 2, 3 }, set.data().getShape());
		assertEquals(1, set.energyDimension());
		assertEquals("b", set.spectrum(1).label());
		assertArrayEquals(new double[] { 4, 5, 6 }, set.spectrum(1).mu());
		assertEquals(List.of("a", "b"), set.spectra().stream().map(Spectrum::label).toList());
	}

	@Test
	void rejectsSpectraOnDifferentAxes() {
		Spectrum a = Spectrum.of(new double[] { 1, 2 }, new double[] { 0, 1 }, "a");
		Spectrum b = Spectrum.of(new double[] { 1, 3 }, new double[] { 0, 1 }, "b");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> SpectrumSet.of(List.of(a, b), SOURCE));
		assertTrue(e.getMessage().contains("'b'"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> SpectrumSet.of(List.of(), SOURCE));
	}

	/** A stack [E, y, x] as an STXM image stack stores it: spectra numbered row-major over (y, x). */
	@Test
	void mapWithEnergyFirstNumbersPixelsRowMajor() {
		int energies = 4;
		int rows = 2;
		int columns = 3;
		DoubleDataset data = DatasetFactory.zeros(DoubleDataset.class, energies, rows, columns);
		for (int e = 0; e < energies; e++) {
			for (int y = 0; y < rows; y++) {
				for (int x = 0; x < columns; x++) {
					data.setItem(100.0 * y + 10.0 * x + e, e, y, x);
				}
			}
		}
		SpectrumSet set = SpectrumSet.ofMap(EnergyAxis.of(700, 705, 710, 715), data, 0,
				List.of(DataAxis.index("sample_y", rows), DataAxis.index("sample_x", columns)), SOURCE);
		assertEquals(6, set.size());
		assertArrayEquals(new int[] { 2, 3 }, set.mapShape());
		assertArrayEquals(new int[] { 1, 2 }, set.position(5));
		Spectrum last = set.spectrum(5);
		assertArrayEquals(new double[] { 120, 121, 122, 123 }, last.mu());
		assertEquals("[1, 2]", last.label());
		assertTrue(last.describe().contains("stack.h5:/entry1/counter0/data"), last.describe());
		assertThrows(IndexOutOfBoundsException.class, () -> set.spectrum(6));
	}

	/** Per-spectrum results go back into the input's own layout: [y, x, E] stays [y, x, E]. */
	@Test
	void newValuesPerSpectrumKeepTheLayoutOfAMapWithEnergyLast() {
		DoubleDataset data = DatasetFactory.zeros(DoubleDataset.class, 2, 3, 4);
		SpectrumSet set = SpectrumSet.ofMap(EnergyAxis.of(1, 2, 3, 4), data, 2,
				List.of(DataAxis.index("y", 2), DataAxis.index("x", 3)), SOURCE);
		double[][] values = new double[6][];
		for (int i = 0; i < 6; i++) {
			values[i] = new double[] { i, 10 * i, 100 * i, 1000 * i };
		}
		SpectrumSet replaced = set.withSpectra(values);
		assertArrayEquals(new int[] { 2, 3, 4 }, replaced.data().getShape());
		assertEquals(2, replaced.energyDimension());
		assertArrayEquals(values[4], replaced.spectrum(4).mu());
		assertEquals(400.0, replaced.data().getDouble(1, 1, 2)); // pixel (1, 1) is spectrum 4, energy index 2
		assertThrows(IllegalArgumentException.class, () -> set.withSpectra(new double[5][4]));
		assertThrows(IllegalArgumentException.class, () -> set.withSpectra(new double[6][3]));
	}

	@Test
	void rejectsAnAxisThatDoesNotFitTheData() {
		DoubleDataset data = DatasetFactory.zeros(DoubleDataset.class, 2, 5);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> SpectrumSet.ofMap(EnergyAxis.of(1, 2, 3, 4), data, 1, List.of(DataAxis.index("n", 2)), SOURCE));
		assertTrue(e.getMessage().contains("stack.h5"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> SpectrumSet.ofMap(EnergyAxis.of(1, 2, 3, 4, 5), data, 1, List.of(DataAxis.index("n", 3)), SOURCE));
	}

	@Test
	void dataAxisCountsIndices() {
		DataAxis axis = DataAxis.index("n", 3);
		assertArrayEquals(new double[] { 0, 1, 2 }, axis.values());
		assertEquals(3, axis.length());
	}
}
