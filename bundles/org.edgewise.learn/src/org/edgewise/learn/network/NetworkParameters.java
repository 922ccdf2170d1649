package org.edgewise.learn.network;

import java.util.ArrayList;
import java.util.List;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * The layout of a network in {@link ModelParameters}:
 * <ul>
 * <li>"network.input-size" (ints [1]) and "network.layers" (ints [1], the layer count);</li>
 * <li>per layer i: "layer.i.kind" (text, {@link Layer#kind()}), the layer's settings under "layer.i.", and
 * each parameter block as floats "layer.i.&lt;block name&gt;" of the block's shape;</li>
 * <li>the loss under "loss." ("loss.name", and settings such as "loss.delta").</li>
 * </ul>
 */
final class NetworkParameters {

	private NetworkParameters() {
	}

	static ModelParameters write(Network network) {
		ModelParameters target = new ModelParameters();
		List<Layer> layers = network.layers();
		target.putInts("network.input-size", new int[] { network.inputSize() });
		target.putInts("network.layers", new int[] { layers.size() });
		float[][] rows = network.parameterRows();
		for (int l = 0; l < layers.size(); l++) {
			Layer layer = layers.get(l);
			String prefix = "layer." + l + ".";
			target.putText(prefix + "kind", layer.kind());
			layer.writeSettings(target, prefix);
			int row = network.offset(l);
			for (ParameterBlock block : layer.parameterBlocks()) {
				float[] values = new float[block.length()];
				for (int r = 0; r < block.rows(); r++) {
					System.arraycopy(rows[row++], 0, values, r * block.columns(), block.columns());
				}
				target.putFloats(prefix + block.name(), values, block.shape());
			}
		}
		network.loss().writeSettings(target, "loss.");
		return target;
	}

	static Network read(ModelParameters source) {
		int inputSize = positive(source, "network.input-size");
		int layerCount = positive(source, "network.layers");
		List<Layer> layers = new ArrayList<>();
		int size = inputSize;
		for (int l = 0; l < layerCount; l++) {
			Layer layer = readLayer(source, "layer." + l + ".", size);
			layers.add(layer);
			size = layer.outputSize();
		}
		Network network = new Network(inputSize, layers, Loss.read(source, "loss."));
		float[][] rows = network.parameterRows();
		for (int l = 0; l < layerCount; l++) {
			int row = network.offset(l);
			for (ParameterBlock block : layers.get(l).parameterBlocks()) {
				String name = "layer." + l + "." + block.name();
				float[] values = source.floats(name, block.shape());
				for (int i = 0; i < values.length; i++) {
					if (!Float.isFinite(values[i])) {
						throw new ModelFormatException("parameter '" + name + "' holds " + values[i] + " at index " + i);
					}
				}
				for (int r = 0; r < block.rows(); r++) {
					System.arraycopy(values, r * block.columns(), rows[row++], 0, block.columns());
				}
			}
		}
		return network;
	}

	private static Layer readLayer(ModelParameters source, String prefix, int inputSize) {
		String kind = source.text(prefix + "kind");
		return switch (kind) {
		case Dense.KIND -> Dense.read(source, prefix, inputSize);
		case ActivationLayer.KIND -> ActivationLayer.read(source, prefix, inputSize);
		case Dropout.KIND -> Dropout.read(source, prefix, inputSize);
		case Conv1d.KIND -> Conv1d.read(source, prefix, inputSize);
		case MaxPool1d.KIND -> MaxPool1d.read(source, prefix, inputSize);
		default -> throw new ModelFormatException("unknown layer kind '" + kind + "' in '" + prefix + "kind'");
		};
	}

	private static int positive(ModelParameters source, String name) {
		int value = source.ints(name, 1)[0];
		if (value < 1) {
			throw new ModelFormatException("parameter '" + name + "' is " + value + ", expected at least 1");
		}
		return value;
	}
}
