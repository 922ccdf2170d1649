package org.edgewise.learn.internal;

import java.util.Arrays;

import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * Reads model parameter entries that must hold finite numbers, so that a damaged or foreign parameter set
 * is refused when a model is rebuilt rather than producing NaN later.
 */
public final class FiniteEntries {

	private FiniteEntries() {
	}

	/**
	 * @param parameters the parameter set
	 * @param name       a doubles entry
	 * @param shape      the shape it must have
	 * @return its values, a copy
	 * @throws ModelFormatException if the entry is missing, not doubles, of another shape, or holds a value that
	 *                              is not finite
	 */
	public static double[] doubles(ModelParameters parameters, String name, int... shape) {
		double[] values = parameters.doubles(name, shape);
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				throw new ModelFormatException("parameter '" + name + "' value " + i + " is not finite: " + values[i]);
			}
		}
		return values;
	}

	/**
	 * @param parameters the parameter set
	 * @param name       an entry that must be a matrix of doubles
	 * @return its shape [rows, columns], both at least 1
	 * @throws ModelFormatException if the entry is missing or not a non-empty matrix
	 */
	public static int[] matrixShape(ModelParameters parameters, String name) {
		int[] shape = parameters.shape(name);
		if (shape.length != 2 || shape[0] < 1 || shape[1] < 1) {
			throw new ModelFormatException(
					"parameter '" + name + "' has shape " + Arrays.toString(shape) + ", expected a matrix [rows, columns]");
		}
		return shape;
	}

	/**
	 * @param parameters the parameter set
	 * @param name       an ints entry holding one count
	 * @param smallest   the least value allowed
	 * @param largest    the greatest value allowed
	 * @return the count
	 * @throws ModelFormatException if the entry is missing, not one int, or out of range
	 */
	public static int count(ModelParameters parameters, String name, int smallest, int largest) {
		int value = parameters.ints(name, 1)[0];
		if (value < smallest || value > largest) {
			throw new ModelFormatException(
					"parameter '" + name + "' is " + value + ", expected " + smallest + " to " + largest);
		}
		return value;
	}
}
