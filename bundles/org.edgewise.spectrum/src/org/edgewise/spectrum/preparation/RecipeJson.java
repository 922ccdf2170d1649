package org.edgewise.spectrum.preparation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edgewise.spectrum.json.Json;
import org.edgewise.spectrum.json.JsonFormatException;

/**
 * Writes a {@link Preparation} as JSON and reads it back, for recipe files and for the recipe stored inside
 * every model file:
 *
 * <pre>
 * {
 *   "format": "edgewise-preparation",
 *   "name": "hirai-si-k",
 *   "steps": [
 *     {
 *       "kind": "broaden",
 *       "parameters": { ... }
 *     }
 *   ],
 *   "version": 1
 * }
 * </pre>
 *
 * Keys are written sorted, so one recipe always gives the same text. Reading is strict: the text must be
 * JSON with exactly these fields, this format and version, and known step kinds with parameters their
 * factory ({@link PreparationSteps}) accepts; anything else gives a {@link RecipeFormatException} naming the
 * source, the line and column or field path, and the problem.
 */
public final class RecipeJson {

	/** The value of the "format" field. */
	public static final String FORMAT = "edgewise-preparation";
	/** The format version this class writes and reads. */
	public static final int VERSION = 1;

	private static final Set<String> RECIPE_FIELDS = Set.of("format", "version", "name", "steps");
	private static final Set<String> STEP_FIELDS = Set.of("kind", "parameters");

	private RecipeJson() {
	}

	/**
	 * @return the recipe as JSON text
	 * @throws IllegalArgumentException if a step's parameters hold a value JSON cannot (NaN, another type)
	 */
	public static String toJson(Preparation preparation) {
		List<Map<String, Object>> steps = new ArrayList<>();
		for (PreparationStep step : preparation.steps()) {
			steps.add(Map.of("kind", step.kind(), "parameters", step.parameters()));
		}
		Map<String, Object> recipe = new LinkedHashMap<>();
		recipe.put("format", FORMAT);
		recipe.put("version", VERSION);
		recipe.put("name", preparation.name());
		recipe.put("steps", steps);
		return Json.write(recipe, "recipe '" + preparation.name() + "'") + "\n";
	}

	/**
	 * @param text   a recipe as {@link #toJson} writes it
	 * @param source what the text is, named in every error: a file name, "field 'preparation' of model X"
	 * @return the recipe
	 * @throws RecipeFormatException if the text is not JSON or not a recipe of this format and version
	 */
	public static Preparation fromJson(String text, String source) {
		Object document;
		try {
			document = Json.parse(text, source);
		} catch (JsonFormatException e) {
			throw new RecipeFormatException(e.getMessage(), e);
		}
		Map<String, Object> recipe = object(document, source, "the document");
		for (String field : recipe.keySet()) {
			if (!RECIPE_FIELDS.contains(field)) {
				throw error(source, field, "unknown field (a recipe has format, version, name and steps)");
			}
		}
		Object format = recipe.get("format");
		if (!FORMAT.equals(format)) {
			throw error(source, "format", "expected \"" + FORMAT + "\", got " + show(format));
		}
		Object version = recipe.get("version");
		if (!(version instanceof Integer number) || number != VERSION) {
			throw error(source, "version", "version " + show(version) + " is not supported (this reader knows version "
					+ VERSION + ")");
		}
		if (!(recipe.get("name") instanceof String name) || name.isBlank()) {
			throw error(source, "name", "expected a non-empty string, got " + show(recipe.get("name")));
		}
		if (!(recipe.get("steps") instanceof List<?> stepList)) {
			throw error(source, "steps", "expected an array of steps, got " + show(recipe.get("steps")));
		}
		List<PreparationStep> steps = new ArrayList<>();
		for (int i = 0; i < stepList.size(); i++) {
			steps.add(step(stepList.get(i), source, "steps[" + i + "]"));
		}
		return new Preparation(name, steps);
	}

	/**
	 * @return the recipe in {@code file}, read as UTF-8
	 * @throws IOException           if the file cannot be read
	 * @throws RecipeFormatException naming the file when it does not hold a recipe
	 */
	public static Preparation read(Path file) throws IOException {
		return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	private static PreparationStep step(Object value, String source, String path) {
		Map<String, Object> step = object(value, source, path);
		for (String field : step.keySet()) {
			if (!STEP_FIELDS.contains(field)) {
				throw error(source, path + "." + field, "unknown field (a step has kind and parameters)");
			}
		}
		if (!(step.get("kind") instanceof String kind)) {
			throw error(source, path + ".kind", "expected the step kind as a string, got " + show(step.get("kind")));
		}
		if (!PreparationSteps.kinds().contains(kind)) {
			throw error(source, path + ".kind", "unknown step kind \"" + kind + "\" (known: "
					+ String.join(", ", PreparationSteps.kinds()) + ")");
		}
		Map<String, Object> parameters = object(step.get("parameters"), source, path + ".parameters");
		try {
			return PreparationSteps.create(kind, parameters);
		} catch (IllegalArgumentException | ClassCastException | NullPointerException rejected) {
			throw new RecipeFormatException(source + ": " + path + ".parameters of step \"" + kind + "\": "
					+ rejected.getMessage(), rejected);
		}
	}

	@SuppressWarnings("unchecked") // Json.parse builds objects as Map<String, Object> only
	private static Map<String, Object> object(Object value, String source, String path) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw error(source, path, "expected a JSON object, got " + show(value));
	}

	private static RecipeFormatException error(String source, String path, String problem) {
		return new RecipeFormatException(source + ": " + path + ": " + problem);
	}

	/** @return a JSON value shortly, for messages */
	private static String show(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return "\"" + text + "\"";
		}
		if (value instanceof Map) {
			return "an object";
		}
		if (value instanceof List) {
			return "an array";
		}
		return value.toString();
	}
}
