package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DropoutTest {

	private static final int UNITS = 500;

	@Test
	void inferencePassesValuesThrough() {
		float[][] input = ramp(3);
		float[][] output = new float[3][UNITS];
		new Dropout(UNITS, 0.3).forward(null, 0, input, output, new Pass().start(3, false, 99, 0));
		for (int r = 0; r < 3; r++) {
			assertArrayEquals(input[r], output[r]);
		}
	}

	@Test
	void trainingDropsTheRateAndScalesSurvivorsUp() {
		int rows = 200;
		float[][] input = ramp(rows);
		float[][] output = new float[rows][UNITS];
		new Dropout(UNITS, 0.3).forward(null, 0, input, output, new Pass().start(rows, true, 99, 0));
		int dropped = 0;
		for (int r = 0; r < rows; r++) {
			for (int u = 0; u < UNITS; u++) {
				if (output[r][u] == 0) {
					dropped++;
				} else {
					assertEquals(input[r][u] * (float) (1 / 0.7), output[r][u], "a kept value is scaled by 1 / (1 - rate)");
				}
			}
		}
		// 100000 draws at p = 0.3: mean 30000, standard deviation 145.
		assertEquals(30000, dropped, 5 * 145);
	}

	@Test
	void theMaskDependsOnTheSampleNotOnHowTheBatchIsSplit() {
		Dropout dropout = new Dropout(UNITS, 0.5);
		float[][] input = ramp(10);
		float[][] whole = new float[10][UNITS];
		dropout.forward(null, 0, input, whole, new Pass().start(10, true, 7, 0));
		// The same batch as two blocks: rows 0-3, then rows 4-9, which start at sample 4 of the batch.
		float[][] first = new float[4][UNITS];
		float[][] second = new float[6][UNITS];
		dropout.forward(null, 0, Arrays.copyOfRange(input, 0, 4), first, new Pass().start(4, true, 7, 0));
		dropout.forward(null, 0, Arrays.copyOfRange(input, 4, 10), second, new Pass().start(6, true, 7, 4));
		for (int r = 0; r < 10; r++) {
			assertArrayEquals(whole[r], r < 4 ? first[r] : second[r - 4], "row " + r);
		}
	}

	@Test
	void anotherNoiseSeedGivesAnotherMask() {
		Dropout dropout = new Dropout(UNITS, 0.5);
		float[][] input = ramp(1);
		float[][] one = new float[1][UNITS];
		float[][] other = new float[1][UNITS];
		dropout.forward(null, 0, input, one, new Pass().start(1, true, 1, 0));
		dropout.forward(null, 0, input, other, new Pass().start(1, true, 2, 0));
		assertFalse(Arrays.equals(one[0], other[0]));
	}

	@Test
	void rateMustLieInUnitInterval() {
		assertThrows(IllegalArgumentException.class, () -> new Dropout(4, 1.0));
		assertThrows(IllegalArgumentException.class, () -> new Dropout(4, -0.1));
	}

	/** Rows of the non-zero values 1, 2, 3, ... */
	private static float[][] ramp(int rows) {
		float[][] values = new float[rows][UNITS];
		for (int r = 0; r < rows; r++) {
			for (int u = 0; u < UNITS; u++) {
				values[r][u] = 1 + r * UNITS + u;
			}
		}
		return values;
	}
}
