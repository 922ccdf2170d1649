package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.edgewise.io.internal.CifBlock;
import org.edgewise.io.internal.CifTokenizer.Token;
import org.edgewise.io.internal.ElementLabels;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.io.internal.SymmetryOperation;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.Structure;

/**
 * Reads the crystal structure of the first data block of a CIF (1.1 syntax).
 * <p>
 * The cell comes from {@code _cell_length_a/b/c} and {@code _cell_angle_alpha/beta/gamma} in the standard
 * setting (a along x, b in the xy plane); numbers may carry uncertainties such as {@code 5.431(2)}. Atoms
 * come from the {@code _atom_site_} loop: element from {@code _atom_site_type_symbol} or else the label
 * stripped of digits and charges, {@code _atom_site_fract_x/y/z} and {@code _atom_site_occupancy}. The
 * symmetry operations ({@code _space_group_symop_operation_xyz} or {@code _symmetry_equiv_pos_as_xyz})
 * are applied to every atom; images are wrapped into [0, 1) and those of one atom closer than
 * {@value #MERGE_DISTANCE} in fractional coordinates are merged. Without operations the atoms are taken
 * as the whole cell (P1), unless the file names another space group.
 */
public final class CifReader {

	/** Images of one atom closer than this (fractional, Euclidean) are one site. */
	public static final double MERGE_DISTANCE = 1e-3;

	private static final Pattern DATA_LINE = Pattern.compile("(?im)^\\s*data_\\S");
	private static final Pattern UNCERTAINTY = Pattern.compile("\\(\\d+\\)$");
	private static final String[] SYMMETRY_TAGS = { "_space_group_symop_operation_xyz",
			"_symmetry_equiv_pos_as_xyz" };
	private static final String[] GROUP_TAGS = { "_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m" };

	private final Path file;
	private final CifBlock block;

	private CifReader(Path file, CifBlock block) {
		this.file = file;
		this.block = block;
	}

	/**
	 * @param file the file
	 * @param head its first few KiB decoded as ISO-8859-1
	 * @return true when the file looks like a CIF: a {@code data_} line and cell or atom-site tags
	 */
	public static boolean recognises(Path file, String head) {
		return DATA_LINE.matcher(head).find() && (head.contains("_cell_length") || head.contains("_atom_site_"));
	}

	/**
	 * @return the full unit cell with site labels and occupancies
	 * @throws DataFileException naming the file and line when the file lacks the cell or the atoms, holds a
	 *                           symmetry operation that is not understood, or breaks the CIF grammar
	 */
	public static CifStructure read(Path file) throws DataFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new DataFileException(f, null, problem, cause));
		return new CifReader(file, CifBlock.parse(file, lines)).structure();
	}

	private CifStructure structure() throws DataFileException {
		Lattice lattice = lattice();
		List<SymmetryOperation> operations = operations();
		List<Token> x = requiredColumn("_atom_site_fract_x");
		List<Token> y = requiredColumn("_atom_site_fract_y");
		List<Token> z = requiredColumn("_atom_site_fract_z");
		List<Token> labels = block.column("_atom_site_label");
		List<Token> symbols = block.column("_atom_site_type_symbol");
		List<Token> occupancies = block.column("_atom_site_occupancy");
		if (labels == null && symbols == null) {
			throw new DataFileException(file, null,
					"the atom sites have neither _atom_site_type_symbol nor _atom_site_label");
		}
		for (List<Token> column : List.of(y, z, labels != null ? labels : x, symbols != null ? symbols : x,
				occupancies != null ? occupancies : x)) {
			if (column.size() != x.size()) {
				throw error(column.get(0), "the atom-site columns differ in length: " + x.size() + " and "
						+ column.size() + " values");
			}
		}
		List<String> species = new ArrayList<>();
		List<String> siteLabels = new ArrayList<>();
		List<Double> siteOccupancy = new ArrayList<>();
		List<double[]> sites = new ArrayList<>();
		for (int atom = 0; atom < x.size(); atom++) {
			Token symbolToken = symbols != null ? symbols.get(atom) : labels.get(atom);
			String element = ElementLabels.element(symbolToken.text());
			if (element == null) {
				throw error(symbolToken, "'" + symbolToken.text() + "' does not name an element");
			}
			String label = labels != null ? labels.get(atom).text() : symbolToken.text();
			double occupancy = occupancies == null || isPlaceholder(occupancies.get(atom)) ? 1
					: number(occupancies.get(atom), "_atom_site_occupancy");
			double[] f = { number(x.get(atom), "_atom_site_fract_x"), number(y.get(atom), "_atom_site_fract_y"),
					number(z.get(atom), "_atom_site_fract_z") };
			int first = sites.size();
			for (SymmetryOperation operation : operations) {
				double[] image = wrapped(operation.apply(f));
				if (!closeToAny(image, sites, first)) {
					sites.add(image);
					species.add(element);
					siteLabels.add(label);
					siteOccupancy.add(occupancy);
				}
			}
		}
		double[] occupancy = siteOccupancy.stream().mapToDouble(Double::doubleValue).toArray();
		Structure structure = Structure.periodic(lattice, species, sites.toArray(double[][]::new));
		return new CifStructure(structure, siteLabels, occupancy);
	}

	/** The cell in the standard setting: a along x, b in the xy plane, c completing a right-handed set. */
	private Lattice lattice() throws DataFileException {
		double a = cellValue("_cell_length_a");
		double b = cellValue("_cell_length_b");
		double c = cellValue("_cell_length_c");
		double alpha = cellValue("_cell_angle_alpha");
		double beta = cellValue("_cell_angle_beta");
		double gamma = cellValue("_cell_angle_gamma");
		try {
			return Lattice.fromParameters(a, b, c, alpha, beta, gamma);
		} catch (IllegalArgumentException e) {
			throw new DataFileException(file, "line " + block.value("_cell_angle_alpha").line(), e.getMessage());
		}
	}

	private double cellValue(String tag) throws DataFileException {
		Token token = block.value(tag);
		if (token == null || isPlaceholder(token)) {
			throw new DataFileException(file, null, "no " + tag + ": the cell is missing");
		}
		double value = number(token, tag);
		if (!(value > 0)) {
			throw error(token, tag + " must be positive, found " + token.text());
		}
		return value;
	}

	private List<SymmetryOperation> operations() throws DataFileException {
		String tag = block.firstPresent(SYMMETRY_TAGS);
		List<SymmetryOperation> operations = new ArrayList<>();
		if (tag == null) {
			String group = block.firstPresent(GROUP_TAGS);
			String name = group == null ? "P1" : block.value(group).text().replace(" ", "");
			if (!name.equalsIgnoreCase("P1") && !name.equals("?")) {
				throw new DataFileException(file, "line " + block.value(group).line(), "space group '" + name
						+ "' is named but no symmetry operations are listed: the atoms cannot be expanded");
			}
			operations.add(SymmetryOperation.parse("x,y,z"));
			return operations;
		}
		for (Token token : block.column(tag)) {
			try {
				operations.add(SymmetryOperation.parse(token.text()));
			} catch (IllegalArgumentException e) {
				throw error(token, e.getMessage());
			}
		}
		return operations;
	}

	private List<Token> requiredColumn(String tag) throws DataFileException {
		List<Token> column = block.column(tag);
		if (column == null) {
			throw new DataFileException(file, null, "no " + tag + " column: the atom positions are missing");
		}
		return column;
	}

	/** @return the value of a CIF number, dropping a trailing uncertainty such as {@code (2)} */
	private double number(Token token, String tag) throws DataFileException {
		String text = UNCERTAINTY.matcher(token.text()).replaceFirst("");
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw error(token, "non-numeric value '" + token.text() + "' for " + tag);
	}

	/** CIF writes '?' for unknown and '.' for inapplicable */
	private static boolean isPlaceholder(Token token) {
		return !token.quoted() && (token.text().equals("?") || token.text().equals("."));
	}

	private static double[] wrapped(double[] f) {
		double[] g = new double[3];
		for (int k = 0; k < 3; k++) {
			g[k] = f[k] - Math.floor(f[k]);
			// a value a rounding error below 1 is the same site as 0
			if (g[k] >= 1 - 1e-12) {
				g[k] = 0;
			}
		}
		return g;
	}

	/** @return whether {@code image} lies within the merge distance of a site from index {@code first} on */
	private static boolean closeToAny(double[] image, List<double[]> sites, int first) {
		for (int s = first; s < sites.size(); s++) {
			double sum = 0;
			for (int k = 0; k < 3; k++) {
				double d = image[k] - sites.get(s)[k];
				d -= Math.rint(d);
				sum += d * d;
			}
			if (Math.sqrt(sum) < MERGE_DISTANCE) {
				return true;
			}
		}
		return false;
	}

	private DataFileException error(Token token, String problem) {
		return new DataFileException(file, "line " + token.line(), problem);
	}
}
