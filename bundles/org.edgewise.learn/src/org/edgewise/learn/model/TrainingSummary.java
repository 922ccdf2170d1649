package org.edgewise.learn.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a model was trained on and how: enough for a user to judge whether their data resemble the
 * training data, and to repeat the training.
 *
 * @param sampleCount the number of training samples, at least 1
 * @param dataSource  where the samples came from, e.g. "FEFF 10 Cu K-edge set, 2024-03"; not blank
 * @param seed        the random seed of the training, empty for a deterministic fit (ridge, PCA)
 * @param details     further facts as plain JSON values, e.g. {"epochs": 200, "finalLoss": 0.013};
 *                    canonicalised as in {@link ModelCard.Builder#hyperparameters(Map)}
 */
public record TrainingSummary(int sampleCount, String dataSource, OptionalLong seed, Map<String, Object> details) {

	private static final Set<String> FIELDS = Set.of("sampleCount", "dataSource", "seed", "details");

	/**
	 * @throws IllegalArgumentException when the sample count is below 1, the source is blank, or a detail
	 *                                  is not a plain JSON value (NaN, another type)
	 */
	public TrainingSummary {
		if (sampleCount < 1) {
			throw new IllegalArgumentException("a model is trained on at least one sample, got " + sampleCount);
		}
		if (dataSource == null || dataSource.isBlank()) {
			throw new IllegalArgumentException("a training summary needs its data source");
		}
		if (seed == null) {
			throw new IllegalArgumentException("the seed is OptionalLong.empty() for a deterministic fit, not null");
		}
		details = JsonFields.canonical(details, "training details");
	}

	/** @return the JSON object the card holds; the seed only when there is one */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("sampleCount", sampleCount);
		json.put("dataSource", dataSource);
		seed.ifPresent(value -> json.put("seed", value));
		json.put("details", details);
		return json;
	}

	/**
	 * @param fields an object as {@link #toJson()} writes it
	 * @return the summary it describes
	 * @throws ModelFormatException naming the field that is missing, unknown, of the wrong type or refused
	 */
	static TrainingSummary fromJson(JsonFields fields) {
		fields.allowOnly(FIELDS);
		int sampleCount = fields.integer("sampleCount");
		String dataSource = fields.string("dataSource");
		OptionalLong seed = fields.optionalLong("seed");
		Map<String, Object> details = fields.plainObject("details");
		return fields.validated("sampleCount", () -> new TrainingSummary(sampleCount, dataSource, seed, details));
	}
}
