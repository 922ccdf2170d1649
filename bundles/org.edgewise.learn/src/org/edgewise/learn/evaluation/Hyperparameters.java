package org.edgewise.learn.evaluation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One setting of a model's hyperparameters: named plain values, such as a regularisation strength, a
 * layer count or an activation's name. Values are Integer, Long, Double, String, Boolean, or a list of
 * those (e.g. hidden layer widths), so a setting can go into a model card or a JSON report as it is.
 * Names are kept in sorted order. Immutable.
 */
public final class Hyperparameters {

	private final Map<String, Object> values;

	private Hyperparameters(Map<String, Object> values) {
		this.values = values;
	}

	/**
	 * @param values the hyperparameters by name; lists are copied
	 * @return the setting
	 * @throws IllegalArgumentException naming the hyperparameter whose name is blank, or whose value is
	 *                                  null, of another type, a nested list or a double that is not finite
	 */
	public static Hyperparameters of(Map<String, ?> values) {
		Map<String, Object> sorted = new TreeMap<>();
		values.forEach((name, value) -> {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("a hyperparameter needs a name");
			}
			if (value instanceof List<?> list) {
				list.forEach(element -> checkPlain(name, element));
				sorted.put(name, List.copyOf(list));
			} else {
				checkPlain(name, value);
				sorted.put(name, value);
			}
		});
		return new Hyperparameters(Collections.unmodifiableMap(sorted));
	}

	/** @return the names, sorted */
	public Set<String> names() {
		return values.keySet();
	}

	/** @return the values by name, sorted by name and unmodifiable: ready for a model card's hyperparameters */
	public Map<String, Object> asMap() {
		return values;
	}

	/**
	 * @param name a hyperparameter's name
	 * @return its value as given
	 * @throws IllegalArgumentException when there is no such hyperparameter (the message lists those there are)
	 */
	public Object value(String name) {
		Object value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("there is no hyperparameter '" + name + "' (there are " + values.keySet() + ")");
		}
		return value;
	}

	/**
	 * @param name a hyperparameter's name
	 * @return its value, an Integer (or a Long within int range)
	 * @throws IllegalArgumentException when it is missing or not such a whole number
	 */
	public int integer(String name) {
		return toInt(name, value(name));
	}

	/**
	 * @param name a hyperparameter's name
	 * @return its value, any number, as a double
	 * @throws IllegalArgumentException when it is missing or not a number
	 */
	public double number(String name) {
		if (value(name) instanceof Number number) {
			return number.doubleValue();
		}
		throw wrongType(name, "a number");
	}

	/**
	 * @param name a hyperparameter's name
	 * @return its value, a String
	 * @throws IllegalArgumentException when it is missing or not a String
	 */
	public String text(String name) {
		if (value(name) instanceof String text) {
			return text;
		}
		throw wrongType(name, "a string");
	}

	/**
	 * @param name a hyperparameter's name
	 * @return its value, a Boolean
	 * @throws IllegalArgumentException when it is missing or not a Boolean
	 */
	public boolean flag(String name) {
		if (value(name) instanceof Boolean flag) {
			return flag;
		}
		throw wrongType(name, "true or false");
	}

	/**
	 * @param name a hyperparameter's name
	 * @return its value, a list of whole numbers, e.g. hidden layer widths
	 * @throws IllegalArgumentException when it is missing or not a list of int-range whole numbers
	 */
	public int[] integers(String name) {
		if (value(name) instanceof List<?> list) {
			return list.stream().mapToInt(element -> toInt(name, element)).toArray();
		}
		throw wrongType(name, "a list of whole numbers");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Hyperparameters hyperparameters && values.equals(hyperparameters.values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	/** @return the setting as {@code {name=value, ...}}, sorted by name */
	@Override
	public String toString() {
		return values.toString();
	}

	private static void checkPlain(String name, Object value) {
		boolean plain = value instanceof Integer || value instanceof Long || value instanceof String
				|| value instanceof Boolean || value instanceof Double number && Double.isFinite(number);
		if (!plain) {
			throw new IllegalArgumentException("hyperparameter '" + name + "' has the value " + value
					+ ", expected an Integer, Long, finite Double, String, Boolean or a list of those");
		}
	}

	private int toInt(String name, Object value) {
		if ((value instanceof Integer || value instanceof Long) && ((Number) value).intValue() == ((Number) value).longValue()) {
			return ((Number) value).intValue();
		}
		throw wrongType(name, "a whole number in int range");
	}

	private IllegalArgumentException wrongType(String name, String expected) {
		return new IllegalArgumentException("hyperparameter '" + name + "' is " + values.get(name) + ", expected " + expected);
	}
}
