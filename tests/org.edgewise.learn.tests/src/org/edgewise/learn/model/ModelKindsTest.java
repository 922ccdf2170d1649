package org.edgewise.learn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.edgewise.learn.Predictor;
import org.edgewise.learn.model.ModelOutputs.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application registers the model kinds it knows and loads any model file of those kinds by its card. */
class ModelKindsTest {

	/** A model kind for these tests: multiplies each input by its own factor. */
	private record Scaling(double[] factors) implements Predictor {

		static final String KIND = "scaling";

		static Scaling fromParameters(ModelParameters parameters) {
			double[] factors = parameters.doubles("factors");
			if (factors.length == 0) {
				throw new IllegalArgumentException("parameter 'factors' is empty");
			}
			return new Scaling(factors);
		}

		ModelParameters parameters() {
			return new ModelParameters().putDoubles("factors", factors);
		}

		@Override
		public int inputSize() {
			return factors.length;
		}

		@Override
		public int outputSize() {
			return factors.length;
		}

		@Override
		public double[][] predict(double[][] inputs) {
			double[][] outputs = new double[inputs.length][factors.length];
			for (int row = 0; row < inputs.length; row++) {
				for (int i = 0; i < factors.length; i++) {
					outputs[row][i] = inputs[row][i] * factors[i];
				}
			}
			return outputs;
		}
	}

	@TempDir
	Path folder;

	private final ModelKinds<Predictor> kinds = new ModelKinds<Predictor>()
			.register(Scaling.KIND, Scaling::fromParameters);

	@Test
	void aModelLoadedFromItsFilePredictsBitForBitAsBefore() throws IOException {
		Scaling model = new Scaling(new double[] { 0.1, -3.7, 1e-300 });
		Path file = folder.resolve("scaling.ewm");
		new ModelFile(card(Scaling.KIND, 3), model.parameters()).write(file);

		Predictor loaded = kinds.load(ModelFile.read(file));

		double[][] inputs = { { 1, 2, 3 }, { Math.PI, -0.0, Double.MAX_VALUE } };
		double[][] expected = model.predict(inputs);
		double[][] actual = loaded.predict(inputs);
		for (int row = 0; row < inputs.length; row++) {
			assertArrayEquals(expected[row], actual[row]);
		}
	}

	@Test
	void anUnknownKindIsNamedWithTheKindsKnown() {
		kinds.register("ridge", parameters -> new Scaling(new double[] { 1 }));
		ModelFile tree = new ModelFile(card("tree", 1), new ModelParameters());
		assertEquals("model 'm' of kind 'tree' cannot be loaded: the known kinds are ridge, scaling",
				assertThrows(ModelFormatException.class, () -> kinds.load(tree)).getMessage());
		assertEquals(List.of("ridge", "scaling"), List.copyOf(kinds.kinds()));
	}

	@Test
	void aKindIsRegisteredOnce() {
		assertEquals("model kind 'scaling' is already registered", assertThrows(IllegalArgumentException.class,
				() -> kinds.register(Scaling.KIND, Scaling::fromParameters)).getMessage());
	}

	@Test
	void parametersTheLoaderRefusesNameTheModel() {
		ModelFile missing = new ModelFile(card(Scaling.KIND, 2), new ModelParameters());
		assertEquals("model 'm' of kind 'scaling': parameter 'factors' is missing",
				assertThrows(ModelFormatException.class, () -> kinds.load(missing)).getMessage());
		ModelFile empty = new ModelFile(card(Scaling.KIND, 2), new ModelParameters().putDoubles("factors", new double[0]));
		assertEquals("model 'm' of kind 'scaling': parameter 'factors' is empty",
				assertThrows(ModelFormatException.class, () -> kinds.load(empty)).getMessage());
	}

	@Test
	void aPredictorMustReadAndWriteWhatItsCardSays() {
		ModelFile mismatched = new ModelFile(card(Scaling.KIND, 3),
				new Scaling(new double[] { 1, 2 }).parameters());
		assertEquals("model 'm' of kind 'scaling' reads 2 and writes 2 values, its card says 3 and 3",
				assertThrows(ModelFormatException.class, () -> kinds.load(mismatched)).getMessage());
	}

	/** @return a card for a model of this kind with {@code size} inputs and as many outputs */
	private static ModelCard card(String kind, int size) {
		return ModelCard.builder("m", kind)
				.inputs(ModelInputs.count(size))
				.outputs(ModelOutputs.quantities(IntStream.range(0, size)
						.mapToObj(i -> new Quantity("y" + i, "eV")).toList()))
				.training(new TrainingSummary(1, "test", OptionalLong.empty(), Map.of()))
				.build();
	}
}
