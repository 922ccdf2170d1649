package org.edgewise.spectrum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict JSON reader and writer behind recipe files. */
class JsonTest {

	@Test
	void readsEveryKindOfValue() {
		Object value = Json.parse(" {\"a\": [1, -2.5e3, 3000000000, true, false, null], \"b\": {\"c\": \"x\\ty\"}, "
				+ "\"d\": [], \"e\": {}} ", "test");
		Map<?, ?> map = (Map<?, ?>) value;
		assertEquals(List.of("a", "b", "d", "e"), new ArrayList<>(map.keySet()));
		List<?> a = (List<?>) map.get("a");
		assertEquals(Integer.valueOf(1), a.get(0));
		assertEquals(Double.valueOf(-2500.0), a.get(1));
		assertEquals(Long.valueOf(3000000000L), a.get(2));
		assertEquals(Boolean.TRUE, a.get(3));
		assertEquals(Boolean.FALSE, a.get(4));
		assertNull(a.get(5));
		assertEquals("x\ty", ((Map<?, ?>) map.get("b")).get("c"));
		assertEquals(List.of(), map.get("d"));
		assertEquals(Map.of(), map.get("e"));
		assertThrows(UnsupportedOperationException.class, map::clear);
		assertThrows(UnsupportedOperationException.class, a::clear);
	}

	@Test
	void decodesEscapes() {
		assertEquals("\" \\ / \b \f \n \r \t \u00e9 \ud83d\ude00",
				Json.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00E9 \\ud83d\\ude00\"", "test"));
	}

	@Test
	void doublesReadBackBitForBit() {
		Random random = new Random(42);
		List<Object> values = new ArrayList<>(List.of(0.1, -0.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
				1835.0500000000002, 1.0 / 3.0));
		for (int i = 0; i < 1000; i++) {
			values.add(Double.longBitsToDouble(random.nextLong()) % 1e6 * random.nextGaussian());
		}
		values.removeIf(v -> !Double.isFinite((Double) v));
		List<?> back = (List<?>) Json.parse(Json.write(values, "values"), "written");
		assertEquals(values.size(), back.size());
		for (int i = 0; i < values.size(); i++) {
			assertEquals(Double.doubleToRawLongBits((Double) values.get(i)),
					Double.doubleToRawLongBits((Double) back.get(i)), "value " + i + ": " + values.get(i));
		}
	}

	@Test
	void writesSortedKeysSoEqualValuesGiveEqualText() {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("z", 1);
		first.put("a", List.of("q\"uote\n", 2.5));
		first.put("m", null);
		Map<String, Object> second = new LinkedHashMap<>();
		second.put("m", null);
		second.put("a", List.of("q\"uote\n", 2.5));
		second.put("z", 1L);
		String text = Json.write(first, "first");
		assertEquals(text, Json.write(second, "second"));
		assertEquals("{\n  \"a\": [\"q\\\"uote\\n\", 2.5],\n  \"m\": null,\n  \"z\": 1\n}", text);
		assertEquals(first, Json.parse(text, "written"));
	}

	@Test
	void refusesValuesJsonCannotHold() {
		IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
				() -> Json.write(Map.of("sigma", Double.NaN), "step"));
		assertEquals("step.sigma: NaN cannot be written in JSON", nan.getMessage());
		IllegalArgumentException array = assertThrows(IllegalArgumentException.class,
				() -> Json.write(List.of(new double[] { 1 }), "grid"));
		assertTrue(array.getMessage().startsWith("grid[0]: a [D cannot be written"), array.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"{\"a\": [1, 2|line 1, column 12: unexpected end of the text, expected ']' or ',' in an array",
			"{\"a\": 1} x|line 1, column 10: unexpected text after the end of the JSON value",
			"[01]|line 1, column 3: a number must not have a leading zero",
			"[1.]|line 1, column 4: expected a digit after the decimal point",
			"[.5]|line 1, column 2: unexpected character '.', expected a value",
			"[1e999]|line 1, column 2: number 1e999 is out of the range of a double",
			"[NaN]|line 1, column 2: unexpected character 'N', expected a value",
			"[tru]|line 1, column 2: unexpected character 't', expected a value",
			"{a: 1}|line 1, column 2: expected a key in double quotes",
			"{\"a\" 1}|line 1, column 6: expected ':' after key \"a\", found '1'",
			"[1,]|line 1, column 4: unexpected character ']', expected a value",
			"\"\\x\"|line 1, column 2: invalid escape sequence \\x",
			"\"\\u12G4\"|line 1, column 2: \\u escape needs four hexadecimal digits",
			"\"abc|line 1, column 5: unterminated string",
			"``|line 1, column 1: unexpected end of the text, expected a value" })
	void rejectsMalformedTextNamingLineAndColumn(String text, String message) {
		JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.parse(text, "bad.json"));
		assertEquals("bad.json: " + message, e.getMessage());
	}

	@Test
	void rejectsDuplicateKeyNamingItsLine() {
		JsonFormatException e = assertThrows(JsonFormatException.class,
				() -> Json.parse("{\"a\": 1,\n \"a\": 2}", "twice.json"));
		assertEquals("twice.json: line 2, column 2: duplicate key \"a\"", e.getMessage());
	}

	@Test
	void rejectsRawControlCharacterInString() {
		JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.parse("\"a\nb\"", "x"));
		assertEquals("x: line 1, column 3: control character U+000A inside a string (write it as an escape)",
				e.getMessage());
	}

	@Test
	void boundsTheNestingDepth() {
		Object deepest = Json.parse("[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH), "ok");
		assertEquals(List.of(), unwrap(deepest, Json.MAX_DEPTH - 1));
		String tooDeep = "{\"a\":".repeat(Json.MAX_DEPTH) + "[1]" + "}".repeat(Json.MAX_DEPTH);
		JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.parse(tooDeep, "deep"));
		assertEquals("deep: line 1, column " + (5 * Json.MAX_DEPTH + 1) + ": arrays and objects are nested deeper than "
				+ Json.MAX_DEPTH + " levels", e.getMessage());
		// a hostile file a million levels deep is refused the same way, without exhausting the stack
		String hostile = "[".repeat(1_000_000);
		assertTrue(assertThrows(JsonFormatException.class, () -> Json.parse(hostile, "hostile")).getMessage()
				.endsWith("nested deeper than " + Json.MAX_DEPTH + " levels"));
	}

	private static Object unwrap(Object value, int levels) {
		Object inner = value;
		for (int i = 0; i < levels; i++) {
			inner = ((List<?>) inner).get(0);
		}
		return inner;
	}
}
