package org.edgewise.learn.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

import org.edgewise.learn.Predictor;

/**
 * The model kinds an application can load, each with the function that rebuilds a model of that kind from
 * its parameters, so a model file of any known kind can be loaded from its card alone. Each model class
 * registers its {@code KIND} with its {@code fromParameters}, e.g.
 * {@code kinds.register(Isomap.KIND, Isomap::fromParameters)}; then {@code kinds.load(ModelFile.read(path))}
 * gives the model.
 * <p>
 * Safe for concurrent use.
 *
 * @param <T> what the loaders build, e.g. {@link Predictor}
 */
public final class ModelKinds<T> {

	private final Map<String, Function<ModelParameters, ? extends T>> loaders = new ConcurrentSkipListMap<>();

	/** Creates a set of no kinds; {@link #register} adds them. */
	public ModelKinds() {
	}

	/**
	 * @param kind   a model kind, the model class's {@code KIND}
	 * @param loader rebuilds a model from its parameters, throwing IllegalArgumentException for parameters it
	 *               refuses; the model class's {@code fromParameters}
	 * @return these kinds
	 * @throws IllegalArgumentException when the kind is blank or already registered
	 */
	public ModelKinds<T> register(String kind, Function<ModelParameters, ? extends T> loader) {
		if (kind == null || kind.isBlank()) {
			throw new IllegalArgumentException("a model kind must not be blank");
		}
		if (loaders.putIfAbsent(kind, Objects.requireNonNull(loader, "loader")) != null) {
			throw new IllegalArgumentException("model kind '" + kind + "' is already registered");
		}
		return this;
	}

	/** @return the registered kinds, sorted */
	public SortedSet<String> kinds() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(loaders.keySet()));
	}

	/**
	 * Rebuilds the model a file holds with the loader of its card's kind. A {@link Predictor} must also
	 * read and write as many values as its card says.
	 *
	 * @param file a model file's card and parameters
	 * @return the model
	 * @throws ModelFormatException naming the model and its kind when the kind is not registered (the
	 *                              message lists the known kinds), the loader refuses the parameters, or a
	 *                              predictor's input or output size differs from the card's
	 */
	public T load(ModelFile file) {
		ModelCard card = file.card();
		String model = "model '" + card.id() + "' of kind '" + card.kind() + "'";
		Function<ModelParameters, ? extends T> loader = loaders.get(card.kind());
		if (loader == null) {
			throw new ModelFormatException(model + " cannot be loaded: the known kinds are "
					+ (loaders.isEmpty() ? "none" : String.join(", ", loaders.keySet())));
		}
		T loaded;
		try {
			loaded = Objects.requireNonNull(loader.apply(file.parameters()), "the loader returned null");
		} catch (IllegalArgumentException refused) {
			throw new ModelFormatException(model + ": " + refused.getMessage(), refused);
		}
		if (loaded instanceof Predictor predictor && (predictor.inputSize() != card.inputs().count()
				|| predictor.outputSize() != card.outputs().count())) {
			throw new ModelFormatException(model + " reads " + predictor.inputSize() + " and writes "
					+ predictor.outputSize() + " values, its card says " + card.inputs().count() + " and "
					+ card.outputs().count());
		}
		return loaded;
	}
}
