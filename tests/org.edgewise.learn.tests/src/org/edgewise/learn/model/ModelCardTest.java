package org.edgewise.learn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.edgewise.learn.model.ModelOutputs.Quantity;
import org.edgewise.spectrum.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A model card says what a model reads, predicts and was trained on, and reads back from JSON unchanged. */
class ModelCardTest {

	@Test
	void aCardReadsBackFromItsJsonUnchanged() {
		for (ModelCard card : List.of(SampleModels.classifierCard(), SampleModels.regressionCard())) {
			String json = card.toJson();
			ModelCard read = ModelCard.fromJson(json, "test");
			assertEquals(card, read);
			assertEquals(json, read.toJson());
		}
	}

	@Test
	void theCardDescribesTheModelsInputsAndOutputs() {
		ModelCard card = SampleModels.classifierCard();
		assertEquals(Optional.of("Cu"), card.element());
		assertEquals(4, card.inputs().count());
		assertEquals(Optional.of("eV"), card.inputs().energyUnit());
		assertTrue(card.outputs().isClassification());
		assertEquals(List.of("T4", "SP5", "O6"), card.outputs().classLabels());
		assertEquals(OptionalLong.of(42), card.training().seed());

		ModelCard regression = SampleModels.regressionCard();
		assertEquals(Optional.empty(), regression.element());
		assertEquals(List.of("bond length", "bond angle", "coordination number"), regression.inputs().names());
		assertEquals(new Quantity("coordination number", ""), regression.outputs().quantities().get(1));
		assertEquals(Optional.empty(), regression.preparationJson());
	}

	@Test
	void plainValuesAreStoredAsJsonReadsThemBack() {
		ModelCard card = ModelCard.builder("m", "ridge").inputs(ModelInputs.count(2))
				.outputs(ModelOutputs.classes(List.of("a", "b")))
				.training(new TrainingSummary(10, "test", OptionalLong.empty(), Map.of("epochs", 5L)))
				.hyperparameters(Map.of("alpha", 0.5f, "folds", (short) 5, "grid", List.of(1L, 2.5)))
				.build();

		assertEquals(Map.of("alpha", 0.5, "folds", 5, "grid", List.of(1, 2.5)), card.hyperparameters());
		assertEquals(Map.of("epochs", 5), card.training().details());
		assertEquals(card, ModelCard.fromJson(card.toJson(), "test"));
	}

	@Test
	void thePreparationRecipeIsKeptAsJson() {
		String recipe = "{ \"steps\": [ ], \"name\": \"cu-k\", \"format\": \"edgewise-preparation\", \"version\": 1 }";
		ModelCard card = ModelCard.builder("m", "ridge").inputs(ModelInputs.count(1))
				.outputs(ModelOutputs.quantities(List.of(new Quantity("y", "eV"))))
				.training(new TrainingSummary(3, "test", OptionalLong.empty(), Map.of()))
				.preparation(recipe)
				.build();
		assertEquals(Optional.of(Json.write(Json.parse(recipe, "recipe"), "recipe")), card.preparationJson());
		assertThrows(IllegalArgumentException.class, () -> ModelCard.builder("m", "ridge").preparation("[1, 2]"));
	}

	@Test
	void aCardIsCheckedWhenBuilt() {
		assertThrows(IllegalStateException.class, () -> ModelCard.builder("m", "ridge").inputs(ModelInputs.count(1))
				.build());
		assertThrows(IllegalArgumentException.class, () -> ModelCard.builder("../etc/passwd", "ridge"));
		assertThrows(IllegalArgumentException.class, () -> ModelCard.builder("m", " "));
		assertEquals("metrics.rmse: NaN cannot be written in JSON", assertThrows(IllegalArgumentException.class,
				() -> ModelCard.builder("m", "ridge").metrics(Map.of("rmse", Double.NaN))).getMessage());

		assertThrows(IllegalArgumentException.class, () -> ModelInputs.energyGrid(new double[] { 1, 3, 2 }, "eV"));
		assertThrows(IllegalArgumentException.class, () -> ModelInputs.energyGrid(new double[] { 1, 2 }, ""));
		assertEquals("input name 'x' is repeated", assertThrows(IllegalArgumentException.class,
				() -> ModelInputs.named(List.of("x", "y", "x"))).getMessage());
		assertThrows(IllegalArgumentException.class, () -> ModelOutputs.classes(List.of("only")));
		assertThrows(IllegalArgumentException.class, () -> ModelOutputs.quantities(List.of()));
		assertThrows(IllegalArgumentException.class,
				() -> new TrainingSummary(0, "test", OptionalLong.empty(), Map.of()));
	}

	@Test
	void theCreationTimeDefaultsToNow() {
		Instant before = Instant.now();
		ModelCard card = ModelCard.builder("m", "ridge").inputs(ModelInputs.count(1))
				.outputs(ModelOutputs.classes(List.of("a", "b")))
				.training(new TrainingSummary(3, "test", OptionalLong.empty(), Map.of()))
				.build();
		assertTrue(!card.createdAt().isBefore(before) && !card.createdAt().isAfter(Instant.now()));
	}

	/**
	 * Each row sets one field of the classifier card's JSON (a dotted path; "absent" removes it) and names
	 * the error that must follow.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			format             | "edgewise-recipe"             | card.format: expected "edgewise-model-card", got "edgewise-recipe"
			version            | 2                             | card.version: card version 2 is not supported (this reader reads version 1)
			colour             | "red"                         | card.colour: unknown field (known: createdAt, description, edge,
			id                 | 7                             | card.id: expected a non-empty string, got 7
			id                 | "a b"                         | card.id: model id 'a b' must be 1 to 100 letters
			description        | null                          | card.description: expected a string, got null
			edge               | ""                            | card.edge: expected a non-empty string, got ""
			inputs.count       | 4.0                           | card.inputs.count: expected an integer, got 4.0
			inputs.count       | 5                             | card.inputs.count: 5 does not match the 4 names or energies
			inputs.energies    | [8975.0, "8975.5"]            | card.inputs.energies[1]: expected a number, got "8975.5"
			inputs.energies    | [8975.0, 8974.0]              | card.inputs.energies: energy grid value 1 (8974.0) is not finite or not above
			inputs.names       | ["a", "b", "c", "d"]          | card.inputs.names: inputs have names or an energy grid, not both
			outputs.classes    | ["T4", "T4"]                  | card.outputs.classes: class label 'T4' is repeated
			outputs.quantities | [{"name": "x", "unit": ""}]   | card.outputs.classes: outputs have either classes or quantities
			training.dataSource| absent                        | card.training.dataSource: missing
			training.seed      | "42"                          | card.training.seed: expected an integer, got "42"
			training.details   | 3                             | card.training.details: expected a JSON object, got 3
			metrics            | [0.93]                        | card.metrics: expected a JSON object, got an array
			preparation        | "steps: none"                 | card.preparation: expected a JSON object, got "steps: none"
			createdAt          | "yesterday"                   | card.createdAt: expected an ISO-8601 instant such as
			""")
	void aStrangersCardIsReadStrictly(String field, String value, String expectedMessage) {
		Map<String, Object> card = mutableCopy(Json.parse(SampleModels.classifierCard().toJson(), "card"));
		String[] path = field.strip().split("\\.");
		Map<String, Object> parent = card;
		for (int i = 0; i < path.length - 1; i++) {
			parent = cast(parent.get(path[i]));
		}
		if (value.equals("absent")) {
			assertTrue(parent.remove(path[path.length - 1]) != null, "the card has " + field);
		} else {
			parent.put(path[path.length - 1], Json.parse(value, "value"));
		}
		String changed = Json.write(card, "card");

		ModelFormatException error = assertThrows(ModelFormatException.class,
				() -> ModelCard.fromJson(changed, "model.ewm"));
		assertTrue(error.getMessage().startsWith("model.ewm: " + expectedMessage), error.getMessage());
	}

	@Test
	void textThatIsNotJsonIsRefusedWithItsPlace() {
		assertEquals("model.ewm: card: line 1, column 13: duplicate key \"id\"", assertThrows(
				ModelFormatException.class, () -> ModelCard.fromJson("{\"id\": \"a\", \"id\": \"b\"}", "model.ewm"))
				.getMessage());
		assertEquals("model.ewm: card: expected a JSON object, got an array",
				assertThrows(ModelFormatException.class, () -> ModelCard.fromJson("[]", "model.ewm")).getMessage());
	}

	/** @return a copy of parsed JSON whose objects can be changed */
	private static Map<String, Object> mutableCopy(Object parsed) {
		Map<String, Object> copy = new LinkedHashMap<>();
		cast(parsed).forEach((key, value) -> copy.put(key, value instanceof Map ? mutableCopy(value) : value));
		return copy;
	}

	@SuppressWarnings("unchecked") // Json.parse builds objects as Map<String, Object> only
	private static Map<String, Object> cast(Object object) {
		return (Map<String, Object>) object;
	}
}
