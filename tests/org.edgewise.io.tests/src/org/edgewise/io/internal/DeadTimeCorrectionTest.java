package org.edgewise.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.edgewise.io.internal.DeadTimeCorrection.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one dead-time rule column files and NeXus detectors share. */
class DeadTimeCorrectionTest {

	@ParameterizedTest
	@CsvSource({ "DTFactor3, FACTOR", "dt_factor, FACTOR", "dtc_factors, FACTOR", "ICR03, INPUT_RATE",
			"icr, INPUT_RATE", "OCR_1, OUTPUT_RATE" })
	void fieldNamesTellTheirPartWhateverTheirCaseAndUnderscores(String name, Role role) {
		assertEquals(role, DeadTimeCorrection.roleOf(name));
	}

	@ParameterizedTest
	@CsvSource({ "data", "I0", "Ifch1", "dtc1", "clock" })
	void otherNamesPlayNoPart(String name) {
		assertNull(DeadTimeCorrection.roleOf(name));
	}

	@Test
	void aFactorMultipliesTheCountsPointByPoint() {
		assertArrayEquals(new double[] { 10, 45 }, DeadTimeCorrection.byFactor(new double[] { 10, 30 },
				new double[] { 1, 1.5 }));
	}

	@Test
	void inputOverOutputRateScalesTheCountsExceptWhereNothingCameOut() {
		double[] corrected = DeadTimeCorrection.byRates(new double[] { 10, 30, 7 }, new double[] { 200, 100, 50 },
				new double[] { 100, 100, 0 });

		assertArrayEquals(new double[] { 20, 30, 7 }, corrected);
	}

	@Test
	void correctionsOfAnotherLengthAreRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DeadTimeCorrection.byFactor(new double[] { 1, 2, 3 }, new double[] { 1, 1 }));

		assertTrue(e.getMessage().contains("dead-time factor has 2 points where the counts have 3"), e.getMessage());
	}
}
