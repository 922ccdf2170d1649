package org.edgewise.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgewise.io.internal.ElementSymbols;
import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.io.internal.TextNumbers;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads FEFF outputs: {@code xmu.dat} (columns omega, e, k, mu, mu0, chi after a '#' header) as one simulated
 * spectrum of mu against omega in eV, and {@code chi.dat} (columns k, chi, mag, phase) as k and chi arrays.
 * The header gives the FEFF version (first line), the absorber ("Abs Z=29 ...") and the edge ("K  shell").
 * <p>
 * omega is the absolute photon energy and e the energy above FEFF's threshold, the Fermi level at which its mu
 * starts, so omega - e is the same in every row: the absolute energy FEFF calculated for the threshold of this
 * absorbing site (pymatgen's {@code Xmu.e_fermi} is the same difference). It varies from site to site, e.g.
 * from 8990.9 to 9006.4 eV over the Cu K-edge runs of the OmniXAS set. Because the spectrum lies on the
 * absolute omega axis, it is both the spectrum's threshold and the site's excitation energy.
 */
public final class FeffXmuReader {

	/** chi(k) from a FEFF chi.dat: k in 1/Å, chi dimensionless; arrays of equal length, k ascending. */
	public record Chi(double[] k, double[] chi) {
	}

	private static final Pattern VERSION = Pattern.compile("FEFF\\s+(\\d+(?:\\.\\d+)*)");
	private static final Pattern COLUMNS = Pattern.compile("(?m)^#\\s+omega\\s+e\\s+k\\s+mu\\s");
	private static final Pattern ABSORBER = Pattern.compile("Abs\\s+Z=\\s*(\\d+).*?\\s(K|L[1-3]|M[1-5]|N[1-7])\\s+shell");
	/**
	 * How far omega - e may stray between rows, eV: FEFF prints both to 0.001 eV, so rounding moves the
	 * difference by up to 0.001 eV; more means the columns are not FEFF's omega and e.
	 */
	private static final double THRESHOLD_TOLERANCE = 0.01;

	private FeffXmuReader() {
	}

	/** @return true when {@code head} (the file's start) is a FEFF xmu.dat: '#' header naming FEFF and an omega/mu column line */
	public static boolean recognises(Path file, String head) {
		return head.startsWith("#") && VERSION.matcher(head).find()
				&& COLUMNS.matcher(head).find();
	}

	/**
	 * @return a set of one spectrum, label "mu (FEFF version)", metadata: element and edge from the header,
	 *         mode "simulated", sample the run folder's name, threshold and excitation energy omega - e (see
	 *         above)
	 * @throws SpectrumFileException naming the file and line or data row: a row without the 6 columns (a
	 *                               truncated file), a non-numeric or non-finite value, no data rows, a row
	 *                               whose omega - e differs from the first row's by more than 0.01 eV
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		List<String> lines = lines(file);
		String version = null;
		String element = null;
		String edge = null;
		for (String line : lines) {
			if (!line.startsWith("#")) {
				break;
			}
			Matcher v = VERSION.matcher(line);
			if (version == null && v.find()) {
				version = v.group(1);
			}
			Matcher a = ABSORBER.matcher(line);
			if (element == null && a.find()) {
				element = ElementSymbols.symbol(Integer.parseInt(a.group(1)));
				edge = a.group(2);
			}
		}
		double[][] columns = columns(file, lines, 6);
		EnergyOrder order;
		try {
			order = EnergyOrder.of(columns[0]);
		} catch (IllegalArgumentException e) {
			throw new SpectrumFileException(file, "column 1 (omega)", e.getMessage(), e);
		}
		Path folder = file.toAbsolutePath().getParent();
		double threshold = threshold(file, columns[0], columns[1]);
		SpectrumMetadata metadata = new SpectrumMetadata(element, edge, "simulated",
				folder == null || folder.getFileName() == null ? null : folder.getFileName().toString(),
				file.toString(), "mu", Double.NaN, threshold, threshold);
		String label = version == null ? "mu" : "mu (FEFF " + version + ")";
		return SpectrumSet.of(List.of(new Spectrum(order.axis(), order.apply(columns[3]), label, metadata)), metadata);
	}

	/**
	 * @return k and chi from a FEFF chi.dat
	 * @throws SpectrumFileException naming the file and line: a row without the 4 columns k, chi, mag, phase,
	 *                               a non-numeric or non-finite value, no data rows, k not strictly ascending
	 */
	public static Chi readChi(Path file) throws SpectrumFileException {
		double[][] columns = columns(file, lines(file), 4);
		double[] k = columns[0];
		for (int i = 1; i < k.length; i++) {
			if (!(k[i] > k[i - 1])) {
				throw new SpectrumFileException(file, "data row " + (i + 1), "k " + k[i] + " does not follow " + k[i - 1]);
			}
		}
		return new Chi(k, columns[1]);
	}

	/**
	 * @return the mean of omega - e over the rows, in eV on the omega axis
	 * @throws SpectrumFileException naming the first data row whose omega - e differs from the first row's by
	 *                               more than {@link #THRESHOLD_TOLERANCE}
	 */
	private static double threshold(Path file, double[] omega, double[] e) throws SpectrumFileException {
		double first = omega[0] - e[0];
		double sum = 0;
		for (int i = 0; i < omega.length; i++) {
			double threshold = omega[i] - e[i];
			if (Math.abs(threshold - first) > THRESHOLD_TOLERANCE) {
				throw new SpectrumFileException(file, "data row " + (i + 1), String.format(Locale.ROOT,
						"omega - e is %.3f eV here but %.3f eV in data row 1: the columns are not FEFF's omega and e",
						threshold, first));
			}
			sum += threshold;
		}
		return sum / omega.length;
	}

	private static List<String> lines(Path file) throws SpectrumFileException {
		return InputFiles.lines(file, (f, problem, cause) -> new SpectrumFileException(f, null, problem, cause));
	}

	/** @return the data rows' columns [column][row]; every row must have {@code count} numbers */
	private static double[][] columns(Path file, List<String> lines, int count) throws SpectrumFileException {
		List<double[]> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] tokens = line.split("\\s+");
			if (tokens.length != count) {
				// a file cut off mid-write ends with a short row
				throw new SpectrumFileException(file, "line " + (i + 1),
						"has " + tokens.length + " columns, a FEFF " + file.getFileName() + " row has " + count);
			}
			double[] row = new double[count];
			for (int c = 0; c < count; c++) {
				row[c] = TextNumbers.finiteValue(tokens[c]);
				if (Double.isNaN(row[c])) {
					throw new SpectrumFileException(file, "line " + (i + 1),
							TextNumbers.problem(tokens[c]) + " in column " + (c + 1));
				}
			}
			rows.add(row);
		}
		if (rows.isEmpty()) {
			throw new SpectrumFileException(file, "line " + lines.size(), "no data rows after the '#' header");
		}
		double[][] columns = new double[count][rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < count; c++) {
				columns[c][r] = rows.get(r)[c];
			}
		}
		return columns;
	}
}
