package org.edgewise.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnergyAxisTest {

	@Test
	void holdsACopyOfStrictlyIncreasingEnergies() {
		double[] energies = { 8970, 8975.5, 8980 };
		EnergyAxis axis = EnergyAxis.of(energies);
		energies[0] = 0;
		assertEquals(3, axis.size());
		assertEquals(8970, axis.min());
		assertEquals(8980, axis.max());
		assertEquals(8975.5, axis.get(1));
		double[] values = axis.values();
		values[1] = -1;
		assertArrayEquals(new double[] { 8970, 8975.5, 8980 }, axis.values());
	}

	@Test
	void rejectsBadAxesNamingTheIndex() {
		assertThrows(IllegalArgumentException.class, () -> EnergyAxis.of(1.0));
		IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class, () -> EnergyAxis.of(1, 2, 2));
		assertTrue(repeated.getMessage().contains("index 2"), repeated.getMessage());
		IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
				() -> EnergyAxis.of(1, Double.NaN, 3));
		assertTrue(nan.getMessage().contains("index 1"), nan.getMessage());
		assertThrows(IllegalArgumentException.class, () -> EnergyAxis.of(3, 2, 1));
	}

	@Test
	void findsTheNearestIndex() {
		EnergyAxis axis = EnergyAxis.of(10, 20, 30);
		assertEquals(0, axis.indexOfNearest(-5));
		assertEquals(0, axis.indexOfNearest(10));
		assertEquals(0, axis.indexOfNearest(15), "a tie goes to the lower point");
		assertEquals(1, axis.indexOfNearest(15.01));
		assertEquals(2, axis.indexOfNearest(1e9));
	}

	@Test
	void equalityFollowsTheValues() {
		assertEquals(EnergyAxis.of(1, 2, 3), EnergyAxis.of(1, 2, 3));
		assertEquals(EnergyAxis.of(1, 2, 3).hashCode(), EnergyAxis.of(1, 2, 3).hashCode());
		assertNotEquals(EnergyAxis.of(1, 2, 3), EnergyAxis.of(1, 2, 4));
	}
}
