package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lays out rows of cells as aligned plain text: the first column flush left, the others flush right. */
final class TextTable {

	private TextTable() {
	}

	/**
	 * @param header the column titles
	 * @param rows   the cells, each row as long as the header
	 * @return the table, one line per row under the header and a rule, each line ending in a newline
	 */
	static String format(List<String> header, List<List<String>> rows) {
		int[] widths = new int[header.size()];
		List<List<String>> lines = new ArrayList<>();
		lines.add(header);
		lines.addAll(rows);
		for (List<String> line : lines) {
			for (int c = 0; c < widths.length; c++) {
				widths[c] = Math.max(widths[c], line.get(c).length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (int l = 0; l < lines.size(); l++) {
			List<String> line = lines.get(l);
			for (int c = 0; c < widths.length; c++) {
				String padding = " ".repeat(widths[c] - line.get(c).length());
				out.append(c == 0 ? line.get(c) + padding : "  " + padding + line.get(c));
			}
			out.append('\n');
			if (l == 0) {
				int total = widths[0];
				for (int c = 1; c < widths.length; c++) {
					total += 2 + widths[c];
				}
				out.append("-".repeat(total)).append('\n');
			}
		}
		return out.toString();
	}

	/** @return a measured value with four significant digits, e.g. 0.8571, 0.02321 or 1.235e+04 */
	static String number(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}
}
