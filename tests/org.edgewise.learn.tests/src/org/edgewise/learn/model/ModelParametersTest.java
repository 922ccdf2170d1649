package org.edgewise.learn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A model writes its state as named, typed, shaped arrays and reads it back with every entry checked. */
class ModelParametersTest {

	@Test
	void entriesComeBackAsPutWithTheirShapes() {
		ModelParameters parameters = new ModelParameters()
				.putText("activation", "relu")
				.putInts("layers", new int[] { 100, 90, 3 })
				.putFloats("weights", new float[] { 1, 2, 3, 4, 5, 6 }, 2, 3)
				.putMatrix("components", new double[][] { { 1, 2 }, { 3, 4 }, { 5, 6 } })
				.putDoubles("lambda", new double[] { 0.5 });

		assertEquals(List.of("activation", "layers", "weights", "components", "lambda"),
				List.copyOf(parameters.names()));
		assertEquals("relu", parameters.text("activation"));
		assertArrayEquals(new int[] { 3 }, parameters.shape("layers"));
		assertArrayEquals(new float[] { 1, 2, 3, 4, 5, 6 }, parameters.floats("weights", 2, 3));
		assertArrayEquals(new double[] { 3, 4 }, parameters.matrix("components")[1]);
		assertEquals(0.5, parameters.number("lambda"));
	}

	@Test
	void arraysAreCopiedInAndOut() {
		float[] weights = { 1, 2 };
		ModelParameters parameters = new ModelParameters().putFloats("w", weights);
		weights[0] = 99;
		parameters.floats("w")[1] = 99;
		assertArrayEquals(new float[] { 1, 2 }, parameters.floats("w"));
	}

	@Test
	void aStrangersParametersAreCheckedEntryByEntry() {
		ModelParameters parameters = new ModelParameters().putFloats("weights", new float[6], 2, 3)
				.putText("activation", "relu");

		assertEquals("parameter 'bias' is missing",
				assertThrows(ModelFormatException.class, () -> parameters.floats("bias")).getMessage());
		assertEquals("parameter 'weights' has shape [2, 3], expected [3, 2]",
				assertThrows(ModelFormatException.class, () -> parameters.floats("weights", 3, 2)).getMessage());
		assertEquals("parameter 'weights' holds FLOATS, expected DOUBLES",
				assertThrows(ModelFormatException.class, () -> parameters.doubles("weights")).getMessage());
		assertEquals("parameter 'activation' holds TEXT, expected FLOATS",
				assertThrows(ModelFormatException.class, () -> parameters.floats("activation")).getMessage());
	}

	@Test
	void aShapeMustFitTheValuesAndANameIsUsedOnce() {
		ModelParameters parameters = new ModelParameters();
		assertEquals("parameter 'w' has 5 values, its shape [2, 3] needs 6",
				assertThrows(IllegalArgumentException.class, () -> parameters.putFloats("w", new float[5], 2, 3))
						.getMessage());
		parameters.putInts("n", new int[] { 1 });
		assertThrows(IllegalArgumentException.class, () -> parameters.putInts("n", new int[] { 2 }));
	}

	@Test
	void equalityIsBitForBitInOrder() {
		ModelParameters a = new ModelParameters().putDoubles("x", new double[] { 0.0, Double.NaN });
		ModelParameters b = new ModelParameters().putDoubles("x", new double[] { 0.0, Double.NaN });
		ModelParameters negativeZero = new ModelParameters().putDoubles("x", new double[] { -0.0, Double.NaN });
		assertEquals(a, b);
		assertEquals(a.hashCode(), b.hashCode());
		assertNotEquals(a, negativeZero);
		assertNotEquals(new ModelParameters().putText("a", "1").putText("b", "2"),
				new ModelParameters().putText("b", "2").putText("a", "1"));
	}
}
