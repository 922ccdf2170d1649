package org.edgewise.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.edgewise.analysis.ModelRegistry;
import org.edgewise.learn.model.ModelCard;
import org.edgewise.learn.model.ModelInputs;
import org.edgewise.learn.model.ModelOutputs;
import org.edgewise.learn.model.ModelOutputs.Quantity;
import org.edgewise.learn.model.TrainingSummary;
import org.junit.jupiter.api.Test;

/** The model registry service: register, find by id and by edge, replace, remove. */
class ModelRegistryTest {

	@Test
	void registersFindsReplacesAndRemovesCards() throws Exception {
		ModelRegistry registry = Services.get(ModelRegistry.class);
		ModelCard classifier = card("test-cu-k-cn", "mlp-classifier", "Cu")
				.outputs(ModelOutputs.classes(List.of("T4", "SP5", "O6"))).build();
		registry.register(classifier);
		registry.register(card("test-o-k-bond", "ffnn-regressor", "O")
				.outputs(ModelOutputs.quantities(List.of(new Quantity("bond length", "angstrom")))).build());

		assertEquals(classifier, registry.find("test-cu-k-cn").orElseThrow());
		assertEquals(1, registry.modelsFor("cu", "k").stream().filter(c -> c.id().startsWith("test-")).count());

		registry.register(card("test-cu-k-cn", "cnn-classifier", "Cu")
				.outputs(ModelOutputs.classes(List.of("T4", "O6"))).build());
		assertEquals("cnn-classifier", registry.find("test-cu-k-cn").orElseThrow().kind());

		assertTrue(registry.remove("test-cu-k-cn"));
		assertFalse(registry.remove("test-cu-k-cn"));
		assertTrue(registry.find("test-cu-k-cn").isEmpty());
		registry.remove("test-o-k-bond");
	}

	/** @return a card for a K-edge model of this element, still without its outputs */
	private static ModelCard.Builder card(String id, String kind, String element) {
		return ModelCard.builder(id, kind).element(element).edge("K")
				.inputs(ModelInputs.energyGrid(new double[] { 0, 0.5, 1 }, "eV"))
				.training(new TrainingSummary(100, "registry test", OptionalLong.empty(), Map.of()));
	}
}
