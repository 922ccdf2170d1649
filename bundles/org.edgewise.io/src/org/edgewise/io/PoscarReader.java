package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgewise.io.internal.InputFiles;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.Structure;

/**
 * Reads a VASP 5 POSCAR or CONTCAR: comment line, scale factor (a negative value is the cell volume in
 * Å³), three lattice vectors, element symbols, atom counts, optional "Selective dynamics", "Direct" or
 * "Cartesian", then one position per atom (extra columns such as T/F flags are ignored). Symbols such as
 * "Fe_pv" or "Fe/1a2b" are reduced to the element. VASP 4 files (no symbol line) are refused because they
 * do not say which atoms they hold.
 */
public final class PoscarReader {

	private final Path file;
	private final List<String> lines;
	private int next;

	private PoscarReader(Path file, List<String> lines) {
		this.file = file;
		this.lines = lines;
	}

	/**
	 * @return the periodic structure
	 * @throws DataFileException naming the file and line when the file does not follow the format
	 */
	public static Structure read(Path file) throws DataFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new DataFileException(f, null, problem, cause));
		return new PoscarReader(file, lines).parse();
	}

	private Structure parse() throws DataFileException {
		next = 1; // line 1 is a free comment
		String[] scaleTokens = tokens("the scale factor");
		if (scaleTokens.length >= 3 && isNumber(scaleTokens[1]) && isNumber(scaleTokens[2])) {
			throw error(next, "three scale factors (one per axis) are not supported");
		}
		double[] scale = numbers(scaleTokens, 1, "the scale factor");
		double[][] rows = new double[3][];
		for (int i = 0; i < 3; i++) {
			rows[i] = numbers(tokens("lattice vector " + (i + 1)), 3, "lattice vector " + (i + 1));
		}
		String[] symbols = tokens("the element symbols");
		if (isNumber(symbols[0])) {
			throw error(next, "expected element symbols (VASP 5), found numbers: VASP 4 files are not supported");
		}
		String[] countTokens = tokens("the atom counts");
		if (countTokens.length != symbols.length) {
			throw error(next, symbols.length + " element symbols but " + countTokens.length + " atom counts");
		}
		List<String> species = new ArrayList<>();
		for (int s = 0; s < symbols.length; s++) {
			int count = count(countTokens[s]);
			for (int k = 0; k < count; k++) {
				species.add(symbols[s].split("[_/]")[0]);
			}
		}
		String mode = tokens("'Direct' or 'Cartesian'")[0];
		if (Character.toLowerCase(mode.charAt(0)) == 's') {
			mode = tokens("'Direct' or 'Cartesian'")[0];
		}
		char kind = Character.toLowerCase(mode.charAt(0));
		if (kind != 'd' && kind != 'c' && kind != 'k') {
			throw error(next, "expected 'Direct' or 'Cartesian', found '" + mode + "'");
		}
		Lattice unscaled;
		try {
			unscaled = Lattice.of(rows);
		} catch (IllegalArgumentException e) {
			throw error(3, e.getMessage());
		}
		double factor = scale[0] > 0 ? scale[0] : Math.cbrt(-scale[0] / unscaled.volume());
		if (!(factor > 0) || !Double.isFinite(factor)) {
			throw error(2, "scale factor must not be zero");
		}
		for (double[] row : rows) {
			for (int k = 0; k < 3; k++) {
				row[k] *= factor;
			}
		}
		Lattice lattice = Lattice.of(rows);
		double[][] fractional = new double[species.size()][];
		for (int a = 0; a < fractional.length; a++) {
			String what = "the position of atom " + (a + 1) + " of " + fractional.length;
			double[] position = numbers(tokens(what), 3, what);
			fractional[a] = kind == 'd' ? position : lattice.toFractional(scaled(position, factor));
		}
		return Structure.periodic(lattice, species, fractional);
	}

	/** @return the whitespace-separated words of the next line, which must exist and not be blank */
	private String[] tokens(String expected) throws DataFileException {
		next++;
		if (next > lines.size()) {
			throw error(next, "file ends where " + expected + " should be");
		}
		String line = lines.get(next - 1).strip();
		if (line.isEmpty()) {
			throw error(next, "blank line where " + expected + " should be");
		}
		return line.split("\\s+");
	}

	/** @return the first {@code count} tokens as numbers; more tokens are allowed (flags, comments) */
	private double[] numbers(String[] tokens, int count, String what) throws DataFileException {
		if (tokens.length < count) {
			throw error(next, "expected " + count + " numbers for " + what + ", found " + tokens.length);
		}
		double[] values = new double[count];
		for (int i = 0; i < count; i++) {
			try {
				values[i] = Double.parseDouble(tokens[i]);
			} catch (NumberFormatException e) {
				throw error(next, "non-numeric value '" + tokens[i] + "' in " + what);
			}
			if (!Double.isFinite(values[i])) {
				throw error(next, "non-finite value '" + tokens[i] + "' in " + what);
			}
		}
		return values;
	}

	private int count(String token) throws DataFileException {
		try {
			int count = Integer.parseInt(token);
			if (count > 0) {
				return count;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw error(next, "atom count '" + token + "' is not a positive whole number");
	}

	private static boolean isNumber(String token) {
		try {
			Double.parseDouble(token);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static double[] scaled(double[] position, double factor) {
		return new double[] { position[0] * factor, position[1] * factor, position[2] * factor };
	}

	private DataFileException error(int line, String problem) {
		return new DataFileException(file, "line " + line, problem);
	}
}
