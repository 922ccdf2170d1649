package org.edgewise.learn.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import org.edgewise.spectrum.json.Json;

/**
 * The members of one JSON object of a model card, read strictly: every getter checks the member's type
 * and every error is a {@link ModelFormatException} naming the source, the field's path and the problem,
 * since a card may come from a stranger's file.
 */
final class JsonFields {

	private final Map<?, ?> members;
	private final String source;
	private final String path;

	private JsonFields(Map<?, ?> members, String source, String path) {
		this.members = members;
		this.source = source;
		this.path = path;
	}

	/**
	 * @param value  a value as {@link Json#parse} returns it
	 * @param source what the text is, e.g. the model file's name
	 * @param path   where the value sits, e.g. "card.inputs"
	 * @return the object's fields
	 * @throws ModelFormatException when the value is not a JSON object
	 */
	static JsonFields of(Object value, String source, String path) {
		if (value instanceof Map<?, ?> map) {
			return new JsonFields(map, source, path);
		}
		throw new ModelFormatException(source + ": " + path + ": expected a JSON object, got " + describe(value));
	}

	/**
	 * @param known the fields an object of this kind may have
	 * @return these fields
	 * @throws ModelFormatException naming the first field that is not known
	 */
	JsonFields allowOnly(Set<String> known) {
		for (Object field : members.keySet()) {
			if (!known.contains(field)) {
				String names = String.join(", ", known.stream().sorted().toList());
				throw error((String) field, "unknown field (known: " + names + ")");
			}
		}
		return this;
	}

	/** @return whether the object has the field */
	boolean has(String field) {
		return members.containsKey(field);
	}

	/** @return the field's text, not blank */
	String string(String field) {
		if (required(field) instanceof String text && !text.isBlank()) {
			return text;
		}
		throw error(field, "expected a non-empty string, got " + describe(members.get(field)));
	}

	/** @return the field's text, possibly empty */
	String text(String field) {
		if (required(field) instanceof String text) {
			return text;
		}
		throw error(field, "expected a string, got " + describe(members.get(field)));
	}

	/** @return the field's text, or empty when the field is absent */
	Optional<String> optionalString(String field) {
		return has(field) ? Optional.of(string(field)) : Optional.empty();
	}

	/** @return the field's value, an integer within int range */
	int integer(String field) {
		if (required(field) instanceof Integer number) {
			return number;
		}
		throw error(field, "expected an integer, got " + describe(members.get(field)));
	}

	/** @return the field's value, an integer within long range, or empty when the field is absent */
	OptionalLong optionalLong(String field) {
		if (!has(field)) {
			return OptionalLong.empty();
		}
		if (members.get(field) instanceof Integer || members.get(field) instanceof Long) {
			return OptionalLong.of(((Number) members.get(field)).longValue());
		}
		throw error(field, "expected an integer, got " + describe(members.get(field)));
	}

	/** @return the field's elements */
	List<?> array(String field) {
		if (required(field) instanceof List<?> list) {
			return list;
		}
		throw error(field, "expected an array, got " + describe(members.get(field)));
	}

	/** @return the field's elements, each a non-blank string */
	List<String> strings(String field) {
		List<?> elements = array(field);
		for (int i = 0; i < elements.size(); i++) {
			if (!(elements.get(i) instanceof String text) || text.isBlank()) {
				throw error(field + "[" + i + "]", "expected a non-empty string, got " + describe(elements.get(i)));
			}
		}
		return elements.stream().map(String.class::cast).toList();
	}

	/** @return the field's elements, each a number */
	double[] numbers(String field) {
		List<?> elements = array(field);
		double[] numbers = new double[elements.size()];
		for (int i = 0; i < numbers.length; i++) {
			if (!(elements.get(i) instanceof Number number)) {
				throw error(field + "[" + i + "]", "expected a number, got " + describe(elements.get(i)));
			}
			numbers[i] = number.doubleValue();
		}
		return numbers;
	}

	/** @return the fields of the object at {@code index} of the field's array */
	JsonFields element(String field, int index) {
		return of(array(field).get(index), source, path + "." + field + "[" + index + "]");
	}

	/**
	 * @param field        the field whose values the construction uses
	 * @param construction builds a value, throwing IllegalArgumentException for values it refuses
	 * @return the value built
	 * @throws ModelFormatException naming the field and carrying the refusal's message
	 */
	<T> T validated(String field, Supplier<T> construction) {
		try {
			return construction.get();
		} catch (IllegalArgumentException rejected) {
			throw new ModelFormatException(where(field) + rejected.getMessage(), rejected);
		}
	}

	/** @return the fields of the object the field holds */
	JsonFields object(String field) {
		return of(required(field), source, path + "." + field);
	}

	/** @return the field's object as plain JSON values, unmodifiable */
	@SuppressWarnings("unchecked") // Json.parse builds objects as Map<String, Object> only
	Map<String, Object> plainObject(String field) {
		return (Map<String, Object>) object(field).members;
	}

	/**
	 * @param field  a field of this object, or a path below it such as "quantities[2]"
	 * @param reason what is wrong with it
	 * @return an error naming the source, the field's path and the problem
	 */
	ModelFormatException error(String field, String reason) {
		return new ModelFormatException(where(field) + reason);
	}

	/** @return the source and the field's path, as every message starts */
	private String where(String field) {
		return source + ": " + path + "." + field + ": ";
	}

	private Object required(String field) {
		if (!members.containsKey(field)) {
			throw error(field, "missing");
		}
		return members.get(field);
	}

	/**
	 * Copies values into the form {@link Json#parse} gives them, so a card equals the card read back from
	 * its file: numbers become Integer, Long or Double, maps and lists become unmodifiable, keys sorted.
	 *
	 * @param values plain JSON values: null, Boolean, String, numbers, List and Map with String keys
	 * @param path   what the values are, for messages
	 * @return the canonical, unmodifiable copy
	 * @throws IllegalArgumentException naming the path of a value JSON cannot hold (NaN, another type)
	 */
	@SuppressWarnings("unchecked") // Json.parse builds objects as Map<String, Object> only
	static Map<String, Object> canonical(Map<String, ?> values, String path) {
		return (Map<String, Object>) Json.parse(Json.write(values, path), path);
	}

	/** @return a JSON value shortly, for messages */
	private static String describe(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
		}
		if (value instanceof Map) {
			return "an object";
		}
		if (value instanceof List) {
			return "an array";
		}
		return value.toString();
	}
}
