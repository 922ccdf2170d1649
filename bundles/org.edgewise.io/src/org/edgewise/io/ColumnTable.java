package org.edgewise.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.edgewise.io.internal.TextNumbers;

/**
 * The numeric block of a column text file and the header lines above it. The block is the run of numeric
 * rows at the end of the file (trailing blank and comment lines aside); everything above its first row is
 * header, whatever it looks like: beamline files put scan tables, weights and offsets up there, so only the
 * last run counts as data. A row inside the block that starts with a number but has a word in it is a broken
 * data row, not a header line, and is reported.
 */
final class ColumnTable {

	private static final Pattern WHITESPACE_OR_COMMA = Pattern.compile("[\\s,]+");
	private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
	private static final Pattern TAB = Pattern.compile("\\s*\\t\\s*");

	/** The header lines above the block, in file order, blank lines dropped. */
	final List<String> header;
	/** The data rows, one array of column values per row. */
	final List<double[]> rows;
	/** The 1-based line number of the first data row. */
	final int firstRowLine;
	/** True when the values use a decimal comma ("8979,5;0,123"). */
	final boolean decimalComma;

	private ColumnTable(List<String> header, List<double[]> rows, int firstRowLine, boolean decimalComma) {
		this.header = header;
		this.rows = rows;
		this.firstRowLine = firstRowLine;
		this.decimalComma = decimalComma;
	}

	/** @return the number of columns of the data rows */
	int columns() {
		return rows.get(0).length;
	}

	/**
	 * @param file  the file, for messages
	 * @param lines the file's lines
	 * @return the table, or null when the file ends in no row of at least two numbers
	 * @throws SpectrumFileException naming the line of a broken data row: a word among the numbers, or a
	 *                               column count that differs from the first row's
	 */
	static ColumnTable find(Path file, List<String> lines) throws SpectrumFileException {
		int end = lines.size();
		while (end > 0 && (blank(lines.get(end - 1)) || isComment(lines.get(end - 1)))) {
			end--;
		}
		if (end == 0) {
			return null;
		}
		boolean decimalComma = usesDecimalComma(lines.get(end - 1));
		int start = end;
		while (start > 0) {
			String line = lines.get(start - 1);
			if (!blank(line) && !Double.isFinite(number(split(line, decimalComma)[0], decimalComma))) {
				break;
			}
			start--;
		}
		List<String> header = new ArrayList<>();
		for (String line : lines.subList(0, start)) {
			if (!blank(line)) {
				header.add(line);
			}
		}
		List<double[]> rows = new ArrayList<>();
		int firstRowLine = -1;
		for (int i = start; i < end; i++) {
			String line = lines.get(i);
			if (blank(line) || isComment(line)) {
				continue;
			}
			double[] row = parse(file, i + 1, split(line, decimalComma), decimalComma);
			if (firstRowLine < 0) {
				firstRowLine = i + 1;
			} else if (row.length != rows.get(0).length) {
				throw new SpectrumFileException(file, "line " + (i + 1),
						"has " + row.length + " columns, line " + firstRowLine + " has " + rows.get(0).length);
			}
			rows.add(row);
		}
		if (rows.isEmpty() || rows.get(0).length < 2) {
			return null;
		}
		return new ColumnTable(header, rows, firstRowLine, decimalComma);
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
