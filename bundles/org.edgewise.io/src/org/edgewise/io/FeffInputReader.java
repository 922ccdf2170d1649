package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.edgewise.io.internal.ElementSymbols;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.Structure;

/**
 * Reads a FEFF input file (feff.inp): TITLE, EDGE, the POTENTIALS table (ipot, Z, tag, ...) and the ATOMS list
 * (x, y, z, ipot, ...), ended by END or the next card. '*' starts a comment. The unit cell is read from the
 * header pymatgen writes ("TITLE abc:", "TITLE angles:" and "* n El fx fy fz" comment lines) when present.
 */
public final class FeffInputReader {

	private final Path file;
	private final List<String> lines;

	private FeffInputReader(Path file, List<String> lines) {
		this.file = file;
		this.lines = lines;
	}

	/**
	 * @return the input's cluster, absorber, potentials, edge, title and cell
	 * @throws DataFileException naming the file and line: no POTENTIALS or ATOMS card, a malformed row, an ipot
	 *                           missing from POTENTIALS, not exactly one absorber (ipot 0)
	 */
	public static FeffInput read(Path file) throws DataFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new DataFileException(f, null, problem, cause));
		return new FeffInputReader(file, lines).parse();
	}

	private FeffInput parse() throws DataFileException {
		List<String> titles = new ArrayList<>();
		String edge = null;
		int potentialsLine = -1;
		int atomsLine = -1;
		for (int i = 0; i < lines.size(); i++) {
			String[] words = lines.get(i).strip().split("\\s+", 2);
			switch (words[0].toUpperCase(Locale.ROOT)) {
			case "TITLE" -> titles.add(words.length > 1 ? words[1].strip() : "");
			case "EDGE" -> edge = words.length > 1 ? words[1].strip().split("\\s+")[0] : null;
			case "POTENTIALS" -> potentialsLine = i;
			case "ATOMS" -> atomsLine = i;
			default -> {
			}
			}
		}
		if (atomsLine < 0) {
			throw new DataFileException(file, "line " + lines.size() + " (end of file)", "no ATOMS card");
		}
		if (potentialsLine < 0) {
			throw new DataFileException(file, "line " + lines.size() + " (end of file)", "no POTENTIALS card");
		}
		Map<Integer, String> potentials = potentials(potentialsLine);
		List<String> species = new ArrayList<>();
		List<double[]> positions = new ArrayList<>();
		int absorber = -1;
		for (int i : rows(atomsLine)) {
			String[] t = lines.get(i).strip().split("\\s+");
			if (t.length < 4) {
				throw new DataFileException(file, "line " + (i + 1), "an ATOMS row needs x y z ipot, found " + t.length + " fields");
			}
			double[] r = { number(t[0], i), number(t[1], i), number(t[2], i) };
			int ipot = integer(t[3], i);
			String element = potentials.get(ipot);
			if (element == null) {
				throw new DataFileException(file, "line " + (i + 1), "ipot " + ipot + " is not in POTENTIALS");
			}
			if (ipot == 0) {
				if (absorber >= 0) {
					throw new DataFileException(file, "line " + (i + 1), "a second absorber (ipot 0)");
				}
				absorber = species.size();
			}
			species.add(element);
			positions.add(r);
		}
		if (absorber < 0) {
			throw new DataFileException(file, "line " + (atomsLine + 1), "ATOMS has no absorber (ipot 0)");
		}
		Structure cluster = Structure.cluster(species, positions.toArray(double[][]::new));
		return new FeffInput(String.join("\n", titles), edge, potentials, cluster, absorber, cell());
	}

	private Map<Integer, String> potentials(int cardLine) throws DataFileException {
		Map<Integer, String> potentials = new HashMap<>();
		for (int i : rows(cardLine)) {
			String[] t = lines.get(i).strip().split("\\s+");
			if (t.length < 2) {
				throw new DataFileException(file, "line " + (i + 1), "a POTENTIALS row needs ipot and Z");
			}
			int z = integer(t[1], i);
			String symbol = ElementSymbols.symbol(z);
			if (symbol == null) {
				throw new DataFileException(file, "line " + (i + 1), "Z " + z + " is not an element");
			}
			if (potentials.put(integer(t[0], i), symbol) != null) {
				throw new DataFileException(file, "line " + (i + 1), "ipot " + t[0] + " defined twice");
			}
		}
		if (!potentials.containsKey(0)) {
			throw new DataFileException(file, "line " + (cardLine + 1), "POTENTIALS has no ipot 0 (absorber)");
		}
		return potentials;
	}

	/** @return the indices of the data rows after a card: comments and blanks skipped, up to END or the next card */
	private List<Integer> rows(int cardLine) {
		List<Integer> rows = new ArrayList<>();
		for (int i = cardLine + 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("*")) {
				continue;
			}
			if (Character.isLetter(line.charAt(0))) {
				break; // END or the next card
			}
			rows.add(i);
		}
		return rows;
	}

	/** @return the periodic cell from pymatgen's header, or null when the header lacks abc, angles or sites */
	private Structure cell() throws DataFileException {
		double[] abc = null;
		double[] angles = null;
		List<String> species = new ArrayList<>();
		List<double[]> fractional = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			String[] t = line.split("\\s+");
			if (line.startsWith("TITLE abc:")) {
				abc = triple(line.substring("TITLE abc:".length()), i);
			} else if (line.startsWith("TITLE angles:")) {
				// pymatgen writes "angles:114.08 ..." without a space when an angle has three digits
				angles = triple(line.substring("TITLE angles:".length()), i);
			} else if (t.length == 6 && t[0].equals("*") && t[1].matches("\\d+") && t[2].matches("[A-Z][a-z]?")) {
				species.add(t[2]);
				fractional.add(new double[] { number(t[3], i), number(t[4], i), number(t[5], i) });
			}
		}
		if (abc == null || angles == null || species.isEmpty()) {
			return null;
		}
		try {
			Lattice lattice = Lattice.fromParameters(abc[0], abc[1], abc[2], angles[0], angles[1], angles[2]);
			return Structure.periodic(lattice, species, fractional.toArray(double[][]::new));
		} catch (IllegalArgumentException e) {
			throw new DataFileException(file, "TITLE abc/angles", e.getMessage());
		}
	}

	private double[] triple(String text, int line) throws DataFileException {
		String[] t = text.strip().split("\\s+");
		if (t.length != 3) {
			throw new DataFileException(file, "line " + (line + 1), "expected 3 numbers, found '" + text.strip() + "'");
		}
		return new double[] { number(t[0], line), number(t[1], line), number(t[2], line) };
	}

	private double number(String token, int line) throws DataFileException {
		try {
			double value = Double.parseDouble(token);
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below with the line
		}
		throw new DataFileException(file, "line " + (line + 1), "'" + token + "' is not a finite number");
	}

	private int integer(String token, int line) throws DataFileException {
		try {
			return Integer.parseInt(token);
		} catch (NumberFormatException e) {
			throw new DataFileException(file, "line " + (line + 1), "'" + token + "' is not an integer", e);
		}
	}
}
