package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edgewise.io.internal.ElementSymbols;
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
 * <p>
 * The calculation's line (in {@code _out.dat}: "E_edge, Z, n_edge, j_edge, Abs_before_edge, VO_interstitial,
 * E_Fermi, ninitl, ninit1, Epsii, ...") also gives the metadata: the element from Z; the edge "K" when n_edge
 * is 1 (other shells are left unknown: FDMNES writes an L2,3 calculation as n_edge 2, j_edge 2, like L2); and
 * the threshold E_edge + E_Fermi in eV, the Fermi level below which FDMNES's convolution removes the
 * absorption, on the photon-energy axis (FDMNES's photon energy is E_edge plus its relative energy; older
 * versions label the Fermi level E_cut). The excitation energy stays unknown: the photon-energy scale is
 * anchored to the tabulated edge energy E_edge, not calculated, and Epsii is the energy of the core state,
 * not of the transition. The convoluted file's line ("E_edge, Gamma_hole, Gamma_max, E_cut") gives E_edge only:
 * its E_cut is the convolution's own setting, in a frame the file does not state (0 in the shared Mo2C file,
 * whose calculation puts the Fermi level at -5.01 eV).
 */
public final class FdmnesReader {

	private static final String EDGE_MARK = "= E_edge";
	private static final double RELATIVE_LIMIT = 1000;
	/** The calculation's label of its Fermi level, and the one FDMNES versions before it used. */
	private static final List<String> FERMI_LABELS = List.of("E_Fermi", "E_cut");

	private FdmnesReader() {
	}

	/** @return true when the head shows the FDMNES banner and the "= E_edge" line */
	public static boolean recognises(Path file, String head) {
		return head.contains("FDMNES") && head.contains(EDGE_MARK);
	}

	/**
	 * @return one spectrum per absorption column, labelled as in the file, with the metadata described above
	 * @throws SpectrumFileException naming the file and line: no E_edge line, no label line, a non-numeric
	 *                               value in the data
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		List<String> lines = InputFiles.lines(file, (f, problem, cause) -> new SpectrumFileException(f, null, problem, cause));
		Map<String, Double> edgeLine = edgeLine(file, lines);
		double edgeEnergy = edgeLine.get("E_edge");
		ColumnTable table = ColumnTable.find(file, lines);
		List<String> header = table == null ? List.of() : table.header();
		if (header.isEmpty()) {
			throw new SpectrumFileException(file, null, "no label line and columns after the E_edge line");
		}
		String[] labels = header.getLast().strip().split("\\s+");
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
		SpectrumMetadata metadata = metadata(file, edgeLine);
		List<Spectrum> spectra = new ArrayList<>();
		for (int c = 1; c < labels.length; c++) {
			double[] mu = new double[energies.length];
			for (int r = 0; r < mu.length; r++) {
				mu[r] = table.rows.get(r)[c];
			}
			String label = labels[c].replaceAll("[<>]", "");
			spectra.add(new Spectrum(axis, order.apply(mu), label, metadata));
		}
		return SpectrumSet.of(spectra, metadata);
	}

	/**
	 * @return the numbers of the "... = E_edge, ..." line by their labels, as far as labels and numbers pair one
	 *         to one: from a label with several numbers ("Epsii(1..2)") on, they are left out; a value that is
	 *         not a number is NaN
	 * @throws SpectrumFileException naming the file, and the line when E_edge is not a number
	 */
	private static Map<String, Double> edgeLine(Path file, List<String> lines) throws SpectrumFileException {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int mark = line.indexOf(EDGE_MARK);
			if (mark < 0) {
				continue;
			}
			String[] values = line.substring(0, mark).replaceFirst("^[\\s#]+", "").split("\\s+");
			String[] labels = line.substring(mark + 1).split(",");
			Map<String, Double> numbers = new HashMap<>();
			for (int k = 0; k < Math.min(values.length, labels.length) && !labels[k].contains("("); k++) {
				numbers.put(labels[k].strip(), ColumnTable.number(values[k], false));
			}
			if (Double.isNaN(numbers.get("E_edge"))) {
				throw new SpectrumFileException(file, "line " + (i + 1), "E_edge '" + values[0] + "' is not a number");
			}
			return numbers;
		}
		throw new SpectrumFileException(file, null, "no '" + EDGE_MARK + "' line");
	}

	/** @return the metadata the E_edge line gives (see the class comment) */
	private static SpectrumMetadata metadata(Path file, Map<String, Double> edgeLine) {
		if (!edgeLine.containsKey("Z")) {
			return new SpectrumMetadata(null, null, "simulated", null, file.toString(), null);
		}
		double z = edgeLine.get("Z");
		String element = z == Math.rint(z) ? ElementSymbols.symbol((int) z) : null;
		String edge = edgeLine.getOrDefault("n_edge", Double.NaN) == 1 ? "K" : null;
		double fermi = FERMI_LABELS.stream().filter(edgeLine::containsKey).findFirst().map(edgeLine::get)
				.orElse(Double.NaN);
		return new SpectrumMetadata(element, edge, "simulated", null, file.toString(), null, Double.NaN,
				edgeLine.get("E_edge") + fermi, Double.NaN);
	}
}
