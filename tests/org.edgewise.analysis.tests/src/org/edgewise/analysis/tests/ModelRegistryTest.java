package org.edgewise.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.edgewise.analysis.ModelCard;
import org.edgewise.analysis.ModelRegistry;
import org.junit.jupiter.api.Test;

/** The model registry service: register, find by id and by edge, replace, remove. */
class ModelRegistryTest {

	@Test
	void registersFindsReplacesAndRemovesCards() throws Exception {
		ModelRegistry registry = Services.get(ModelRegistry.class);
		ModelCard classifier = new ModelCard("test-cu-k-cn", "mlp-classifier", "Cu", "K", "coordination of Cu",
				Map.of("outputs", "T4, SP5, O6"));
		registry.register(classifier);
		registry.register(new ModelCard("test-o-k-bond", "ffnn-regressor", "O", "K", "bond length", Map.of()));

		assertEquals(classifier, registry.find("test-cu-k-cn").orElseThrow());
		assertEquals(1, registry.modelsFor("cu", "k").stream().filter(c -> c.id().startsWith("test-")).count());

		registry.register(new ModelCard("test-cu-k-cn", "cnn-classifier", "Cu", "K", "replaced", Map.of()));
		assertEquals("cnn-classifier", registry.find("test-cu-k-cn").orElseThrow().kind());

		assertTrue(registry.remove("test-cu-k-cn"));
		assertFalse(registry.remove("test-cu-k-cn"));
		assertTrue(registry.find("test-cu-k-cn").isEmpty());
		registry.remove("test-o-k-bond");
	}
}
