package org.edgewise.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads the column files beamlines write (APS, NSLS, SSRL, ESRF, KEK-PF, SLS, CLS and generic CSV/TSV):
 * a free-form header, then a block of numeric rows separated by spaces, tabs, commas or semicolons (with
 * semicolons, or tabs and no decimal points, the comma is the decimal mark: "8979,5;0,123"). A file may hold
 * several blocks (SPEC scans, rows split by a comment line, see {@link ColumnBlock}); the last one is read
 * unless a block is named.
 * <ul>
 * <li>Labels: see {@link ColumnLabels}; a file without them has "col1", "col2", ...</li>
 * <li>Energy: the first column labelled as one (energy, E, ener, mono...), else a monochromator angle in
 * degrees with the crystal spacing "D= 3.1355 A" in the header, else the first monotonic column in a
 * plausible eV or keV range. Values below 200 are keV and become eV.</li>
 * <li>mu: see {@link MuFromChannels}; the metadata's mode says which rule ("transmission", "fluorescence",
 * "stored mu") and its sourcePath the formula, e.g. "ln(I0/It)". Without a rule each other column becomes
 * one spectrum labelled by its column, mode unknown.</li>
 * </ul>
 * Energies are sorted ascending and repeated energies merged into their mean.
 */
public final class BeamlineColumnReader {

	private static final Pattern ENERGY_LABEL = Pattern.compile("energy|^e$|^e\\s*\\(|^ener|^mono|^en$");
	private static final Pattern SPACING = Pattern.compile("\\bD=\\s*([0-9.]+)");
	/** hc in eV Angstrom: E = hc / (2 d sin theta). */
	private static final double HC = 12398.419843;
	private static final double KEV_LIMIT = 200;
	private static final int PROBE_BYTES = 1 << 18;

	private BeamlineColumnReader() {
	}

	/**
	 * @param file the file, read further than {@code head} when its header is longer
	 * @param head the first bytes of the file decoded as ISO-8859-1
	 * @return true for text whose numeric block has at least two columns, FDMNES output excepted
	 */
	public static boolean recognises(Path file, String head) throws IOException {
		if (head.indexOf('\0') >= 0 || FdmnesReader.recognises(file, head)) {
			return false;
		}
		String text = head;
		if (numericBlockColumns(text) < 2 && Files.size(file) > head.length()) {
			try (InputStream in = Files.newInputStream(file)) {
				text = new String(in.readNBytes(PROBE_BYTES), StandardCharsets.ISO_8859_1);
			}
		}
		return numericBlockColumns(text) >= 2;
	}

	private static int numericBlockColumns(String text) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		if (!text.endsWith("\n") && !lines.isEmpty()) {
			lines.remove(lines.size() - 1); // cut off by the probe
		}
		try {
			ColumnTable table = ColumnTable.find(null, lines);
			return table == null ? 0 : table.columns();
		} catch (SpectrumFileException e) {
			return 0;
		}
	}

	/**
	 * Reads the last numeric block, as Larch and Athena do. When the file has several blocks (SPEC scans, or
	 * rows split by a comment line) the set's source path starts with where the block lies, e.g. "scan 2
	 * (block 2 of 2, lines 515-1420): ln(I0/It)", or is just that without a rule for mu;
	 * {@link #blocks(Path)} lists the blocks and {@link #read(Path, String)} reads any one.
	 *
	 * @return one spectrum of mu when a rule forms it, else one spectrum per non-energy column
	 * @throws SpectrumFileException naming the file and line: a non-numeric value or a differing column
	 *                               count in the data, no numeric block, no energy column
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		List<String> lines = lines(file);
		List<ColumnTable> tables = tables(file, lines);
		return read(file, tables.getLast(), position(ColumnBlock.of(lines, tables).getLast(), tables.size()));
	}

	/**
	 * Reads one numeric block of the file.
	 *
	 * @param part the block's {@link ColumnBlock#name() name}: "scan 2" (a SPEC scan's "#S" number) or
	 *             "block 3" (its position, counted from 1)
	 * @return as {@link #read(Path)}, from that block
	 * @throws SpectrumFileException as {@link #read(Path)}, and naming the part, with the names of all blocks,
	 *                               when no block has that name
	 */
	public static SpectrumSet read(Path file, String part) throws SpectrumFileException {
		List<String> lines = lines(file);
		List<ColumnTable> tables = tables(file, lines);
		List<ColumnBlock> blocks = ColumnBlock.of(lines, tables);
		for (int k = 0; k < blocks.size(); k++) {
			if (blocks.get(k).name().equals(part)) {
				return read(file, tables.get(k), position(blocks.get(k), tables.size()));
			}
		}
		throw new SpectrumFileException(file, "part '" + part + "'", "no block has this name; the blocks are "
				+ blocks.stream().map(ColumnBlock::name).toList());
	}

	/**
	 * @return the file's numeric blocks in file order, at least one
	 * @throws SpectrumFileException as {@link #read(Path)}, energy column aside
	 */
	public static List<ColumnBlock> blocks(Path file) throws SpectrumFileException {
		List<String> lines = lines(file);
		return ColumnBlock.of(lines, tables(file, lines));
	}

	private static List<String> lines(Path file) throws SpectrumFileException {
		return InputFiles.lines(file, (f, problem, cause) -> new SpectrumFileException(f, null, problem, cause));
	}

	private static List<ColumnTable> tables(Path file, List<String> lines) throws SpectrumFileException {
		List<ColumnTable> tables = ColumnTable.findAll(file, lines);
		if (tables.isEmpty()) {
			throw new SpectrumFileException(file, null, "no block of numeric rows with at least 2 columns");
		}
		return tables;
	}

	/** @return where the block lies when the file has several, else null: a lone block needs no saying */
	private static String position(ColumnBlock block, int count) {
		return count > 1 ? block.position(count) : null;
	}

	/** @param position where the block lies in the file, or null for a file of one block */
	private static SpectrumSet read(Path file, ColumnTable table, String position) throws SpectrumFileException {
		List<String> header = table.header();
		List<String> labels = ColumnLabels.of(header, table.columns(), table.decimalComma);
		double[][] columns = transpose(table.rows);
		int energyColumn = energyColumn(labels, columns, header);
		if (energyColumn < 0) {
			throw new SpectrumFileException(file, "line " + table.firstRowLine,
					"no energy column: none labelled as one " + labels + " and none monotonic in an eV or keV range");
		}
		double[] energies = toElectronVolts(labels.get(energyColumn), columns[energyColumn], header);
		EnergyOrder order;
		try {
			order = EnergyOrder.of(energies);
		} catch (IllegalArgumentException e) {
			throw new SpectrumFileException(file, "column " + labels.get(energyColumn), e.getMessage(), e);
		}
		return toSet(file, order, labels, columns, energyColumn, position);
	}

	private static SpectrumSet toSet(Path file, EnergyOrder order, List<String> labels, double[][] columns,
			int energyColumn, String position) {
		EnergyAxis axis = order.axis();
		MuFromChannels.Mu mu = MuFromChannels.of(labels, columns);
		if (mu != null) {
			SpectrumMetadata metadata = new SpectrumMetadata(null, null, mu.mode(), null, file.toString(),
					sourcePath(position, mu.sourcePath()));
			return SpectrumSet.of(List.of(new Spectrum(axis, order.apply(mu.values()), "mu", metadata)), metadata);
		}
		SpectrumMetadata fileMetadata = SpectrumMetadata.fromSource(file.toString(), position);
		List<Spectrum> spectra = new ArrayList<>();
		for (int c = 0; c < columns.length; c++) {
			if (c != energyColumn) {
				spectra.add(new Spectrum(axis, order.apply(columns[c]), labels.get(c),
						SpectrumMetadata.fromSource(file.toString(), labels.get(c))));
			}
		}
		return SpectrumSet.of(spectra, fileMetadata);
	}

	/** @return e.g. "scan 2 (block 2 of 2, lines 515-1420): ln(I0/It)", or just the formula for one block */
	private static String sourcePath(String position, String formula) {
		return position == null ? formula : position + ": " + formula;
	}

	private static double[][] transpose(List<double[]> rows) {
		double[][] columns = new double[rows.get(0).length][rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.length; c++) {
				columns[c][r] = rows.get(r)[c];
			}
		}
		return columns;
	}

	private static int energyColumn(List<String> labels, double[][] columns, List<String> header) {
		for (int c = 0; c < labels.size(); c++) {
			String name = labels.get(c).toLowerCase(Locale.ROOT);
			if (ENERGY_LABEL.matcher(name).find() && plausible(toElectronVolts(labels.get(c), columns[c], header))) {
				return c;
			}
		}
		for (int c = 0; c < labels.size(); c++) {
			if (isAngle(labels.get(c)) && spacing(header) > 0
					&& plausible(toElectronVolts(labels.get(c), columns[c], header))) {
				return c;
			}
		}
		for (int c = 0; c < columns.length; c++) {
			if (monotonic(columns[c]) && plausible(toElectronVolts(labels.get(c), columns[c], header))) {
				return c;
			}
		}
		return -1;
	}

	private static boolean isAngle(String label) {
		return label.toLowerCase(Locale.ROOT).startsWith("angle");
	}

	/** @return the crystal's lattice spacing d in Angstrom from "D= 3.13551 A", or -1 */
	private static double spacing(List<String> header) {
		for (String line : header) {
			Matcher m = SPACING.matcher(line);
			if (m.find()) {
				return ColumnTable.number(m.group(1), false);
			}
		}
		return -1;
	}

	private static double[] toElectronVolts(String label, double[] values, List<String> header) {
		double[] result = values.clone();
		double d = spacing(header);
		if (isAngle(label) && d > 0) {
			for (int r = 0; r < result.length; r++) {
				result[r] = HC / (2 * d * Math.sin(Math.toRadians(values[r])));
			}
			return result;
		}
		double max = Math.abs(values[0]);
		for (double v : values) {
			max = Math.max(max, Math.abs(v));
		}
		if (max < KEV_LIMIT || label.toLowerCase(Locale.ROOT).contains("kev")) {
			for (int r = 0; r < result.length; r++) {
				result[r] = values[r] * 1000;
			}
		}
		return result;
	}

	/**
	 * Soft X-rays from {@value #KEV_LIMIT} eV (below which values are keV; the K edges of carbon, nitrogen and
	 * oxygen and the L edges of the 3d metals lie above) to hard X-rays at 100 keV; every value, not just most.
	 */
	private static boolean plausible(double[] electronVolts) {
		for (double e : electronVolts) {
			if (!(e >= KEV_LIMIT && e <= 100_000)) {
				return false;
			}
		}
		return true;
	}

	private static boolean monotonic(double[] values) {
		boolean up = true;
		boolean down = true;
		for (int r = 1; r < values.length; r++) {
			up &= values[r] >= values[r - 1];
			down &= values[r] <= values[r - 1];
		}
		return (up || down) && values[values.length - 1] != values[0];
	}
}
