package org.edgewise.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnergyFormatTest {

	@Test
	void gridEnergiesReachedBySummingStepsReadAsTheyWereMeant() {
		assertEquals("6927 eV", EnergyFormat.eV(6926.999999999999));
		assertEquals("8979.35 eV", EnergyFormat.eV(8979.35));
		assertEquals("0.0001 eV", EnergyFormat.eV(1e-4));
	}

	@Test
	void signsZeroAndNonFiniteValuesAreKept() {
		assertEquals("-0.5 eV", EnergyFormat.eV(-0.5));
		assertEquals("0 eV", EnergyFormat.eV(-1e-9));
		assertEquals("NaN eV", EnergyFormat.eV(Double.NaN));
		assertEquals("-Infinity eV", EnergyFormat.eV(Double.NEGATIVE_INFINITY));
	}
}
