package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The index helpers behave exactly as Larch's (larch/math/utils.py) do. */
class EnergyGridTest {

	@Test
	void separatesRepeatsLikeLarchsDocstringExample() {
		// Larch's remove_dups example, with its TINY_ENERGY of 0.5 meV as the step
		double[] energies = { 1, 2, 3, 3, 3, 4, 5, 6, 7, 7, 8 };
		double[] expected = { 1, 2, 3, 3.0005, 3.001, 4, 5, 6, 7, 7.0005, 8 };
		assertArrayEquals(expected, EnergyGrid.separateRepeats(energies), 1e-12);
	}

	@Test
	void leavesWellSpacedEnergiesAlone() {
		double[] energies = { 8000, 8000.006, 8000.012 };
		assertArrayEquals(energies, EnergyGrid.separateRepeats(energies), 0.0);
	}

	@Test
	void comparesWithTheUnraisedPredecessor() {
		// 3.0006 is 0.6 meV above its predecessor as given, so it is not raised and ends up below 3.001
		double[] energies = { 3.0, 3.0, 3.0, 3.0006, 3.01 };
		assertArrayEquals(new double[] { 3.0, 3.0005, 3.001, 3.0006, 3.01 }, EnergyGrid.separateRepeats(energies),
				1e-12);
	}

	@Test
	void orderedPositionsAreLarchsArgsortSelection() {
		assertArrayEquals(new int[] { 0, 1, 2, 3 }, EnergyGrid.orderedPositions(new double[] { 1, 2, 3, 4, 5 }));
		assertArrayEquals(new int[] {}, EnergyGrid.orderedPositions(new double[] { 1, 3, 2, 4 }));
		assertArrayEquals(new int[] { 0 }, EnergyGrid.orderedPositions(new double[] { 1, 2, 4, 3, 5 }));
	}

	@Test
	void indexAtOrBelowAndNearest() {
		double[] e = { 10, 20, 30, 40 };
		assertEquals(0, EnergyGrid.indexAtOrBelow(e, 5));
		assertEquals(1, EnergyGrid.indexAtOrBelow(e, 20));
		assertEquals(1, EnergyGrid.indexAtOrBelow(e, 29.9));
		assertEquals(3, EnergyGrid.indexAtOrBelow(e, 99));
		assertEquals(1, EnergyGrid.indexNearest(e, 25), "a tie goes to the first");
		assertEquals(2, EnergyGrid.indexNearest(e, 25.1));
		assertEquals(3, EnergyGrid.indexNearest(e, 1e6));
	}

	@Test
	void derivativeUsesCentralDifferencesInside() {
		double[] x = { 0, 1, 3, 6 };
		double[] y = { 0, 1, 9, 36 };
		assertArrayEquals(new double[] { 1, 3, 7, 9 }, EnergyGrid.derivative(x, y), 1e-15);
	}
}
