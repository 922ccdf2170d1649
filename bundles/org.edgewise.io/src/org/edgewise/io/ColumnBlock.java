package org.edgewise.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One block of numeric rows in a column file, as {@link BeamlineColumnReader#blocks(Path)} lists it, without
 * its data: a caller reads it on its own by passing its {@link #name()} to
 * {@link BeamlineColumnReader#read(Path, String)}. A file has several blocks when it holds several SPEC scans
 * or when a comment line interrupts its rows; reading the whole file takes the last block.
 *
 * @param number    the block's position in the file, counted from 1
 * @param scan      the number of the SPEC scan whose "#S" line opens the block, or 0 when no "#S" line lies
 *                  between the previous block and this one or another block has the same scan number
 * @param title     the rest of that "#S" line, the scan command ("zapline mono 10.3073 9.89985 7244 100"), or
 *                  null without one
 * @param firstLine the 1-based line number of the block's first row
 * @param lastLine  the 1-based line number of the block's last row
 * @param rows      the number of rows
 * @param columns   the number of columns
 */
public record ColumnBlock(int number, int scan, String title, int firstLine, int lastLine, int rows, int columns) {

	private static final Pattern SCAN_LINE = Pattern.compile("#S\\s+(\\d{1,9})(\\s.*)?");

	/** @return the name that picks the block: "scan 2" for a SPEC scan, else "block 3" */
	public String name() {
		return scan > 0 ? "scan " + scan : "block " + number;
	}

	/**
	 * @return e.g. {@code scan 1 'zapline mono 10.3073 9.89985 7244 100', lines 34-489, 456 rows, 18 columns}
	 *         or {@code block 2, lines 5-6, 2 rows, 3 columns}
	 */
	public String describe() {
		String command = title == null ? "" : " '" + title + "'";
		return name() + command + ", lines " + firstLine + "-" + lastLine + ", " + rows + " rows, " + columns
				+ " columns";
	}

	@Override
	public String toString() {
		return describe();
	}

	/**
	 * @param count the number of blocks in the file
	 * @return where the block lies, for the source path of what is read from it: e.g.
	 *         {@code scan 2 (block 2 of 2, lines 515-1420)} or {@code block 2 of 2 (lines 5-6)}
	 */
	String position(int count) {
		String lines = "lines " + firstLine + "-" + lastLine;
		return scan > 0 ? name() + " (block " + number + " of " + count + ", " + lines + ")"
				: name() + " of " + count + " (" + lines + ")";
	}

	/** @return the summaries of the blocks {@link ColumnTable#findAll} found in the lines, in file order */
	static List<ColumnBlock> of(List<String> lines, List<ColumnTable> tables) {
		List<Matcher> scanLines = new ArrayList<>();
		int from = 0;
		for (ColumnTable table : tables) {
			scanLines.add(lastScanLine(lines.subList(from, table.firstRowLine - 1)));
			from = table.lastRowLine;
		}
		List<String> scans = scanLines.stream().map(m -> m == null ? "" : m.group(1)).toList();
		List<ColumnBlock> blocks = new ArrayList<>();
		for (int k = 0; k < tables.size(); k++) {
			ColumnTable table = tables.get(k);
			Matcher m = scanLines.get(k);
			// a repeated scan number (files appended to each other) would not pick one block
			boolean named = m != null && scans.indexOf(m.group(1)) == scans.lastIndexOf(m.group(1));
			String title = m == null || m.group(2) == null ? null : m.group(2).strip();
			blocks.add(new ColumnBlock(k + 1, named ? Integer.parseInt(m.group(1)) : 0, title, table.firstRowLine,
					table.lastRowLine, table.rows.size(), table.columns()));
		}
		return blocks;
	}

	/** @return the matched last "#S" line among the lines, or null */
	private static Matcher lastScanLine(List<String> lines) {
		Matcher last = null;
		for (String line : lines) {
			Matcher m = SCAN_LINE.matcher(line.strip());
			if (m.matches()) {
				last = m;
			}
		}
		return last;
	}
}
