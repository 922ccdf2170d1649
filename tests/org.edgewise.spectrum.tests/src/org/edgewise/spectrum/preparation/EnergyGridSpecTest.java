package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EnergyGridSpecTest {

	@Test
	void kiyoharaGridHas160PointsFromMinusOneBelowFifteen() {
		double[] energies = EnergyGridSpec.byStep(-1, 15, 0.1).energies();
		assertEquals(160, energies.length);
		assertEquals(-1.0, energies[0], 0);
		assertEquals(14.9, energies[159], 1e-12);
		assertEquals(4.0, energies[50], 1e-12);
	}

	@Test
	void stepAndPointsCountFromStart() {
		double[] energies = EnergyGridSpec.byStepAndPoints(-10, 0.5, 100).energies();
		assertEquals(100, energies.length);
		assertEquals(39.5, energies[99], 0);
	}

	@Test
	void pointsIncludeBothEnds() {
		assertArrayEquals(new double[] { 1835, 1840, 1845, 1850, 1855 },
				EnergyGridSpec.byPoints(1835, 1855, 5).energies(), 0);
	}

	@Test
	void parametersRoundTripForEachForm() {
		for (EnergyGridSpec grid : new EnergyGridSpec[] { EnergyGridSpec.byStep(-1, 15, 0.1),
				EnergyGridSpec.byStepAndPoints(-10, 0.5, 100).relativeToEdge(),
				EnergyGridSpec.byPoints(1835, 1855, 401) }) {
			Map<String, Object> parameters = grid.parameters();
			EnergyGridSpec read = EnergyGridSpec.fromParameters(
					new StepParameters("resample", parameters, EnergyGridSpec.PARAMETERS), "resample");
			assertEquals(grid, read);
			assertArrayEquals(grid.energies(), read.energies(), 0);
		}
		assertTrue(EnergyGridSpec.byStep(0, 1, 0.5).relativeToEdge().isRelative());
		assertFalse(EnergyGridSpec.byStep(0, 1, 0.5).isRelative());
	}

	@Test
	void badGridsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> EnergyGridSpec.byStep(5, 5, 0.1));
		assertThrows(IllegalArgumentException.class, () -> EnergyGridSpec.byStep(0, 5, -0.1));
		assertThrows(IllegalArgumentException.class, () -> EnergyGridSpec.byPoints(0, 5, 1));
		IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
				() -> EnergyGridSpec.fromParameters(new StepParameters("resample",
						Map.of("start", 0.0, "stop", 1.0, "step", 0.1, "points", 11), EnergyGridSpec.PARAMETERS),
						"resample"));
		assertTrue(all.getMessage().contains("exactly two"), all.getMessage());
	}
}
