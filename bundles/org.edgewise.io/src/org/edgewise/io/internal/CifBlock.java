package org.edgewise.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.edgewise.io.DataFileException;
import org.edgewise.io.internal.CifTokenizer.Kind;
import org.edgewise.io.internal.CifTokenizer.Token;

/**
 * The first data block of a CIF: its single-valued items and its loops, every value with the line it
 * came from. Tags are looked up case-insensitively, as CIF says.
 */
public final class CifBlock {

	private final Path file;
	private final String name;
	private final Map<String, Token> items = new HashMap<>();
	/** lower-case tag -> the loop holding it, and its column */
	private final Map<String, Column> columns = new HashMap<>();

	private record Loop(int width, List<Token> values) {
	}

	private record Column(Loop loop, int index) {
	}

	private CifBlock(Path file, String name) {
		this.file = file;
		this.name = name;
	}

	/**
	 * @param file  the file, named in errors
	 * @param lines its lines
	 * @return the first data block
	 * @throws DataFileException when there is no data block or the block's grammar is broken
	 */
	public static CifBlock parse(Path file, List<String> lines) throws DataFileException {
		List<Token> tokens = CifTokenizer.tokens(file, lines);
		int start = 0;
		while (start < tokens.size() && tokens.get(start).kind() != Kind.DATA) {
			start++;
		}
		if (start == tokens.size()) {
			throw new DataFileException(file, null, "no data block (a line 'data_name') found: not a CIF");
		}
		CifBlock block = new CifBlock(file, tokens.get(start).text());
		int i = start + 1;
		while (i < tokens.size() && tokens.get(i).kind() != Kind.DATA) {
			Token token = tokens.get(i);
			i = switch (token.kind()) {
			case TAG -> block.item(tokens, i);
			case LOOP -> block.loop(tokens, i);
			case OTHER_RESERVED -> i + 1;
			default -> throw block.error(token.line(), "value '" + token.text() + "' without a tag");
			};
		}
		return block;
	}

	/** @return the data block's name, the text after {@code data_} */
	public String name() {
		return name;
	}

	/** @return the single value of {@code tag}, or {@code null} when the block does not hold it */
	public Token value(String tag) {
		return items.get(key(tag));
	}

	/** @return the first of {@code tags} that the block holds, as a single item or a loop column */
	public String firstPresent(String... tags) {
		for (String tag : tags) {
			if (items.containsKey(key(tag)) || columns.containsKey(key(tag))) {
				return tag;
			}
		}
		return null;
	}

	/**
	 * @return the values of {@code tag}: its loop column, or a one-element list for a single item, or
	 *         {@code null} when absent
	 */
	public List<Token> column(String tag) {
		Column column = columns.get(key(tag));
		if (column == null) {
			Token single = items.get(key(tag));
			return single == null ? null : List.of(single);
		}
		List<Token> values = new ArrayList<>();
		List<Token> all = column.loop().values();
		for (int row = column.index(); row < all.size(); row += column.loop().width()) {
			values.add(all.get(row));
		}
		return values;
	}

	private int item(List<Token> tokens, int i) throws DataFileException {
		Token tag = tokens.get(i);
		if (i + 1 >= tokens.size() || tokens.get(i + 1).kind() != Kind.VALUE) {
			throw error(tag.line(), "tag " + tag.text() + " has no value");
		}
		items.put(key(tag.text()), tokens.get(i + 1));
		return i + 2;
	}

	private int loop(List<Token> tokens, int i) throws DataFileException {
		int line = tokens.get(i).line();
		List<String> tags = new ArrayList<>();
		int p = i + 1;
		while (p < tokens.size() && tokens.get(p).kind() == Kind.TAG) {
			tags.add(tokens.get(p).text());
			p++;
		}
		if (tags.isEmpty()) {
			throw error(line, "loop_ without tags");
		}
		List<Token> values = new ArrayList<>();
		while (p < tokens.size() && tokens.get(p).kind() == Kind.VALUE) {
			values.add(tokens.get(p));
			p++;
		}
		if (values.size() % tags.size() != 0) {
			throw error(line, "loop of " + tags.size() + " tags holds " + values.size()
					+ " values, not a whole number of rows");
		}
		Loop loop = new Loop(tags.size(), values);
		for (int c = 0; c < tags.size(); c++) {
			columns.put(key(tags.get(c)), new Column(loop, c));
		}
		return p;
	}

	private DataFileException error(int line, String problem) {
		return new DataFileException(file, "line " + line, problem);
	}

	private static String key(String tag) {
		return tag.toLowerCase(Locale.ROOT);
	}
}
