package org.edgewise.learn.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.edgewise.spectrum.json.Json;
import org.edgewise.spectrum.json.JsonFormatException;

/**
 * Writes a {@link ModelCard} as JSON and reads it back strictly:
 *
 * <pre>
 * {
 *   "createdAt": "2026-11-23T10:15:30Z",
 *   "description": "Coordination of Cu from the K-edge XANES",
 *   "edge": "K",                                  (absent for a model of any edge)
 *   "element": "Cu",                              (absent for a model of any element)
 *   "format": "edgewise-model-card",
 *   "hyperparameters": { ... },
 *   "id": "cu-k-coordination-mlp",
 *   "inputs": { "count": 100, "energies": [ ... ], "unit": "eV" },   (or "names": [ ... ], or the count alone)
 *   "kind": "network",
 *   "metrics": { ... },
 *   "outputs": { "classes": [ "T4", "SP5", "O6" ] },                 (or "quantities": [ {"name", "unit"} ])
 *   "preparation": { ... },                       (the recipe; absent when there is none)
 *   "training": { "dataSource": "...", "details": { ... }, "sampleCount": 1000, "seed": 42 },
 *   "version": 1
 * }
 * </pre>
 *
 * Unknown or missing fields, values of the wrong type, another format or version are errors naming the
 * field.
 */
final class ModelCardJson {

	/** The value of the "format" field. */
	static final String FORMAT = "edgewise-model-card";
	/** The version of the card's JSON form that this class writes and reads. */
	static final int VERSION = 1;

	private static final Set<String> FIELDS = Set.of("format", "version", "id", "kind", "element", "edge",
			"description", "inputs", "outputs", "hyperparameters", "training", "metrics", "preparation", "createdAt");

	private ModelCardJson() {
	}

	/** @return the card as JSON text, keys sorted */
	static String write(ModelCard card) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		json.put("version", VERSION);
		json.put("id", card.id());
		json.put("kind", card.kind());
		card.element().ifPresent(element -> json.put("element", element));
		card.edge().ifPresent(edge -> json.put("edge", edge));
		json.put("description", card.description());
		json.put("inputs", card.inputs().toJson());
		json.put("outputs", card.outputs().toJson());
		json.put("hyperparameters", card.hyperparameters());
		json.put("training", card.training().toJson());
		json.put("metrics", card.metrics());
		card.preparation().ifPresent(recipe -> json.put("preparation", recipe));
		json.put("createdAt", card.createdAt().toString());
		return Json.write(json, "model card '" + card.id() + "'");
	}

	/**
	 * @param text   JSON as {@link #write(ModelCard)} gives it
	 * @param source what the text is, named in every error
	 * @return the card
	 * @throws ModelFormatException naming the source and field of the first problem
	 */
	static ModelCard read(String text, String source) {
		Object document;
		try {
			document = Json.parse(text, source + ": card");
		} catch (JsonFormatException notJson) {
			throw new ModelFormatException(notJson.getMessage(), notJson);
		}
		JsonFields card = JsonFields.of(document, source, "card").allowOnly(FIELDS);
		String format = card.text("format");
		if (!FORMAT.equals(format)) {
			throw card.error("format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
		}
		int version = card.integer("version");
		if (version != VERSION) {
			throw card.error("version", "card version " + version + " is not supported (this reader reads version "
					+ VERSION + ")");
		}
		String id = card.string("id");
		String kind = card.string("kind");
		ModelCard.Builder builder = card.validated("id", () -> ModelCard.builder(id, kind))
				.description(card.text("description"))
				.inputs(ModelInputs.fromJson(card.object("inputs")))
				.outputs(ModelOutputs.fromJson(card.object("outputs")))
				.hyperparameters(card.plainObject("hyperparameters"))
				.training(TrainingSummary.fromJson(card.object("training")))
				.metrics(card.plainObject("metrics"))
				.createdAt(instant(card));
		card.optionalString("element").ifPresent(builder::element);
		card.optionalString("edge").ifPresent(builder::edge);
		if (card.has("preparation")) {
			builder.preparation(Json.write(card.plainObject("preparation"), "preparation"));
		}
		return builder.build();
	}

	private static Instant instant(JsonFields card) {
		String text = card.string("createdAt");
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException notAnInstant) {
			throw card.error("createdAt", "expected an ISO-8601 instant such as \"2026-11-23T10:15:30Z\", got \""
					+ text + "\"");
		}
	}
}
