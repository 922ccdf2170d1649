package org.edgewise.analysis;

import java.util.List;
import java.util.Optional;

import org.edgewise.learn.model.ModelCard;

/**
 * The models available to analyses, each described by its {@link ModelCard}.
 * <p>
 * Registered as an OSGi service. Ids are unique: registering a card with an id that is already present
 * replaces the earlier card. Implementations are safe for concurrent use.
 */
public interface ModelRegistry {

	/** @return all registered models, sorted by id */
	List<ModelCard> models();

	/** @return the model with this id, if registered */
	Optional<ModelCard> find(String id);

	/**
	 * @return the models whose card names this absorbing element and edge (case-insensitive), sorted by id;
	 *         models for any element or edge are not included
	 */
	List<ModelCard> modelsFor(String element, String edge);

	/** Adds a model, replacing any with the same id. */
	void register(ModelCard card);

	/** @return true if a model with this id was registered and is now removed */
	boolean remove(String id);
}
