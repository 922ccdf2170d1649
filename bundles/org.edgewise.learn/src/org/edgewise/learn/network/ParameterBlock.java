package org.edgewise.learn.network;

import java.util.Arrays;

/**
 * One named array among a layer's trainable parameters, such as a dense layer's weights or biases. The
 * network holds all parameters as a list of rows (float arrays); a block of shape [d<sub>0</sub>, ...,
 * d<sub>n-1</sub>, c] occupies d<sub>0</sub> &middot; ... &middot; d<sub>n-1</sub> consecutive rows of c values
 * each (row-major), a vector block [c] one row. A layer lists its blocks in the order in which their rows
 * follow each other in its slice of the network's parameter rows.
 *
 * @param name    the block's name within its layer, e.g. "weights"; used in model files
 * @param shape   the block's dimensions, row-major; their product is the block's length
 * @param decayed whether L2 weight decay applies to the block (weights yes, biases no)
 */
public record ParameterBlock(String name, int[] shape, boolean decayed) {

	/**
	 * @throws IllegalArgumentException when the name is blank, the shape empty or a dimension not positive
	 */
	public ParameterBlock {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a parameter block needs a name");
		}
		shape = shape.clone();
		if (shape.length == 0) {
			throw new IllegalArgumentException("parameter block '" + name + "' needs at least one dimension");
		}
		for (int dimension : shape) {
			if (dimension < 1) {
				throw new IllegalArgumentException("parameter block '" + name + "' has shape " + Arrays.toString(shape)
						+ ", dimensions must be positive");
			}
		}
	}

	/** @return a copy of the block's dimensions */
	@Override
	public int[] shape() {
		return shape.clone();
	}

	/** @return the number of values in the block, the product of its dimensions */
	public int length() {
		return Math.multiplyExact(rows(), columns());
	}

	/** @return the number of parameter rows the block occupies: the product of all dimensions but the last */
	public int rows() {
		int rows = 1;
		for (int d = 0; d < shape.length - 1; d++) {
			rows = Math.multiplyExact(rows, shape[d]);
		}
		return rows;
	}

	/** @return the length of each of the block's rows: its last dimension */
	public int columns() {
		return shape[shape.length - 1];
	}
}
