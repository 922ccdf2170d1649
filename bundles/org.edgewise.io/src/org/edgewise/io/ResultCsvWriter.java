package org.edgewise.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.edgewise.io.internal.TextOutput;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Writes per-spectrum results as CSV (RFC 4180: comma separated, CRLF line ends, fields holding a comma, quote
 * or line break quoted with quotes doubled) for spreadsheets and scripts:
 * <pre>
 * index,label,&lt;map axis names...&gt;,&lt;result name&gt; (&lt;units&gt;)...
 * </pre>
 * One row per spectrum in row-major index order: the index, the spectrum's label, its map-axis values and each
 * result's value at its map position. Numbers are written with {@link Double#toString(double)}, so they read
 * back exactly; NaN is written as an empty field.
 */
public final class ResultCsvWriter {

	private static final String LINE_END = "\r\n";

	private ResultCsvWriter() {
	}

	/**
	 * @param out     the CSV file; replaced if it exists (written to a temporary name first, then moved)
	 * @param input   the spectra the results were computed from (supplies labels and map axes)
	 * @param results the results, each shaped like {@code input.mapShape()}; may be empty
	 * @throws IllegalArgumentException naming the result if its shape does not match the input's map
	 * @throws IOException              if the file cannot be written
	 */
	public static void write(Path out, SpectrumSet input, List<ResultMap> results) throws IOException {
		for (ResultMap result : results) {
			if (!Arrays.equals(result.values().getShape(), input.mapShape())) {
				throw new IllegalArgumentException("result '" + result.name() + "' has shape "
						+ Arrays.toString(result.values().getShape()) + ", the input's map is "
						+ Arrays.toString(input.mapShape()));
			}
		}
		List<DataAxis> axes = input.mapAxes();
		StringBuilder text = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("index", "label"));
		axes.forEach(axis -> header.add(axis.name()));
		results.forEach(result -> header.add(result.units() == null || result.units().isBlank() ? result.name()
				: result.name() + " (" + result.units() + ")"));
		appendRow(text, header);
		for (int i = 0; i < input.size(); i++) {
			int[] position = input.position(i);
			List<String> row = new ArrayList<>(List.of(Integer.toString(i), input.spectrum(i).label()));
			for (int d = 0; d < axes.size(); d++) {
				row.add(number(axes.get(d).values()[position[d]]));
			}
			results.forEach(result -> row.add(number(result.values().getDouble(position))));
			appendRow(text, row);
		}
		TextOutput.write(out, text);
	}

	private static void appendRow(StringBuilder text, List<String> fields) {
		for (int f = 0; f < fields.size(); f++) {
			if (f > 0) {
				text.append(',');
			}
			text.append(quoted(fields.get(f)));
		}
		text.append(LINE_END);
	}

	/** RFC 4180: a field with a comma, quote or line break is enclosed in quotes, its quotes doubled. */
	static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "" : Double.toString(value);
	}
}
