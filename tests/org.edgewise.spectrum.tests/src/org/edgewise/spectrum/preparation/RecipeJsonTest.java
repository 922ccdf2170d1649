package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.ColumnFile;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.edgewise.spectrum.json.Json;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipe files: the exact text written, reading it back, and every way a file can be wrong. */
class RecipeJsonTest {

	private static final String NORMALISE = """
			{
			  "format": "edgewise-preparation",
			  "name": "larch-flat",
			  "steps": [
			    {
			      "kind": "normalise",
			      "parameters": {
			        "e0": 8979.0,
			        "nnorm": 2,
			        "norm1": null,
			        "norm2": null,
			        "nvict": 0,
			        "output": "flat",
			        "pre1": -150.0,
			        "pre2": null,
			        "step": null
			      }
			    }
			  ],
			  "version": 1
			}
			""";

	private static Preparation larchFlat() {
		NormalizationSettings settings = new NormalizationSettings();
		settings.setE0(8979);
		settings.setPre1(-150);
		settings.setNnorm(2);
		return Preparation.of("larch-flat", new Normalisation(settings, Normalisation.Output.FLAT));
	}

	@Test
	void writesStableTextAndReadsItBack(@TempDir Path directory) throws IOException {
		assertEquals(NORMALISE, RecipeJson.toJson(larchFlat()));
		Path file = directory.resolve("larch-flat.json");
		Files.writeString(file, RecipeJson.toJson(larchFlat()));
		Preparation back = RecipeJson.read(file);
		assertEquals(larchFlat(), back);

		Spectrum cu = ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
		assertArrayEquals(larchFlat().apply(cu).mu(), back.apply(cu).mu());
	}

	/** A standardisation fitted on prepared training spectra travels with the recipe, exact to the bit. */
	@Test
	void fittedStandardisationRoundTripsExactly() {
		List<Spectrum> training = PreparationTest.simulatedMap().spectra().subList(0, 200);
		Preparation base = Preparation.of("normalised", Normalisation.defaults());
		Preparation fitted = base.then(Standardisation.fit(base.applyAll(training)));
		Preparation back = RecipeJson.fromJson(RecipeJson.toJson(fitted), "fitted.json");
		assertEquals(fitted, back);
		for (Spectrum spectrum : training.subList(0, 20)) {
			assertArrayEquals(fitted.apply(spectrum).mu(), back.apply(spectrum).mu());
		}
		double[] z = fitted.apply(training.get(3)).mu();
		assertTrue(Math.abs(z[50]) < 5, "standardised value " + z[50]);
	}

	private static String error(String text) {
		return assertThrows(RecipeFormatException.class, () -> RecipeJson.fromJson(text, "model.json")).getMessage();
	}

	/** "align-excitation" without an excitation energy places each spectrum at its own; the file says null. */
	@Test
	void anOmittedExcitationEnergyRoundTripsAsNull() {
		Preparation own = Preparation.of("own-excitation", ExcitationEnergyAlignment.fromParameters(Map.of()));
		String text = RecipeJson.toJson(own);
		assertTrue(text.contains("\"excitationEnergy\": null"), text);
		assertEquals(own, RecipeJson.fromJson(text, "own.json"));
		String omitted = "{\"format\": \"edgewise-preparation\", \"version\": 1, \"name\": \"own-excitation\", "
				+ "\"steps\": [{\"kind\": \"align-excitation\", \"parameters\": {}}]}";
		assertEquals(own, RecipeJson.fromJson(omitted, "omitted.json"));
	}

	@Test
	void namesTheLineOfMalformedJson() {
		String truncated = NORMALISE.substring(0, NORMALISE.indexOf("\"nvict\""));
		assertEquals("model.json: line 12, column 9: expected a key in double quotes", error(truncated));
		assertEquals("model.json: line 22, column 1: unexpected text after the end of the JSON value",
				error(NORMALISE + "}"));
		assertEquals("model.json: line 1, column " + (5 * Json.MAX_DEPTH + 1)
				+ ": arrays and objects are nested deeper than " + Json.MAX_DEPTH + " levels",
				error("{\"a\":".repeat(Json.MAX_DEPTH) + "{}" + "}".repeat(Json.MAX_DEPTH)));
	}

	@Test
	void namesTheFieldOfAWrongRecipe() {
		assertEquals("model.json: version: version 2 is not supported (this reader knows version 1)",
				error(NORMALISE.replace("\"version\": 1", "\"version\": 2")));
		assertEquals("model.json: version: version 1.0 is not supported (this reader knows version 1)",
				error(NORMALISE.replace("\"version\": 1", "\"version\": 1.0")));
		assertEquals("model.json: format: expected \"edgewise-preparation\", got \"edgewise-model\"",
				error(NORMALISE.replace("\"edgewise-preparation\"", "\"edgewise-model\"")));
		assertEquals("model.json: steps[0].kind: unknown step kind \"smooth\" (known: "
				+ String.join(", ", PreparationSteps.kinds()) + ")",
				error(NORMALISE.replace("\"normalise\"", "\"smooth\"")));
		assertEquals("model.json: steps[0].parameters of step \"normalise\": step 'normalise': parameter 'nnorm' must "
				+ "be an integer, got \"2\"", error(NORMALISE.replace("\"nnorm\": 2", "\"nnorm\": \"2\"")));
		assertEquals("model.json: steps[0].parameters of step \"normalise\": step 'normalise' has no parameter "
				+ "'pre_1' (known: e0, nnorm, norm1, norm2, nvict, output, pre1, pre2, step)",
				error(NORMALISE.replace("\"pre1\"", "\"pre_1\"")));
		assertEquals("model.json: steps[0].paramters: unknown field (a step has kind and parameters)",
				error(NORMALISE.replace("\"parameters\"", "\"paramters\"")));
		assertEquals("model.json: author: unknown field (a recipe has format, version, name and steps)",
				error(NORMALISE.replace("\"name\"", "\"author\": \"x\", \"name\"")));
		assertEquals("model.json: name: expected a non-empty string, got null",
				error(NORMALISE.replace("\"name\": \"larch-flat\",", "")));
		assertEquals("model.json: steps: expected an array of steps, got an object",
				error("{\"format\": \"edgewise-preparation\", \"version\": 1, \"name\": \"x\", \"steps\": {}}"));
		assertEquals("model.json: the document: expected a JSON object, got an array", error("[]"));
		assertTrue(error(NORMALISE.replace("\"steps\": [", "\"steps\": [3, ")).startsWith(
				"model.json: steps[0]: expected a JSON object, got 3"));
	}
}
