package org.edgewise.spectrum.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A strict JSON (RFC 8259) reader and writer for recipes, model cards and reports, which may come from strangers: the reader
 * builds plain values and never evaluates or instantiates anything named in the text.
 * <p>
 * Values are {@code null}, {@link Boolean}, {@link String}, {@link Integer} (an integer literal within int
 * range), {@link Long} (a larger integer literal), {@link Double} (any other number), unmodifiable
 * {@link List} and unmodifiable {@link Map} with String keys in document order. The reader rejects
 * duplicate keys, trailing text, numbers out of double range, raw control characters in strings and
 * nesting deeper than {@value #MAX_DEPTH}. The writer prints doubles with {@link Double#toString(double)},
 * which reads back to the identical double, and object keys in sorted order, so equal values give
 * identical text.
 */
public final class Json {

	/** The deepest nesting of arrays and objects accepted, far beyond any recipe. */
	public static final int MAX_DEPTH = 64;

	private static final String INDENT = "  ";

	private final String text;
	private final String source;
	private int at;

	private Json(String text, String source) {
		this.text = text;
		this.source = source;
	}

	/**
	 * @param text   the JSON document
	 * @param source what the text is, for messages (a file name, "field 'preparation' of model.json")
	 * @return the value the document holds
	 * @throws JsonFormatException naming the source, line and column when the text is not JSON
	 */
	public static Object parse(String text, String source) {
		Json parser = new Json(text, source);
		parser.skipWhitespace();
		Object value = parser.value(0);
		parser.skipWhitespace();
		if (parser.at < text.length()) {
			throw parser.error("unexpected text after the end of the JSON value");
		}
		return value;
	}

	/**
	 * @param value a value of the kinds listed in the class comment (any {@link Number} of the JDK's integer
	 *              or floating types is accepted)
	 * @param path  where the value sits, for messages, e.g. "recipe"
	 * @return the value as indented JSON text; arrays of plain values on one line
	 * @throws IllegalArgumentException naming the path of a value JSON cannot hold (NaN, infinity, another
	 *                                  type, a key that is not a String)
	 */
	public static String write(Object value, String path) {
		StringBuilder out = new StringBuilder();
		write(value, path, "", out);
		return out.toString();
	}

	private Object value(int depth) {
		if (at >= text.length()) {
			throw error("unexpected end of the text, expected a value");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object(depth + 1);
		case '[' -> array(depth + 1);
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> {
			if (c == '-' || (c >= '0' && c <= '9')) {
				yield number();
			}
			throw error("unexpected character " + describe(c) + ", expected a value");
		}
		};
	}

	private Map<String, Object> object(int depth) {
		checkDepth(depth);
		at++;
		Map<String, Object> members = new LinkedHashMap<>();
		skipWhitespace();
		if (consume('}')) {
			return Collections.unmodifiableMap(members);
		}
		do {
			skipWhitespace();
			if (at >= text.length() || text.charAt(at) != '"') {
				throw error("expected a key in double quotes");
			}
			int keyStart = at;
			String key = string();
			skipWhitespace();
			expect(':', "after key \"" + key + "\"");
			skipWhitespace();
			Object value = value(depth);
			if (members.containsKey(key)) {
				at = keyStart;
				throw error("duplicate key \"" + key + "\"");
			}
			members.put(key, value);
			skipWhitespace();
		} while (consume(','));
		expect('}', "or ',' in an object");
		return Collections.unmodifiableMap(members);
	}

	private List<Object> array(int depth) {
		checkDepth(depth);
		at++;
		List<Object> elements = new ArrayList<>();
		skipWhitespace();
		if (consume(']')) {
			return Collections.unmodifiableList(elements);
		}
		do {
			skipWhitespace();
			elements.add(value(depth));
			skipWhitespace();
		} while (consume(','));
		expect(']', "or ',' in an array");
		return Collections.unmodifiableList(elements);
	}

	private String string() {
		at++;
		StringBuilder value = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(at);
			if (c == '"') {
				at++;
				return value.toString();
			}
			if (c < 0x20) {
				throw error("control character " + describe(c) + " inside a string (write it as an escape)");
			}
			if (c != '\\') {
				value.append(c);
				at++;
				continue;
			}
			if (at + 1 >= text.length()) {
				throw error("unterminated escape sequence");
			}
			char escaped = text.charAt(at + 1);
			switch (escaped) {
			case '"', '\\', '/' -> value.append(escaped);
			case 'b' -> value.append('\b');
			case 'f' -> value.append('\f');
			case 'n' -> value.append('\n');
			case 'r' -> value.append('\r');
			case 't' -> value.append('\t');
			case 'u' -> value.append(unicodeEscape());
			default -> throw error("invalid escape sequence \\" + escaped);
			}
			at += escaped == 'u' ? 6 : 2;
		}
	}

	private char unicodeEscape() {
		if (at + 6 > text.length()) {
			throw error("unterminated \\u escape");
		}
		int code = 0;
		for (int i = at + 2; i < at + 6; i++) {
			int digit = Character.digit(text.charAt(i), 16);
			if (digit < 0) {
				throw error("\\u escape needs four hexadecimal digits");
			}
			code = code * 16 + digit;
		}
		return (char) code;
	}

	private Object number() {
		int start = at;
		boolean integral = true;
		consume('-');
		if (consume('0')) {
			if (at < text.length() && isDigit(text.charAt(at))) {
				throw error("a number must not have a leading zero");
			}
		} else {
			digits("a digit");
		}
		if (consume('.')) {
			integral = false;
			digits("a digit after the decimal point");
		}
		if (consume('e') || consume('E')) {
			integral = false;
			if (!consume('+')) {
				consume('-');
			}
			digits("a digit in the exponent");
		}
		String literal = text.substring(start, at);
		if (integral) {
			try {
				long value = Long.parseLong(literal);
				if (value == (int) value) {
					return Integer.valueOf((int) value);
				}
				return Long.valueOf(value);
			} catch (NumberFormatException beyondLong) {
				// fall through: an integer too long for a long is still a valid JSON number
			}
		}
		double value = Double.parseDouble(literal);
		if (Double.isInfinite(value)) {
			at = start;
			throw error("number " + literal + " is out of the range of a double");
		}
		return value;
	}

	private void digits(String expected) {
		if (at >= text.length() || !isDigit(text.charAt(at))) {
			throw error("expected " + expected);
		}
		while (at < text.length() && isDigit(text.charAt(at))) {
			at++;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("unexpected character " + describe(text.charAt(at)) + ", expected a value");
		}
		at += word.length();
		return value;
	}

	private void checkDepth(int depth) {
		if (depth > MAX_DEPTH) {
			throw error("arrays and objects are nested deeper than " + MAX_DEPTH + " levels");
		}
	}

	private void skipWhitespace() {
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			at++;
		}
	}

	private boolean consume(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c, String context) {
		if (!consume(c)) {
			throw error(at >= text.length() ? "unexpected end of the text, expected '" + c + "' " + context
					: "expected '" + c + "' " + context + ", found " + describe(text.charAt(at)));
		}
	}

	private static String describe(char c) {
		return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
	}

	/** @return an error naming the source, the line and column of the current position, and the problem */
	private JsonFormatException error(String problem) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < Math.min(at, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new JsonFormatException(source + ": line " + line + ", column " + (at - lineStart + 1) + ": "
				+ problem);
	}

	private static void write(Object value, String path, String indent, StringBuilder out) {
		if (value instanceof Map<?, ?> map) {
			writeObject(map, path, indent, out);
		} else if (value instanceof List<?> list) {
			writeArray(list, path, indent, out);
		} else {
			writeScalar(value, path, out);
		}
	}

	private static void writeObject(Map<?, ?> map, String path, String indent, StringBuilder out) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		TreeMap<String, Object> sorted = new TreeMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!(entry.getKey() instanceof String key)) {
				throw new IllegalArgumentException(path + ": object key " + entry.getKey() + " is not a string");
			}
			sorted.put(key, entry.getValue());
		}
		String inner = indent + INDENT;
		out.append("{\n");
		String separator = "";
		for (Map.Entry<String, Object> entry : sorted.entrySet()) {
			out.append(separator).append(inner);
			writeString(entry.getKey(), out);
			out.append(": ");
			write(entry.getValue(), path + "." + entry.getKey(), inner, out);
			separator = ",\n";
		}
		out.append('\n').append(indent).append('}');
	}

	private static void writeArray(List<?> list, String path, String indent, StringBuilder out) {
		boolean flat = list.stream().noneMatch(element -> element instanceof Map || element instanceof List);
		String inner = indent + INDENT;
		out.append(flat ? "[" : "[\n");
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				out.append(flat ? ", " : ",\n");
			}
			if (!flat) {
				out.append(inner);
			}
			write(list.get(i), path + "[" + i + "]", inner, out);
		}
		out.append(flat || list.isEmpty() ? "]" : "\n" + indent + "]");
	}

	private static void writeScalar(Object value, String path, StringBuilder out) {
		if (value == null || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof String string) {
			writeString(string, out);
		} else if (value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof Byte) {
			out.append(((Number) value).longValue());
		} else if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (!Double.isFinite(number)) {
				throw new IllegalArgumentException(path + ": " + number + " cannot be written in JSON");
			}
			out.append(Double.toString(number));
		} else {
			throw new IllegalArgumentException(path + ": a " + value.getClass().getName()
					+ " cannot be written in JSON (use String, Integer, Long, Double, Boolean, List or Map)");
		}
	}

	private static void writeString(String value, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
