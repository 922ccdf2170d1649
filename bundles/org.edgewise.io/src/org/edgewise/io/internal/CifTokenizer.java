package org.edgewise.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.edgewise.io.DataFileException;

/**
 * Splits CIF 1.1 text into tokens: reserved words ({@code data_name}, {@code loop_}, {@code save_},
 * {@code global_}, {@code stop_}), tags ({@code _cell_length_a}), and values (bare words, 'single' or
 * "double" quoted strings, and text fields between lines that start with ';'). Comments ('#' outside a
 * value) are dropped. A quote closes a string only when whitespace or the line end follows it, as CIF says.
 */
public final class CifTokenizer {

	/** What a token is. */
	public enum Kind {
		/** {@code data_name}: the text is the block name */
		DATA,
		/** {@code loop_} */
		LOOP,
		/** {@code save_}, {@code global_} or {@code stop_}: not used by structure files */
		OTHER_RESERVED,
		/** a tag such as {@code _cell_length_a}, as written */
		TAG,
		/** a value; quoted strings and text fields come without their delimiters */
		VALUE
	}

	/**
	 * @param kind   what the token is
	 * @param text   its text
	 * @param line   the 1-based line where it starts
	 * @param quoted true for quoted strings and text fields, whose text is never a '?' or '.' placeholder
	 */
	public record Token(Kind kind, String text, int line, boolean quoted) {
	}

	private CifTokenizer() {
	}

	/**
	 * @param file  the file, named in errors
	 * @param lines the file's lines
	 * @return the tokens in file order
	 * @throws DataFileException naming the line of an unterminated quoted string or text field
	 */
	public static List<Token> tokens(Path file, List<String> lines) throws DataFileException {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			if (line.startsWith(";")) {
				i = textField(file, lines, i, tokens);
				continue;
			}
			splitLine(file, line, i + 1, tokens);
			i++;
		}
		return tokens;
	}

	/** Reads the text field opening on line {@code start}; @return the index of the line after it */
	private static int textField(Path file, List<String> lines, int start, List<Token> tokens)
			throws DataFileException {
		StringBuilder text = new StringBuilder(lines.get(start).substring(1));
		for (int i = start + 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith(";")) {
				tokens.add(new Token(Kind.VALUE, text.toString().strip(), start + 1, true));
				return i + 1;
			}
			text.append('\n').append(line);
		}
		throw new DataFileException(file, "line " + (start + 1), "text field opened with ';' is never closed");
	}

	private static void splitLine(Path file, String line, int number, List<Token> tokens) throws DataFileException {
		int n = line.length();
		int p = 0;
		while (p < n) {
			char c = line.charAt(p);
			if (Character.isWhitespace(c)) {
				p++;
			} else if (c == '#') {
				return;
			} else if (c == '\'' || c == '"') {
				int close = p + 1;
				while (close < n && !closesQuote(line, close, c)) {
					close++;
				}
				if (close >= n) {
					throw new DataFileException(file, "line " + number, "quoted string " + c + " is never closed");
				}
				tokens.add(new Token(Kind.VALUE, line.substring(p + 1, close), number, true));
				p = close + 1;
			} else {
				int end = p;
				while (end < n && !Character.isWhitespace(line.charAt(end))) {
					end++;
				}
				tokens.add(bare(line.substring(p, end), number));
				p = end;
			}
		}
	}

	private static boolean closesQuote(String line, int at, char quote) {
		return line.charAt(at) == quote && (at + 1 == line.length() || Character.isWhitespace(line.charAt(at + 1)));
	}

	private static Token bare(String word, int line) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.startsWith("data_")) {
			return new Token(Kind.DATA, word.substring(5), line, false);
		}
		if (lower.equals("loop_")) {
			return new Token(Kind.LOOP, word, line, false);
		}
		if (lower.startsWith("save_") || lower.equals("global_") || lower.equals("stop_")) {
			return new Token(Kind.OTHER_RESERVED, word, line, false);
		}
		if (word.startsWith("_")) {
			return new Token(Kind.TAG, word, line, false);
		}
		return new Token(Kind.VALUE, word, line, false);
	}
}
