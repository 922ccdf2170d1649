package org.edgewise.spectrum.preparation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed values out of a step's parameter map (as {@link RecipeJson} reads it from a file, so
 * integers may arrive as Integer or Long and reals as any Number) with errors that name the step kind and
 * the parameter.
 */
final class StepParameters {

	private final String kind;
	private final Map<String, Object> parameters;

	/**
	 * @param kind       the step kind, for messages
	 * @param parameters the map to read
	 * @param known      every parameter name the step understands
	 * @throws IllegalArgumentException naming an unknown parameter (a typo would otherwise be ignored)
	 */
	StepParameters(String kind, Map<String, Object> parameters, Set<String> known) {
		this.kind = kind;
		this.parameters = parameters;
		for (String key : parameters.keySet()) {
			if (!known.contains(key)) {
				throw new IllegalArgumentException("step '" + kind + "' has no parameter '" + key + "' (known: "
						+ String.join(", ", new TreeSet<>(known)) + ")");
			}
		}
	}

	/** @return whether the parameter is given (null counts as given: it means "automatic") */
	boolean has(String key) {
		return parameters.containsKey(key);
	}

	/** @return the number, or NaN for null ("automatic") */
	double numberOrNaN(String key) {
		Object value = parameters.get(key);
		if (value == null) {
			return Double.NaN;
		}
		if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
			return number.doubleValue();
		}
		throw wrongType(key, "a finite number or null", value);
	}

	/** @return the integer, or {@code automatic} for null */
	int integerOr(String key, int automatic) {
		Object value = parameters.get(key);
		if (value == null) {
			return automatic;
		}
		if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() == ((Number) value)
				.intValue()) {
			return ((Number) value).intValue();
		}
		throw wrongType(key, "an integer", value);
	}

	/** @return the string */
	String text(String key) {
		if (parameters.get(key) instanceof String text) {
			return text;
		}
		throw wrongType(key, "a string", parameters.get(key));
	}

	/** @return the boolean */
	boolean flag(String key) {
		if (parameters.get(key) instanceof Boolean flag) {
			return flag;
		}
		throw wrongType(key, "true or false", parameters.get(key));
	}

	/** @return the list of finite numbers as an array */
	double[] numbers(String key) {
		if (!(parameters.get(key) instanceof List<?> list)) {
			throw wrongType(key, "a list of numbers", parameters.get(key));
		}
		double[] values = new double[list.size()];
		for (int j = 0; j < values.length; j++) {
			if (!(list.get(j) instanceof Number number) || !Double.isFinite(number.doubleValue())) {
				throw wrongType(key + "' item '" + j, "a finite number", list.get(j));
			}
			values[j] = number.doubleValue();
		}
		return values;
	}

	private IllegalArgumentException wrongType(String key, String expected, Object value) {
		return new IllegalArgumentException("step '" + kind + "': parameter '" + key + "' must be " + expected
				+ ", got " + (value instanceof String ? "\"" + value + "\"" : String.valueOf(value)));
	}
}
