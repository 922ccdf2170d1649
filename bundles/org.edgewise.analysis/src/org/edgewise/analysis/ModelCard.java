package org.edgewise.analysis;

import java.util.Map;

/**
 * What a registered model is and what it was trained on: enough for a user to decide whether to trust it
 * on their data, and for the registry to list and find it.
 *
 * @param id          unique identifier, e.g. "cu-k-coordination-mlp"
 * @param kind        the model family, e.g. "mlp-classifier", "ridge"
 * @param element     absorbing element the model applies to, e.g. "Cu"
 * @param edge        absorption edge, e.g. "K"
 * @param description one sentence for people
 * @param properties  further facts (outputs and units, training summary, metrics), as text
 */
public record ModelCard(String id, String kind, String element, String edge, String description,
		Map<String, String> properties) {

	public ModelCard {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a model card needs an id");
		}
		properties = Map.copyOf(properties);
	}
}
