package org.edgewise.analysis.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.edgewise.analysis.ModelRegistry;
import org.edgewise.learn.model.ModelCard;
import org.osgi.service.component.annotations.Component;

/**
 * The model registry of this session: models registered by bundles and users while the framework runs.
 * Model files and their persistence in the workspace arrive with the learning engine's model format.
 */
@Component(service = ModelRegistry.class)
public final class ModelRegistryComponent implements ModelRegistry {

	private final ConcurrentMap<String, ModelCard> cards = new ConcurrentHashMap<>();

	@Override
	public List<ModelCard> models() {
		return cards.values().stream().sorted(Comparator.comparing(ModelCard::id)).toList();
	}

	@Override
	public Optional<ModelCard> find(String id) {
		return Optional.ofNullable(cards.get(id));
	}

	@Override
	public List<ModelCard> modelsFor(String element, String edge) {
		return models().stream()
				.filter(c -> c.element().filter(element::equalsIgnoreCase).isPresent()
						&& c.edge().filter(edge::equalsIgnoreCase).isPresent())
				.toList();
	}

	@Override
	public void register(ModelCard card) {
		cards.put(card.id(), card);
	}

	@Override
	public boolean remove(String id) {
		return cards.remove(id) != null;
	}
}
