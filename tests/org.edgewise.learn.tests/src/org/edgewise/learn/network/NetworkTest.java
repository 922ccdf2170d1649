package org.edgewise.learn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;

class NetworkTest {

	private static Network trainedClassifier() {
		Network network = Network.builder(10, 1).dense(16, Activation.RELU).dropout(0.3).dense(8, Activation.TANH).softmax(3);
		new Trainer(TrainingSettings.defaults(2).withEpochs(2)).fit(network, SyntheticData.blobs(200, 10, 3));
		return network;
	}

	private static float[] randomInputs(int rows, int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		float[] values = new float[rows * size];
		for (int i = 0; i < values.length; i++) {
			values[i] = (float) random.nextGaussian();
		}
		return values;
	}

	@Test
	void classifierPredictsProbabilities() {
		Network network = trainedClassifier();
		float[] outputs = new float[50 * 3];
		network.predict(randomInputs(50, 10, 4), 50, outputs);
		for (int r = 0; r < 50; r++) {
			float sum = 0;
			for (int k = 0; k < 3; k++) {
				assertTrue(outputs[r * 3 + k] >= 0 && outputs[r * 3 + k] <= 1);
				sum += outputs[r * 3 + k];
			}
			assertEquals(1, sum, 1e-6);
		}
	}

	@Test
	void aPredictionDependsOnlyOnItsOwnRow() {
		// 300 rows span several blocks and threads; each row predicted alone must give the same bits.
		Network network = trainedClassifier();
		float[] inputs = randomInputs(300, 10, 5);
		float[] together = new float[300 * 3];
		network.predict(inputs, 300, together);
		for (int r = 0; r < 300; r++) {
			float[] alone = new float[3];
			network.predict(Arrays.copyOfRange(inputs, r * 10, r * 10 + 10), 1, alone);
			assertArrayEquals(alone, Arrays.copyOfRange(together, r * 3, r * 3 + 3), "row " + r);
		}
	}

	@Test
	void predictorInterfaceMatchesTheFloatPath() {
		Network network = trainedClassifier();
		float[] inputs = randomInputs(7, 10, 6);
		double[][] rows = new double[7][10];
		for (int r = 0; r < 7; r++) {
			for (int j = 0; j < 10; j++) {
				rows[r][j] = inputs[r * 10 + j];
			}
		}
		float[] expected = new float[7 * 3];
		network.predict(inputs, 7, expected);
		double[][] predicted = network.predict(rows);
		for (int r = 0; r < 7; r++) {
			for (int k = 0; k < 3; k++) {
				assertEquals(expected[r * 3 + k], predicted[r][k]);
			}
		}
	}

	@Test
	void rebuiltNetworkPredictsTheSameBits() {
		Network network = trainedClassifier();
		ModelParameters parameters = network.parameters();
		Network rebuilt = Network.fromParameters(parameters);
		assertEquals(parameters, rebuilt.parameters());
		float[] inputs = randomInputs(100, 10, 7);
		float[] expected = new float[300];
		float[] actual = new float[300];
		network.predict(inputs, 100, expected);
		rebuilt.predict(inputs, 100, actual);
		assertArrayEquals(expected, actual);
		assertEquals(network.toString(), rebuilt.toString());
	}

	@Test
	void regressorRoundTripKeepsItsLoss() {
		Network network = Network.builder(4, 3).dense(5, Activation.SIGMOID).linear(2, RegressionLoss.huber(0.5));
		Network rebuilt = Network.fromParameters(network.parameters());
		assertEquals("huber(0.5)", rebuilt.loss().toString());
		assertEquals(network.parameters(), rebuilt.parameters());
	}

	@Test
	void parametersNameEveryEntry() {
		Network network = Network.builder(4, 3).dense(5, Activation.RELU).dropout(0.25).softmax(2);
		assertEquals(4 * 5 + 5 + 5 * 2 + 2, network.parameterCount());
		ModelParameters parameters = network.parameters();
		assertEquals(List.of("network.input-size", "network.layers", "layer.0.kind", "layer.0.units",
				"layer.0.weights", "layer.0.biases", "layer.1.kind", "layer.1.function", "layer.2.kind", "layer.2.rate",
				"layer.3.kind", "layer.3.units", "layer.3.weights", "layer.3.biases", "loss.name"),
				List.copyOf(parameters.names()));
		assertArrayEquals(new int[] { 4, 5 }, parameters.shape("layer.0.weights"));
	}

	@Test
	void damagedParametersAreRefusedNamingTheEntry() {
		ModelParameters good = trainedClassifier().parameters();
		assertRefused(good, "layer.0.weights", p -> p, "missing");
		assertRefused(good, "layer.0.weights", p -> p.putFloats("layer.0.weights", new float[16 * 10], 16, 10), "shape");
		float[] poisoned = good.floats("layer.5.biases");
		poisoned[1] = Float.NaN;
		assertRefused(good, "layer.5.biases", p -> p.putFloats("layer.5.biases", poisoned, 3), "NaN");
		assertRefused(good, "layer.2.kind", p -> p.putText("layer.2.kind", "lstm"), "lstm");
		assertRefused(good, "loss.name", p -> p.putText("loss.name", "hinge"), "hinge");
		assertRefused(good, "layer.2.rate", p -> p.putDoubles("layer.2.rate", new double[] { 1.5 }), "dropout rate");
	}

	/** Copies all entries but one, lets {@code replace} put a substitute, and expects a refusal. */
	private static void assertRefused(ModelParameters good, String entry, UnaryOperator<ModelParameters> replace,
			String expectedInMessage) {
		ModelParameters damaged = new ModelParameters();
		for (String name : good.names()) {
			if (name.equals(entry)) {
				continue;
			}
			switch (good.type(name)) {
			case FLOATS -> damaged.putFloats(name, good.floats(name), good.shape(name));
			case DOUBLES -> damaged.putDoubles(name, good.doubles(name), good.shape(name));
			case INTS -> damaged.putInts(name, good.ints(name), good.shape(name));
			case TEXT -> damaged.putText(name, good.text(name));
			}
		}
		IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
				() -> Network.fromParameters(replace.apply(damaged)));
		assertTrue(thrown.getMessage().contains(expectedInMessage), thrown.getMessage());
		if (thrown instanceof ModelFormatException) {
			assertTrue(thrown.getMessage().contains(entry), thrown.getMessage());
		}
	}

	@Test
	void builderChecksThatLayersFit() {
		NetworkBuilder builder = Network.builder(10, 1).dense(4, Activation.RELU);
		IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
				() -> builder.add(new Dense(5, 3, Initialisation.HE)));
		assertTrue(thrown.getMessage().contains("takes 5") && thrown.getMessage().contains("gives 4"), thrown.getMessage());
		assertThrows(IllegalArgumentException.class, () -> builder.softmax(1));
		assertThrows(IllegalArgumentException.class, () -> Network.builder(0, 1));
	}

	@Test
	void predictRefusesRowsOfTheWrongLength() {
		Network network = Network.builder(3, 1).linear(1, RegressionLoss.meanSquaredError());
		IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
				() -> network.predict(new double[][] { { 1, 2, 3 }, { 1, 2 } }));
		assertTrue(thrown.getMessage().contains("row 1 has 2 values"), thrown.getMessage());
		assertThrows(IllegalArgumentException.class, () -> network.predict(new float[5], 2, new float[2]));
	}

	@Test
	void sameSeedGivesTheSameInitialWeights() {
		assertEquals(Network.builder(5, 9).dense(4, Activation.RELU).softmax(2).parameters(),
				Network.builder(5, 9).dense(4, Activation.RELU).softmax(2).parameters());
	}
}
