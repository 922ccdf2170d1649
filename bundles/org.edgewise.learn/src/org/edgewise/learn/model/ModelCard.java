package org.edgewise.learn.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.edgewise.spectrum.json.Json;

/**
 * What a model is, what it reads and predicts, and what it was trained on: enough for a user to decide
 * whether to trust it on their data, and for the registry to list, find and load it. Every model file
 * starts with its card, as JSON ({@link #toJson()}).
 * <p>
 * Immutable; built with {@link #builder(String, String)}. Hyperparameters, metrics, training details and
 * the preparation recipe are plain JSON values, copied into the form {@link Json#parse} gives them, so a
 * card equals the card read back from its JSON.
 */
public final class ModelCard {

	/** Ids name files in the registry's folder, so they keep to characters every file system takes. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final String id;
	private final String kind;
	private final Optional<String> element;
	private final Optional<String> edge;
	private final String description;
	private final ModelInputs inputs;
	private final ModelOutputs outputs;
	private final Map<String, Object> hyperparameters;
	private final TrainingSummary training;
	private final Map<String, Object> metrics;
	private final Optional<Map<String, Object>> preparation;
	private final Instant createdAt;

	private ModelCard(Builder builder, Instant createdAt) {
		id = builder.id;
		kind = builder.kind;
		element = builder.element;
		edge = builder.edge;
		description = builder.description;
		inputs = builder.inputs;
		outputs = builder.outputs;
		hyperparameters = builder.hyperparameters;
		training = builder.training;
		metrics = builder.metrics;
		preparation = builder.preparation;
		this.createdAt = createdAt;
	}

	/**
	 * @param id   unique identifier: 1 to 100 letters, digits, '.', '_' or '-', not starting with '.', '_'
	 *             or '-', e.g. "cu-k-coordination-mlp"
	 * @param kind the model family that loads the parameters, the model class's {@code KIND}, e.g. "ridge"
	 * @return a builder for a card with this id and kind
	 * @throws IllegalArgumentException when the id or kind is not of that form
	 */
	public static Builder builder(String id, String kind) {
		return new Builder(id, kind);
	}

	/**
	 * @param text   a card as {@link #toJson()} writes it
	 * @param source what the text is, named in every error, e.g. the model file's name
	 * @return the card
	 * @throws ModelFormatException naming the source and the field when the text is not JSON, has unknown or
	 *                              missing fields, values of the wrong type, or another format or version
	 */
	public static ModelCard fromJson(String text, String source) {
		return ModelCardJson.read(text, source);
	}

	/** @return the card as JSON text, keys sorted, so one card always gives the same text */
	public String toJson() {
		return ModelCardJson.write(this);
	}

	/** @return the unique identifier */
	public String id() {
		return id;
	}

	/** @return the model family, which names the loader of the parameters */
	public String kind() {
		return kind;
	}

	/** @return the absorbing element the model applies to, e.g. "Cu"; empty for a model of any element */
	public Optional<String> element() {
		return element;
	}

	/** @return the absorption edge the model applies to, e.g. "K"; empty for a model of any edge */
	public Optional<String> edge() {
		return edge;
	}

	/** @return a sentence for people, possibly empty */
	public String description() {
		return description;
	}

	/** @return what the model reads */
	public ModelInputs inputs() {
		return inputs;
	}

	/** @return what the model predicts */
	public ModelOutputs outputs() {
		return outputs;
	}

	/** @return the settings the model was trained with, as plain JSON values, unmodifiable */
	public Map<String, Object> hyperparameters() {
		return hyperparameters;
	}

	/** @return what the model was trained on */
	public TrainingSummary training() {
		return training;
	}

	/** @return how well the model did on held-out data, as plain JSON values, e.g. {"rmse": 0.02}; unmodifiable */
	public Map<String, Object> metrics() {
		return metrics;
	}

	/** @return the recipe that prepares a spectrum for the model, as JSON text; empty when there is none */
	public Optional<String> preparationJson() {
		return preparation.map(recipe -> Json.write(recipe, "preparation"));
	}

	/** @return when the model was created */
	public Instant createdAt() {
		return createdAt;
	}

	/** @return the recipe as the JSON object the card embeds */
	Optional<Map<String, Object>> preparation() {
		return preparation;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelCard that && id.equals(that.id) && kind.equals(that.kind)
				&& element.equals(that.element) && edge.equals(that.edge) && description.equals(that.description)
				&& inputs.equals(that.inputs) && outputs.equals(that.outputs)
				&& hyperparameters.equals(that.hyperparameters) && training.equals(that.training)
				&& metrics.equals(that.metrics) && preparation.equals(that.preparation)
				&& createdAt.equals(that.createdAt);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, kind, element, edge, description, inputs, outputs, hyperparameters, training, metrics,
				preparation, createdAt);
	}

	@Override
	public String toString() {
		return "ModelCard[" + id + ", " + kind + element.map(e -> ", " + e).orElse("")
				+ edge.map(e -> " " + e).orElse("") + "]";
	}

	/**
	 * Collects a card's fields. Inputs, outputs and the training summary are required; the description
	 * defaults to empty, hyperparameters and metrics to none, the creation time to the time of
	 * {@link #build()}.
	 */
	public static final class Builder {

		private final String id;
		private final String kind;
		private Optional<String> element = Optional.empty();
		private Optional<String> edge = Optional.empty();
		private String description = "";
		private ModelInputs inputs;
		private ModelOutputs outputs;
		private Map<String, Object> hyperparameters = Map.of();
		private TrainingSummary training;
		private Map<String, Object> metrics = Map.of();
		private Optional<Map<String, Object>> preparation = Optional.empty();
		private Instant createdAt;

		private Builder(String id, String kind) {
			if (id == null || !ID.matcher(id).matches()) {
				throw new IllegalArgumentException("model id '" + id + "' must be 1 to 100 letters, digits, '.', '_' "
						+ "or '-', starting with a letter or digit");
			}
			this.id = id;
			this.kind = requireText(kind, "kind");
		}

		/**
		 * @param element the absorbing element, e.g. "Cu"; not blank
		 * @return this builder
		 */
		public Builder element(String element) {
			this.element = Optional.of(requireText(element, "element"));
			return this;
		}

		/**
		 * @param edge the absorption edge, e.g. "K" or "L3"; not blank
		 * @return this builder
		 */
		public Builder edge(String edge) {
			this.edge = Optional.of(requireText(edge, "edge"));
			return this;
		}

		/**
		 * @param description a sentence for people
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = Objects.requireNonNull(description, "description");
			return this;
		}

		/**
		 * @param inputs what the model reads
		 * @return this builder
		 */
		public Builder inputs(ModelInputs inputs) {
			this.inputs = Objects.requireNonNull(inputs, "inputs");
			return this;
		}

		/**
		 * @param outputs what the model predicts
		 * @return this builder
		 */
		public Builder outputs(ModelOutputs outputs) {
			this.outputs = Objects.requireNonNull(outputs, "outputs");
			return this;
		}

		/**
		 * @param hyperparameters plain JSON values (null, Boolean, String, numbers, List, Map with String keys),
		 *                        copied; numbers become Integer, Long or Double as JSON reads them back
		 * @return this builder
		 * @throws IllegalArgumentException naming the value JSON cannot hold (NaN, infinity, another type)
		 */
		public Builder hyperparameters(Map<String, ?> hyperparameters) {
			this.hyperparameters = JsonFields.canonical(hyperparameters, "hyperparameters");
			return this;
		}

		/**
		 * @param training what the model was trained on
		 * @return this builder
		 */
		public Builder training(TrainingSummary training) {
			this.training = Objects.requireNonNull(training, "training");
			return this;
		}

		/**
		 * @param metrics plain JSON values as for {@link #hyperparameters(Map)}, e.g. {"accuracy": 0.93}
		 * @return this builder
		 * @throws IllegalArgumentException naming the value JSON cannot hold
		 */
		public Builder metrics(Map<String, ?> metrics) {
			this.metrics = JsonFields.canonical(metrics, "metrics");
			return this;
		}

		/**
		 * @param recipeJson the preparation recipe as a JSON object (the analysis layer's RecipeJson text);
		 *                   kept as JSON values, so {@link ModelCard#preparationJson()} gives it back as
		 *                   {@link Json#write} prints it
		 * @return this builder
		 * @throws IllegalArgumentException when the text is not a JSON object
		 */
		public Builder preparation(String recipeJson) {
			if (!(Json.parse(recipeJson, "preparation") instanceof Map<?, ?> recipe)) {
				throw new IllegalArgumentException("the preparation recipe must be a JSON object");
			}
			@SuppressWarnings("unchecked") // Json.parse builds objects as Map<String, Object> only
			Map<String, Object> object = (Map<String, Object>) recipe;
			this.preparation = Optional.of(object);
			return this;
		}

		/**
		 * @param createdAt when the model was created
		 * @return this builder
		 */
		public Builder createdAt(Instant createdAt) {
			this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
			return this;
		}

		/**
		 * @return the card
		 * @throws IllegalStateException when the inputs, outputs or training summary are missing
		 */
		public ModelCard build() {
			if (inputs == null || outputs == null || training == null) {
				throw new IllegalStateException("model card '" + id
						+ "' needs its inputs, outputs and training summary");
			}
			return new ModelCard(this, createdAt != null ? createdAt : Instant.now());
		}

		private static String requireText(String value, String what) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("a model card's " + what + " must not be blank");
			}
			return value;
		}
	}
}
