package org.edgewise.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the data-only subset of Perl that Data::Dumper writes and Athena project files consist of, one
 * top-level statement at a time, without evaluating anything:
 *
 * <pre>
 * statement := '$' name '=' value ';' | '@' name '=' '(' items ')' ';' | '%' name '=' '(' items ')' ';'
 *            | '[record]' | number ';'
 * value     := 'single-quoted' | "double-quoted" | number | undef | '[' items ']' | '{' items '}'
 *            | bless '(' value ',' string ')'
 * items     := (value | bareword '=&gt;') separated by ',' or '=&gt;', a trailing comma allowed
 * </pre>
 *
 * Comments run from '#' to the end of the line. Single-quoted strings know only the escapes \\ and \';
 * double-quoted strings the escapes Data::Dumper's {@code qquote} writes (\n, \t, \x{263A}, \033, ...), and
 * a {@code $} or {@code @} inside them (variable interpolation) is refused, as is every other construct that
 * Perl would have to run: cross-references ({@code $VAR1->[0]}), code, operators. {@code bless} only tags
 * data with a class name; the tag is dropped.
 */
public final class PerlDataParser {

	/** Deeper nesting than this is not something Data::Dumper writes for a data file; it stops runaway input. */
	private static final int MAX_DEPTH = 64;

	private final String text;
	private int position;
	private int line = 1;

	/** @param text the whole file */
	public PerlDataParser(String text) {
		this.text = text;
	}

	/**
	 * @return the next statement, or {@code null} at the end of the text
	 * @throws PerlSyntaxException naming the line, for anything outside the grammar above
	 */
	public PerlStatement next() throws PerlSyntaxException {
		skipBlank();
		if (atEnd()) {
			return null;
		}
		int start = line;
		char c = text.charAt(position);
		return switch (c) {
		case '$' -> {
			String name = variableName();
			expect('=');
			PerlValue value = value(0);
			expect(';');
			yield new PerlStatement(PerlStatement.Kind.SCALAR, name, value, start);
		}
		case '@', '%' -> {
			String name = variableName();
			expect('=');
			expect('(');
			List<PerlValue> items = items(')', 0);
			expect(';');
			PerlValue value = c == '@' ? new PerlValue.ListValue(items) : hash(items, start);
			yield new PerlStatement(c == '@' ? PerlStatement.Kind.ARRAY : PerlStatement.Kind.HASH, name, value, start);
		}
		case '[' -> {
			if (!text.startsWith("[record]", position)) {
				throw error("a line starting with '[' must be Athena's [record] marker");
			}
			position += "[record]".length();
			yield new PerlStatement(PerlStatement.Kind.RECORD_END, null, null, start);
		}
		default -> {
			if (!isDigit(c)) {
				throw error("unexpected " + describe(c) + "; a statement starts with $name, @name, %name or [record]");
			}
			PerlValue value = number();
			expect(';');
			yield new PerlStatement(PerlStatement.Kind.TRUE_VALUE, null, value, start);
		}
		};
	}

	/** @return the line the parser has reached, counted from 1 */
	public int line() {
		return line;
	}

	private String variableName() throws PerlSyntaxException {
		char sigil = text.charAt(position++);
		String name = identifier();
		if (name == null) {
			throw error("'" + sigil + "' must be followed by a variable name");
		}
		return name;
	}

	private PerlValue value(int depth) throws PerlSyntaxException {
		if (depth > MAX_DEPTH) {
			throw error("values nested more than " + MAX_DEPTH + " deep");
		}
		skipBlank();
		if (atEnd()) {
			throw error("the text ends where a value was expected (file truncated?)");
		}
		char c = text.charAt(position);
		if (c == '\'') {
			return new PerlValue.Scalar(singleQuoted());
		}
		if (c == '"') {
			return new PerlValue.Scalar(doubleQuoted());
		}
		if (c == '[') {
			position++;
			return new PerlValue.ListValue(items(']', depth + 1));
		}
		if (c == '{') {
			int start = line;
			position++;
			return hash(items('}', depth + 1), start);
		}
		if (c == '-' || c == '.' || isDigit(c)) {
			return number();
		}
		String word = identifier();
		if ("undef".equals(word)) {
			return PerlValue.Undef.INSTANCE;
		}
		if ("bless".equals(word)) {
			return blessed(depth);
		}
		if (word != null) {
			throw error("bare word '" + word + "' is not data");
		}
		throw error("unexpected " + describe(c) + " where a value was expected"
				+ (c == '$' || c == '\\' ? " (references and variables are not data)" : ""));
	}

	/** {@code bless( value, 'Class' )}: the value counts, the class name is dropped. */
	private PerlValue blessed(int depth) throws PerlSyntaxException {
		expect('(');
		PerlValue value = value(depth + 1);
		expect(',');
		skipBlank();
		if (atEnd() || text.charAt(position) != '\'' && text.charAt(position) != '"') {
			throw error("bless needs a quoted class name after the value");
		}
		value(depth + 1);
		expect(')');
		return value;
	}

	/** Items up to {@code close}, which is consumed. */
	private List<PerlValue> items(char close, int depth) throws PerlSyntaxException {
		List<PerlValue> items = new ArrayList<>();
		while (true) {
			skipBlank();
			if (atEnd()) {
				throw error("the text ends inside a list; '" + close + "' expected (file truncated?)");
			}
			if (text.charAt(position) == close) {
				position++;
				return items;
			}
			items.add(item(depth));
			skipBlank();
			if (text.startsWith("=>", position)) {
				position += 2;
			} else if (!atEnd() && text.charAt(position) == ',') {
				position++;
			} else if (atEnd() || text.charAt(position) != close) {
				throw error(atEnd() ? "the text ends inside a list; '" + close + "' expected (file truncated?)"
						: "unexpected " + describe(text.charAt(position)) + " in a list; ',' or '" + close
								+ "' expected");
			}
		}
	}

	/** A list item: a value, or a bare word that Perl quotes because '=>' follows it. */
	private PerlValue item(int depth) throws PerlSyntaxException {
		int start = position;
		String word = identifier();
		if (word != null) {
			skipBlank();
			if (text.startsWith("=>", position)) {
				return new PerlValue.Scalar(word);
			}
			position = start;
		}
		return value(depth);
	}

	private PerlValue.HashValue hash(List<PerlValue> items, int startLine) throws PerlSyntaxException {
		if (items.size() % 2 != 0) {
			throw new PerlSyntaxException(startLine, "a hash needs key-value pairs, found " + items.size() + " items");
		}
		Map<String, PerlValue> entries = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i += 2) {
			if (!(items.get(i) instanceof PerlValue.Scalar key)) {
				throw new PerlSyntaxException(startLine, "hash key " + (i / 2 + 1) + " is not a string");
			}
			entries.put(key.text(), items.get(i + 1));
		}
		return new PerlValue.HashValue(entries);
	}

	private String singleQuoted() throws PerlSyntaxException {
		int start = line;
		position++;
		StringBuilder out = new StringBuilder();
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (c == '\'') {
				return out.toString();
			}
			if (c == '\\' && position < text.length()
					&& (text.charAt(position) == '\\' || text.charAt(position) == '\'')) {
				c = text.charAt(position++);
			}
			countLine(c);
			out.append(c);
		}
		throw new PerlSyntaxException(start, "string not closed before the end of the text (file truncated?)");
	}

	private String doubleQuoted() throws PerlSyntaxException {
		int start = line;
		position++;
		StringBuilder out = new StringBuilder();
		while (position < text.length()) {
			char c = text.charAt(position++);
			if (c == '"') {
				return out.toString();
			}
			if (c == '$' || c == '@') {
				throw error("'" + c + "' in a double-quoted string would interpolate a variable; not data");
			}
			if (c == '\\') {
				escape(out);
			} else {
				countLine(c);
				out.append(c);
			}
		}
		throw new PerlSyntaxException(start, "string not closed before the end of the text (file truncated?)");
	}

	/** The escape after a backslash in a double-quoted string, as qquote writes them. */
	private void escape(StringBuilder out) throws PerlSyntaxException {
		if (atEnd()) {
			throw error("string not closed before the end of the text (file truncated?)");
		}
		char c = text.charAt(position++);
		switch (c) {
		case 'n' -> out.append('\n');
		case 't' -> out.append('\t');
		case 'r' -> out.append('\r');
		case 'f' -> out.append('\f');
		case 'b' -> out.append('\b');
		case 'a' -> out.append('\u0007');
		case 'e' -> out.append('\u001b');
		case 'x' -> out.appendCodePoint(hexEscape());
		default -> {
			if (isOctal(c)) {
				int value = c - '0';
				for (int k = 0; k < 2 && !atEnd() && isOctal(text.charAt(position)); k++) {
					value = value * 8 + text.charAt(position++) - '0';
				}
				out.append((char) value);
			} else if (Character.isLetterOrDigit(c)) {
				// case changes (L, U, Q) and named characters (N): Perl would compute them
				throw error("escape \\" + c + " in a double-quoted string is not supported");
			} else {
				countLine(c);
				out.append(c);
			}
		}
		}
	}

	/** {@code \x{263A}} or {@code \xHH} (up to two hex digits). */
	private int hexEscape() throws PerlSyntaxException {
		int from = position;
		int to;
		if (!atEnd() && text.charAt(position) == '{') {
			to = text.indexOf('}', position);
			if (to < 0) {
				throw error("\\x{ escape not closed");
			}
			from++;
			position = to + 1;
		} else {
			to = position;
			while (to < text.length() && to - position < 2 && Character.digit(text.charAt(to), 16) >= 0) {
				to++;
			}
			position = to;
		}
		String digits = text.substring(from, to);
		if (digits.isEmpty()) {
			return 0;
		}
		try {
			int codePoint = Integer.parseInt(digits, 16);
			if (!Character.isValidCodePoint(codePoint)) {
				throw error("\\x{" + digits + "} is not a Unicode code point");
			}
			return codePoint;
		} catch (NumberFormatException e) {
			throw error("\\x{" + digits + "} is not a hexadecimal number");
		}
	}

	/** A decimal literal: optional '-', digits with an optional fraction, an optional exponent. */
	private PerlValue number() throws PerlSyntaxException {
		int start = position;
		if (text.charAt(position) == '-') {
			position++;
		}
		int digits = skipDigits();
		if (!atEnd() && text.charAt(position) == '.') {
			position++;
			digits += skipDigits();
		}
		if (digits == 0) {
			throw error("'" + text.substring(start, Math.min(text.length(), start + 20)) + "' is not a number");
		}
		if (!atEnd() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
			position++;
			if (!atEnd() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
				position++;
			}
			if (skipDigits() == 0) {
				throw error("number '" + text.substring(start, position) + "' has an exponent without digits");
			}
		}
		if (!atEnd() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
			throw error("number '" + text.substring(start, position) + "' runs into "
					+ describe(text.charAt(position)));
		}
		return new PerlValue.Scalar(text.substring(start, position));
	}

	private int skipDigits() {
		int start = position;
		while (!atEnd() && isDigit(text.charAt(position))) {
			position++;
		}
		return position - start;
	}

	/** @return a Perl identifier at the current position (consumed), or {@code null} when there is none */
	private String identifier() {
		int start = position;
		if (atEnd() || !(Character.isLetter(text.charAt(position)) || text.charAt(position) == '_')) {
			return null;
		}
		while (!atEnd() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
			position++;
		}
		return text.substring(start, position);
	}

	private void expect(char wanted) throws PerlSyntaxException {
		skipBlank();
		if (atEnd()) {
			throw error("the text ends where '" + wanted + "' was expected (file truncated?)");
		}
		char c = text.charAt(position);
		if (c != wanted) {
			throw error("unexpected " + describe(c) + "; '" + wanted + "' expected");
		}
		position++;
	}

	/** Skips white space and comments. */
	private void skipBlank() {
		while (!atEnd()) {
			char c = text.charAt(position);
			if (c == '#') {
				while (!atEnd() && text.charAt(position) != '\n') {
					position++;
				}
			} else if (Character.isWhitespace(c)) {
				countLine(c);
				position++;
			} else {
				return;
			}
		}
	}

	private void countLine(char c) {
		if (c == '\n') {
			line++;
		}
	}

	private boolean atEnd() {
		return position >= text.length();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isOctal(char c) {
		return c >= '0' && c <= '7';
	}

	private static String describe(char c) {
		return c < ' ' || c > '~' ? String.format("character U+%04X", (int) c) : "'" + c + "'";
	}

	private PerlSyntaxException error(String problem) {
		return new PerlSyntaxException(line, problem);
	}
}
