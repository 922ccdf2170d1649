package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgewise.io.internal.ElementLabels;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.Structure;

/**
 * Reads the first frame of an XYZ file: an atom count, a comment line, then one line per atom,
 * {@code El x y z} in ångström, giving a cluster. In extended XYZ the comment line holds key=value pairs:
 * {@code Lattice="ax ay az bx by bz cx cy cz"} makes the structure periodic, and
 * {@code Properties=species:S:1:pos:R:3:...} says in which columns the species and positions are (by
 * default the first four).
 */
public final class XyzReader {

	private static final Pattern COUNT = Pattern.compile("\\A\\s*\\d+\\s*\\r?\\n");
	/** key=value, key="quoted value" or a bare key; keys are letters, digits and underscores */
	private static final Pattern PAIR = Pattern.compile("(\\w+)(?:\\s*=\\s*(?:\"([^\"]*)\"|(\\S+)))?");

	private final Path file;
	private final List<String> lines;

	private XyzReader(Path file, List<String> lines) {
		this.file = file;
		this.lines = lines;
	}

	/**
	 * @param file the file
	 * @param head its first few KiB decoded as ISO-8859-1
	 * @return true when the file looks like XYZ: its first line is an atom count alone and its name ends
	 *         in .xyz or .extxyz, or its third line starts with an element symbol and three numbers
	 */
	public static boolean recognises(Path file, String head) {
		if (!COUNT.matcher(head).find()) {
			return false;
		}
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".xyz") || name.endsWith(".extxyz")) {
			return true;
		}
		String[] lines = head.split("\\r?\\n", 4);
		return lines.length >= 3 && lines[2].strip().matches("[A-Za-z]{1,3}\\d*(\\s+[-+0-9.eE]+){3}.*");
	}

	/**
	 * @return a cluster, or a periodic structure when the comment line gives a Lattice
	 * @throws DataFileException naming the file and line when the count, the header or an atom line is wrong
	 */
	public static Structure read(Path file) throws DataFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new DataFileException(f, null, problem, cause));
		return new XyzReader(file, lines).parse();
	}

	private Structure parse() throws DataFileException {
		int count;
		try {
			count = Integer.parseInt(lines.get(0).strip());
		} catch (NumberFormatException e) {
			throw error(1, "expected the number of atoms, found '" + lines.get(0).strip() + "'");
		}
		if (count <= 0) {
			throw error(1, "the number of atoms must be positive, found " + count);
		}
		if (lines.size() < 2 + count) {
			throw error(lines.size() + 1, "file ends after " + Math.max(0, lines.size() - 2) + " of " + count
					+ " atom lines");
		}
		Map<String, String> header = header(lines.get(1));
		int[] columns = columns(header.get("properties"));
		int width = Math.max(columns[0], columns[1] + 2) + 1;
		List<String> species = new ArrayList<>();
		double[][] positions = new double[count][3];
		for (int a = 0; a < count; a++) {
			int line = a + 3;
			String[] fields = lines.get(line - 1).strip().split("\\s+");
			if (fields.length < width) {
				throw error(line, "atom line has " + fields.length + " fields, expected at least " + width);
			}
			String element = ElementLabels.element(fields[columns[0]]);
			if (element == null) {
				throw error(line, "'" + fields[columns[0]] + "' is not an element symbol");
			}
			species.add(element);
			for (int k = 0; k < 3; k++) {
				positions[a][k] = number(fields[columns[1] + k], line);
			}
		}
		String lattice = header.get("lattice");
		if (lattice == null) {
			return Structure.cluster(species, positions);
		}
		Lattice cell = lattice(lattice);
		double[][] fractional = new double[count][];
		for (int a = 0; a < count; a++) {
			fractional[a] = cell.toFractional(positions[a]);
		}
		return Structure.periodic(cell, species, fractional);
	}

	/** @return the comment line's key=value pairs, keys in lower case; empty for a plain comment */
	private static Map<String, String> header(String comment) {
		Map<String, String> pairs = new HashMap<>();
		Matcher m = PAIR.matcher(comment);
		while (m.find()) {
			String value = m.group(2) != null ? m.group(2) : m.group(3);
			if (value != null) {
				pairs.put(m.group(1).toLowerCase(Locale.ROOT), value);
			}
		}
		return pairs;
	}

	/** @return the column of the species and of the first position component, from Properties */
	private int[] columns(String properties) throws DataFileException {
		if (properties == null) {
			return new int[] { 0, 1 };
		}
		String[] parts = properties.split(":");
		if (parts.length % 3 != 0) {
			throw error(2, "Properties '" + properties + "' is not a list of name:type:count triples");
		}
		int species = -1;
		int pos = -1;
		int column = 0;
		for (int p = 0; p < parts.length; p += 3) {
			int width;
			try {
				width = Integer.parseInt(parts[p + 2]);
			} catch (NumberFormatException e) {
				throw error(2, "Properties '" + properties + "': column count '" + parts[p + 2]
						+ "' is not a number");
			}
			String name = parts[p].toLowerCase(Locale.ROOT);
			if (name.equals("species")) {
				species = column;
			} else if (name.equals("pos") && width == 3) {
				pos = column;
			}
			column += width;
		}
		if (species < 0 || pos < 0) {
			throw error(2, "Properties '" + properties + "' lacks species:S:1 or pos:R:3");
		}
		return new int[] { species, pos };
	}

	private Lattice lattice(String text) throws DataFileException {
		String[] fields = text.strip().split("\\s+");
		if (fields.length != 9) {
			throw error(2, "Lattice holds " + fields.length + " numbers, expected 9");
		}
		double[][] rows = new double[3][3];
		for (int i = 0; i < 9; i++) {
			rows[i / 3][i % 3] = number(fields[i], 2);
		}
		try {
			return Lattice.of(rows);
		} catch (IllegalArgumentException e) {
			throw error(2, e.getMessage());
		}
	}

	private double number(String token, int line) throws DataFileException {
		try {
			double value = Double.parseDouble(token);
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw error(line, "non-numeric value '" + token + "'");
	}

	private DataFileException error(int line, String problem) {
		return new DataFileException(file, "line " + line, problem);
	}
}
