package org.edgewise.learn.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.edgewise.learn.model.ModelOutputs.Quantity;

/** Cards and parameter sets that the model file tests write and read back. */
final class SampleModels {

	/** A float with a NaN payload that Float.NaN does not have, to check that payloads survive. */
	static final float NAN_FLOAT_WITH_PAYLOAD = Float.intBitsToFloat(0x7fc12345);
	/** A double with a NaN payload that Double.NaN does not have. */
	static final double NAN_DOUBLE_WITH_PAYLOAD = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);

	private SampleModels() {
	}

	/** @return a classifier's card with every optional field set */
	static ModelCard classifierCard() {
		return ModelCard.builder("cu-k-coordination-mlp", "network")
				.element("Cu")
				.edge("K")
				.description("Coordination of Cu from the K-edge XANES (Carbone 2019)")
				.inputs(ModelInputs.energyGrid(new double[] { 8975.0, 8975.5, 8976.0, 8976.5 }, "eV"))
				.outputs(ModelOutputs.classes(List.of("T4", "SP5", "O6")))
				.hyperparameters(Map.of("hidden", List.of(100, 90), "activation", "relu", "learningRate", 1e-3,
						"dropout", Map.of("rate", 0.5, "layers", List.of(1))))
				.training(new TrainingSummary(1000, "FEFF Cu K-edge set", OptionalLong.of(42),
						Map.of("epochs", 200, "finalLoss", 0.0125)))
				.metrics(Map.of("accuracy", 0.93, "f1", List.of(0.9, 0.95, 0.94)))
				.preparation("{\"format\": \"edgewise-preparation\", \"name\": \"cu-k\", \"steps\": [], \"version\": 1}")
				.createdAt(Instant.parse("2026-11-23T10:15:30.123456789Z"))
				.build();
	}

	/** @return a regression's card with only the required fields */
	static ModelCard regressionCard() {
		return ModelCard.builder("si-k-sites-ridge", "ridge")
				.inputs(ModelInputs.named(List.of("bond length", "bond angle", "coordination number")))
				.outputs(ModelOutputs.quantities(List.of(new Quantity("average bond length", "angstrom"),
						new Quantity("coordination number", ""))))
				.training(new TrainingSummary(250, "Hirai 2022 descriptors", OptionalLong.empty(), Map.of()))
				.createdAt(Instant.parse("2026-11-23T00:00:00Z"))
				.build();
	}

	/** @return entries of every type, with the values a careless codec would change: NaN payloads, -0.0 */
	static ModelParameters everyKindOfEntry() {
		return new ModelParameters()
				.putFloats("weights", new float[] { 1.5f, -0.0f, NAN_FLOAT_WITH_PAYLOAD, Float.MIN_VALUE,
						Float.POSITIVE_INFINITY, -3e38f }, 2, 3)
				.putDoubles("bias", new double[] { -0.0, NAN_DOUBLE_WITH_PAYLOAD, Double.MIN_VALUE,
						Double.NEGATIVE_INFINITY })
				.putMatrix("components", new double[][] { { 1, 2 }, { 3, 4 }, { 5, 6 } })
				.putInts("layers", new int[] { 4, Integer.MAX_VALUE, Integer.MIN_VALUE, -1 })
				.putFloats("kernel", new float[24], 2, 3, 4)
				.putDoubles("nothing", new double[0])
				.putText("activation", "relu")
				.putText("empty", "")
				.putText("Grenzwert für Å", "σ = 0.5 eV \uD83D\uDE00");
	}
}
