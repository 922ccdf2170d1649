package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.io.internal.TextNumbers;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads plain column text: lines starting with '#' are comments, blank lines are skipped, every other line
 * is a row of numbers separated by spaces, tabs or commas. The first column is the energy in eV, each further
 * column one spectrum (mu). The spectra are labelled from the last comment line before the data when it has
 * one word per column ("# energy mu"), else "column 2", "column 3", ...
 * <p>
 * Energies are sorted ascending and repeated energies merged into their mean. Beamline formats whose columns
 * are raw intensities (I0, It, If) need their own reader; this one takes the columns as they are.
 */
public final class ColumnTextReader {

	private ColumnTextReader() {
	}

	/**
	 * @return one spectrum per column after the first, as a list set [n, E]
	 * @throws SpectrumFileException naming the file and line: a non-numeric or non-finite value, a row with
	 *                               a different number of columns, fewer than two columns, no data rows
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new SpectrumFileException(f, null, problem, cause));
		String header = null;
		int firstRowLine = 0;
		List<double[]> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				if (rows.isEmpty()) {
					header = line;
				}
				continue;
			}
			String[] tokens = line.split("[\\s,]+");
			if (rows.isEmpty()) {
				firstRowLine = i + 1;
				if (tokens.length < 2) {
					throw new SpectrumFileException(file, "line " + (i + 1),
							"need at least 2 columns (energy and mu), found " + tokens.length);
				}
			} else if (tokens.length != rows.get(0).length) {
				throw new SpectrumFileException(file, "line " + (i + 1), "has " + tokens.length + " columns, line "
						+ firstRowLine + " has " + rows.get(0).length);
			}
			rows.add(parse(file, i + 1, tokens));
		}
		if (rows.isEmpty()) {
			throw new SpectrumFileException(file, null, "no data rows (only comments or blank lines)");
		}
		return toSet(file, rows, labels(header, rows.get(0).length));
	}

	private static double[] parse(Path file, int lineNumber, String[] tokens) throws SpectrumFileException {
		double[] row = new double[tokens.length];
		for (int c = 0; c < tokens.length; c++) {
			row[c] = TextNumbers.finiteValue(tokens[c]);
			if (Double.isNaN(row[c])) {
				throw new SpectrumFileException(file, "line " + lineNumber,
						TextNumbers.problem(tokens[c]) + " in column " + (c + 1));
			}
		}
		return row;
	}

	private static List<String> labels(String header, int columns) {
		if (header != null) {
			String[] words = header.replaceFirst("^#+", "").strip().split("\\s+");
			if (words.length == columns) {
				return List.of(words);
			}
		}
		List<String> labels = new ArrayList<>();
		for (int c = 1; c <= columns; c++) {
			labels.add("column " + c);
		}
		return labels;
	}

	private static SpectrumSet toSet(Path file, List<double[]> rows, List<String> labels) throws SpectrumFileException {
		int columns = rows.get(0).length;
		EnergyOrder order;
		try {
			order = EnergyOrder.of(column(rows, 0));
		} catch (IllegalArgumentException e) {
			throw new SpectrumFileException(file, "column 1", e.getMessage(), e);
		}
		EnergyAxis energy = order.axis();
		SpectrumMetadata metadata = SpectrumMetadata.fromSource(file.toString(), columns == 2 ? labels.get(1) : null);
		List<Spectrum> spectra = new ArrayList<>();
		for (int c = 1; c < columns; c++) {
			spectra.add(new Spectrum(energy, order.apply(column(rows, c)), labels.get(c), metadata));
		}
		return SpectrumSet.of(spectra, metadata);
	}

	private static double[] column(List<double[]> rows, int c) {
		double[] values = new double[rows.size()];
		for (int r = 0; r < values.length; r++) {
			values[r] = rows.get(r)[c];
		}
		return values;
	}
}
