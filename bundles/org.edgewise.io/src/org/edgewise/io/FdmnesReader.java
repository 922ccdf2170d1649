package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads FDMNES simulation output: the {@code *_out.dat} file and the convoluted {@code *_conv.dat} file.
 * Both start with a "FDMNES program" banner and a line of numbers ending "= E_edge, ..." (commented with
 * '#' in the convoluted file), then a label line ("Energy &lt;xanes&gt; ...") and columns: the energy and
 * one absorption column per label. FDMNES writes energies relative to the edge unless told otherwise, so
 * energies that are all below 1 keV in size are taken as relative and E_edge is added. Every spectrum has
 * mode "simulated".
 */
public final class FdmnesReader {

	private static final String EDGE_MARK = "= E_edge";
	private static final double RELATIVE_LIMIT = 1000;

	private FdmnesReader() {
	}

	/** @return true when the head shows the FDMNES banner and the "= E_edge" line */
	public static boolean recognises(Path file, String head) {
		return head.contains("FDMNES") && head.contains(EDGE_MARK);
	}

	/**
	 * @return one spectrum per absorption column, labelled as in the file
	 * @throws SpectrumFileException naming the file and line: no E_edge line, no label line, a non-numeric
	 *                               value in the data
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new SpectrumFileException(f, null, problem, cause));
		double edgeEnergy = edgeEnergy(file, lines);
		ColumnTable table = ColumnTable.find(file, lines);
		if (table == null || table.header.isEmpty()) {
			throw new SpectrumFileException(file, null, "no label line and columns after the E_edge line");
		}
		String[] labels = table.header.get(table.header.size() - 1).strip().split("\\s+");
		if (labels.length != table.columns()) {
			throw new SpectrumFileException(file, "line " + (table.firstRowLine - 1), labels.length
					+ " labels for " + table.columns() + " columns");
		}
		double[] energies = new double[table.rows.size()];
		boolean relative = true;
		for (int r = 0; r < energies.length; r++) {
			energies[r] = table.rows.get(r)[0];
			relative &= Math.abs(energies[r]) < RELATIVE_LIMIT;
		}
		for (int r = 0; relative && r < energies.length; r++) {
			energies[r] += edgeEnergy;
		}
		EnergyOrder order;
		try {
			order = EnergyOrder.of(energies);
		} catch (IllegalArgumentException e) {
			throw new SpectrumFileException(file, "column " + labels[0], e.getMessage(), e);
		}
		EnergyAxis axis = order.axis();
		SpectrumMetadata metadata = new SpectrumMetadata(null, null, "simulated", null, file.toString(), null);
		List<Spectrum> spectra = new ArrayList<>();
		for (int c = 1; c < labels.length; c++) {
			double[] mu = new double[energies.length];
			for (int r = 0; r < mu.length; r++) {
				mu[r] = table.rows.get(r)[c];
			}
			String label = labels[c].replaceAll("[<>]", "");
			spectra.add(new Spectrum(axis, order.apply(mu), label,
					new SpectrumMetadata(null, null, "simulated", null, file.toString(), labels[c])));
		}
		return SpectrumSet.of(spectra, metadata);
	}

	/** @return the first number of the "... = E_edge, ..." line */
	private static double edgeEnergy(Path file, List<String> lines) throws SpectrumFileException {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.contains(EDGE_MARK)) {
				String first = line.replaceFirst("^[\\s#]+", "").split("\\s+")[0];
				double value = ColumnTable.number(first, false);
				if (!Double.isFinite(value)) {
					throw new SpectrumFileException(file, "line " + (i + 1), "E_edge '" + first + "' is not a number");
				}
				return value;
			}
		}
		throw new SpectrumFileException(file, null, "no '" + EDGE_MARK + "' line");
	}
}
