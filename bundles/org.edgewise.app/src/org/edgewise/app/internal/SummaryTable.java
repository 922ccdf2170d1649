package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.edgewise.analysis.NormalizationMaps;
import org.eclipse.january.dataset.Dataset;

/** The table {@code analyze} prints: per file the spectra found, E0 and edge step (ranges for a map). */
final class SummaryTable {

	private final List<String[]> rows = new ArrayList<>();

	void add(Path input, NormalizationMaps maps, Path output) {
		rows.add(new String[] { input.getFileName().toString(), Integer.toString(maps.input().size()),
				Arrays.toString(maps.input().mapShape()), range(maps.e0(), "%.2f"), range(maps.edgeStep(), "%.4g"),
				Integer.toString(maps.failures().size()), output.toString() });
	}

	void print(PrintStream out) {
		String[] header = { "file", "spectra", "map", "E0 (eV)", "edge step", "failed", "result" };
		int[] widths = new int[header.length];
		for (String[] row : withHeader(header)) {
			for (int c = 0; c < row.length; c++) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		for (String[] row : withHeader(header)) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < row.length; c++) {
				line.append(String.format(Locale.ROOT, c == row.length - 1 ? "%s" : "%-" + widths[c] + "s  ", row[c]));
			}
			out.println(line.toString().stripTrailing());
		}
	}

	private List<String[]> withHeader(String[] header) {
		List<String[]> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		return all;
	}

	/** A single value, or "min .. max" over the finite values of a map. */
	private static String range(Dataset values, String format) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < values.getSize(); i++) {
			double v = values.getElementDoubleAbs(i);
			if (Double.isFinite(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		if (min > max) {
			return "-";
		}
		String low = String.format(Locale.ROOT, format, min);
		String high = String.format(Locale.ROOT, format, max);
		return low.equals(high) ? low : low + " .. " + high;
	}
}
