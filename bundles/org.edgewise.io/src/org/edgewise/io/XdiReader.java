package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgewise.io.XdiFile.XdiColumn;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.io.internal.TextNumbers;
import org.edgewise.io.internal.XdiFieldChecks;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads XAS Data Interchange (XDI 1.0) files: a "# XDI/1.0 [App/version ...]" first line, header fields
 * "# Family.key: value", an optional "# ///" line opening free comments, a "# ----" line, an optional column
 * label line, then rows of numbers. Column names and units come from the Column.N fields.
 * <p>
 * Following the XDI reference library, a malformed header field, a data row of the wrong width or a value
 * that is not a finite number stops the read; problems the data can be read past (a missing or unknown
 * element or edge, missing or surplus Column.N, a line with an unknown comment character, a bad date or
 * quantity) become {@link XdiFile#warnings()}. "# Outer.value: x" lines among the data rows (2D scans) are kept
 * as {@link XdiFile#outerValues()}.
 */
public final class XdiReader {

	private static final Pattern VERSION = Pattern.compile("#\\s*XDI/(\\S+)\\s*(.*)");
	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z0-9_]+");
	private static final Pattern OUTER = Pattern.compile("Outer\\.value:\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
	private static final Pattern COLUMN = Pattern.compile("Column\\.(\\d+)", Pattern.CASE_INSENSITIVE);

	private XdiReader() {
	}

	/**
	 * @param file the file
	 * @param head the first few KiB decoded as ISO-8859-1
	 * @return whether the head opens with an XDI version line
	 */
	public static boolean recognises(Path file, String head) {
		return VERSION.matcher(head.stripLeading().lines().findFirst().orElse("").strip()).matches();
	}

	/**
	 * Reads the file and forms its spectrum: {@code read(file).toSpectrumSet()}.
	 *
	 * @throws SpectrumFileException as {@link #read(Path)} and {@link XdiFile#toSpectrumSet()}
	 */
	public static SpectrumSet readSpectra(Path file) throws SpectrumFileException {
		return read(file).toSpectrumSet();
	}

	/**
	 * @return header, comments, columns and warnings of the file
	 * @throws SpectrumFileException naming the file and line: no XDI version line, a header line that is not
	 *                               "Family.key: value", a non-numeric or non-finite value, rows of differing
	 *                               width, no data rows
	 */
	public static XdiFile read(Path file) throws SpectrumFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new SpectrumFileException(f, null, problem, cause));
		return new Parse(file, lines).run();
	}

	/** One pass over the lines; the section says how the next '#' line is taken. */
	private static final class Parse {

		private enum Section {
			FIELDS, COMMENTS, LABELS, DATA
		}

		private final Path file;
		private final List<String> lines;
		private final Map<String, String> fields = new LinkedHashMap<>();
		private final List<String> comments = new ArrayList<>();
		private final List<String> warnings = new ArrayList<>();
		private final List<double[]> rows = new ArrayList<>();
		private final Map<Integer, Double> outerValues = new LinkedHashMap<>();
		private Section section = Section.FIELDS;
		private String labelLine;
		private boolean sawDashes;

		Parse(Path file, List<String> lines) {
			this.file = file;
			this.lines = lines;
		}

		XdiFile run() throws SpectrumFileException {
			int first = 0;
			while (first < lines.size() && lines.get(first).isBlank()) {
				first++;
			}
			Matcher version = VERSION.matcher(first < lines.size() ? lines.get(first).strip() : "");
			if (!version.matches()) {
				throw error(first, "first line is not an XDI version line '# XDI/1.0'");
			}
			String extra = version.group(2).strip();
			List<String> applications = extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
			for (int i = first + 1; i < lines.size(); i++) {
				line(i, lines.get(i).strip());
			}
			if (rows.isEmpty()) {
				throw new SpectrumFileException(file, null, "no data rows");
			}
			if (!sawDashes) {
				warnings.add("no '# ----' line before the data");
			}
			List<XdiColumn> columns = columns();
			Map<Integer, Double> outer = outerBlocks();
			warnings.addAll(XdiFieldChecks.warnings(this::field));
			checkEnergyColumn(columns);
			return new XdiFile(file, version.group(1), applications, fields, String.join("\n", comments), columns,
					outer, warnings);
		}

		/** The Outer.value of each 2D block; the header's Outer.value belongs to the first block. */
		private Map<Integer, Double> outerBlocks() {
			Map<Integer, Double> outer = new LinkedHashMap<>();
			String firstOuter = field("Outer.value");
			if (firstOuter != null && !outerValues.isEmpty()) {
				try {
					outer.put(0, Double.parseDouble(firstOuter));
				} catch (NumberFormatException e) {
					warnings.add("Outer.value '" + firstOuter + "' is not a number");
				}
			}
			outer.putAll(outerValues);
			return outer;
		}

		private void checkEnergyColumn(List<XdiColumn> columns) {
			boolean angle = hasColumn(columns, "angle");
			if (!angle && !hasColumn(columns, "energy")) {
				warnings.add("no column named 'energy' or 'angle'");
			}
			String spacing = field("Mono.d_spacing");
			if (angle && (spacing == null || Double.isNaN(XdiFieldChecks.positiveNumber(spacing)))) {
				warnings.add("angle column without a valid Mono.d_spacing");
			}
		}

		private String field(String name) {
			return fields.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
					.findFirst().orElse(null);
		}

		private static boolean hasColumn(List<XdiColumn> columns, String name) {
			return columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
		}

		private void line(int index, String line) throws SpectrumFileException {
			if (line.isEmpty()) {
				return;
			}
			if (!line.startsWith("#")) {
				if (section != Section.DATA && !startsLikeNumber(line)) {
					warnings.add("line " + (index + 1) + ": unrecognised comment character '" + line.charAt(0)
							+ "', line ignored");
					return;
				}
				section = Section.DATA;
				row(index, line);
				return;
			}
			String body = line.substring(1).strip();
			if (section == Section.DATA) {
				outer(index, body);
			} else if (body.matches("-{2,}")) {
				sawDashes = true;
				section = Section.LABELS;
			} else if ((body.matches("/{2,}") || body.startsWith("///")) && section == Section.FIELDS) {
				// Some beamline writers title the marker, "# ///  Users Comments  ///": accepted, with a warning.
				if (!body.matches("/{2,}")) {
					warnings.add("line " + (index + 1) + ": text on the '///' line that ends the fields: '" + body + "'");
				}
				section = Section.COMMENTS;
			} else if (section == Section.LABELS) {
				labelLine = body;
			} else if (section == Section.COMMENTS) {
				comments.add(body);
			} else if (!body.isEmpty()) {
				field(index, body);
			}
		}

		private void field(int index, String body) throws SpectrumFileException {
			int colon = body.indexOf(':');
			if (colon < 0) {
				throw error(index, "header line '" + body + "' is not 'Family.key: value' (no ':')");
			}
			String name = body.substring(0, colon).strip();
			String value = body.substring(colon + 1).strip();
			if (!FIELD_NAME.matcher(name).matches()) {
				throw error(index, "header field name '" + name
						+ "' is not 'Family.key' (one '.', family starting with a letter, letters/digits/_ only)");
			}
			if (value.isEmpty()) {
				throw error(index, "header field '" + name + "' has no value");
			}
			if (fields.put(name, value) != null) {
				warnings.add("line " + (index + 1) + ": field " + name + " given again; the last value is kept");
			}
		}

		/** Inside the data only "Outer.value: x" lines mean something: they open a block of a 2D scan. */
		private void outer(int index, String body) throws SpectrumFileException {
			Matcher m = OUTER.matcher(body);
			if (!m.matches()) {
				warnings.add("line " + (index + 1) + ": comment among the data rows ignored");
				return;
			}
			try {
				outerValues.put(rows.size(), Double.parseDouble(m.group(1)));
			} catch (NumberFormatException e) {
				throw error(index, "Outer.value '" + m.group(1) + "' is not a number");
			}
		}

		private void row(int index, String line) throws SpectrumFileException {
			String[] tokens = line.split("\\s+");
			if (!rows.isEmpty() && tokens.length != rows.get(0).length) {
				throw error(index, "has " + tokens.length + " columns, the first data row has " + rows.get(0).length);
			}
			double[] row = new double[tokens.length];
			for (int c = 0; c < tokens.length; c++) {
				row[c] = TextNumbers.finiteValue(tokens[c]);
				if (Double.isNaN(row[c])) {
					throw error(index, TextNumbers.problem(tokens[c]) + " in column " + (c + 1));
				}
			}
			rows.add(row);
		}

		/** Column names from Column.N; the label line only when no Column.N is given; "colN" otherwise. */
		private List<XdiColumn> columns() {
			int width = rows.get(0).length;
			Map<Integer, String> declared = new TreeMap<>();
			fields.forEach((name, value) -> {
				Matcher m = COLUMN.matcher(name);
				if (m.matches()) {
					declared.put(Integer.parseInt(m.group(1)), value);
				}
			});
			if (declared.isEmpty() && labelLine != null && labelLine.split("\\s+").length == width) {
				warnings.add("no Column.N fields; column names taken from the label line");
				String[] labels = labelLine.split("\\s+");
				for (int c = 0; c < width; c++) {
					declared.put(c + 1, labels[c]);
				}
			}
			List<XdiColumn> columns = new ArrayList<>();
			for (int c = 1; c <= width; c++) {
				double[] values = new double[rows.size()];
				for (int r = 0; r < values.length; r++) {
					values[r] = rows.get(r)[c - 1];
				}
				String text = declared.remove(c);
				if (text == null) {
					warnings.add("no Column." + c + " field; column named col" + c);
					columns.add(new XdiColumn("col" + c, null, values));
				} else {
					String[] words = text.split("\\s+", 2);
					columns.add(new XdiColumn(words[0], words.length > 1 ? words[1] : null, values));
				}
			}
			declared.keySet().forEach(n -> warnings.add("Column." + n + " ignored: the data have " + width + " columns"));
			return columns;
		}

		private static boolean startsLikeNumber(String line) {
			char c = line.charAt(0);
			return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
		}

		private SpectrumFileException error(int index, String problem) {
			return new SpectrumFileException(file, "line " + (index + 1), problem);
		}
	}
}
