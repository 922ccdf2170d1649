package org.edgewise.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.edgewise.io.internal.TextNumbers;

/**
 * One numeric block of a column text file, with the header lines above it. The data region is the end of the
 * file made only of numeric rows, comment lines and blank lines; everything above it is header, whatever it
 * looks like: beamline files put scan tables, weights and offsets up there, between free-form text lines. In
 * the region each comment line ends a block, so a SPEC file gives one block per scan and a comment inside a
 * run of rows splits it in two. Blocks are never joined across a comment, even of the same width: the
 * comment may be the header of a second scan, and joining scans would silently average their repeated
 * energies. A row in the region that starts with a number but has a word in it is a broken data row, not a
 * header line, and is reported.
 */
final class ColumnTable {

	private static final Pattern WHITESPACE_OR_COMMA = Pattern.compile("[\\s,]+");
	private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
	private static final Pattern TAB = Pattern.compile("\\s*\\t\\s*");

	private final List<String> lines;
	/** The data rows, one array of column values per row. */
	final List<double[]> rows;
	/** The 1-based line number of the first data row. */
	final int firstRowLine;
	/** The 1-based line number of the last data row. */
	final int lastRowLine;
	/** True when the values use a decimal comma ("8979,5;0,123"). */
	final boolean decimalComma;

	private ColumnTable(List<String> lines, List<double[]> rows, int firstRowLine, int lastRowLine,
			boolean decimalComma) {
		this.lines = lines;
		this.rows = rows;
		this.firstRowLine = firstRowLine;
		this.lastRowLine = lastRowLine;
		this.decimalComma = decimalComma;
	}

	/** @return the number of columns of the data rows */
	int columns() {
		return rows.get(0).length;
	}

	/** @return the lines above the first row, in file order, blank lines dropped (earlier blocks included) */
	List<String> header() {
		return lines.subList(0, firstRowLine - 1).stream().filter(line -> !blank(line)).toList();
	}

	/**
	 * @param file  the file, for messages
	 * @param lines the file's lines
	 * @return the last block, or null when the file has no block of rows of at least two numbers
	 * @throws SpectrumFileException as {@link #findAll}
	 */
	static ColumnTable find(Path file, List<String> lines) throws SpectrumFileException {
		List<ColumnTable> tables = findAll(file, lines);
		return tables.isEmpty() ? null : tables.getLast();
	}

	/**
	 * @param file  the file, for messages
	 * @param lines the file's lines
	 * @return the blocks of rows of at least two numbers, in file order (blocks of one column are left out)
	 * @throws SpectrumFileException naming the line of a broken data row: a word among the numbers, or a
	 *                               column count that differs from the first row's of its block
	 */
	static List<ColumnTable> findAll(Path file, List<String> lines) throws SpectrumFileException {
		int end = lines.size();
		while (end > 0 && (blank(lines.get(end - 1)) || isComment(lines.get(end - 1)))) {
			end--;
		}
		if (end == 0) {
			return List.of();
		}
		boolean decimalComma = usesDecimalComma(lines.get(end - 1));
		int start = end;
		while (start > 0) {
			String line = lines.get(start - 1);
			if (!blank(line) && !isComment(line) && !startsWithNumber(line, decimalComma)) {
				break;
			}
			start--;
		}
		List<ColumnTable> tables = new ArrayList<>();
		for (int i = start; i < end; i++) {
			if (!blank(lines.get(i)) && !isComment(lines.get(i))) {
				ColumnTable table = block(file, lines, i, end, decimalComma);
				if (table.columns() >= 2) {
					tables.add(table);
				}
				i = table.lastRowLine - 1;
			}
		}
		return tables;
	}

	/** The rows from the data row at index {@code first} up to the next comment line or {@code end}. */
	private static ColumnTable block(Path file, List<String> lines, int first, int end, boolean decimalComma)
			throws SpectrumFileException {
		List<double[]> rows = new ArrayList<>();
		int last = first;
		for (int i = first; i < end && !isComment(lines.get(i)); i++) {
			if (blank(lines.get(i))) {
				continue;
			}
			double[] row = parse(file, i + 1, split(lines.get(i), decimalComma), decimalComma);
			if (!rows.isEmpty() && row.length != rows.get(0).length) {
				throw new SpectrumFileException(file, "line " + (i + 1),
						"has " + row.length + " columns, line " + (first + 1) + " has " + rows.get(0).length);
			}
			rows.add(row);
			last = i;
		}
		return new ColumnTable(lines, rows, first + 1, last + 1, decimalComma);
	}

	private static boolean startsWithNumber(String line, boolean decimalComma) {
		return Double.isFinite(number(split(line, decimalComma)[0], decimalComma));
	}

	/** Blank, or only the DOS end-of-file mark (Ctrl-Z) that old PF files end with. */
	static boolean blank(String line) {
		return line.replace('\u001a', ' ').isBlank();
	}

	static boolean isComment(String line) {
		String s = line.stripLeading();
		return s.startsWith("#") || s.startsWith(";");
	}

	/** Semicolons, or tabs with commas but no points, mean the comma is the decimal mark. */
	static boolean usesDecimalComma(String line) {
		return line.contains(";") || (line.contains("\t") && line.contains(",") && !line.contains("."));
	}

	static String[] split(String line, boolean decimalComma) {
		String s = line.strip();
		if (decimalComma) {
			return (s.contains(";") ? SEMICOLON : TAB).split(s);
		}
		return WHITESPACE_OR_COMMA.split(s);
	}

	private static double[] parse(Path file, int lineNumber, String[] tokens, boolean decimalComma)
			throws SpectrumFileException {
		double[] row = new double[tokens.length];
		for (int c = 0; c < tokens.length; c++) {
			row[c] = number(tokens[c], decimalComma);
			if (Double.isNaN(row[c])) {
				throw new SpectrumFileException(file, "line " + lineNumber,
						TextNumbers.problem(tokens[c]) + " in column " + (c + 1));
			}
		}
		return row;
	}

	/** @return the value, or NaN when the token is not a finite number */
	static double number(String token, boolean decimalComma) {
		return TextNumbers.finiteValue(decimalComma ? token.replace(',', '.') : token);
	}
}
