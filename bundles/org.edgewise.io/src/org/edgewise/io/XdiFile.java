package org.edgewise.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.XdiFieldChecks;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/**
 * An XDI file as read by {@link XdiReader}: the version line, every header field, the free comment, the named
 * columns and the warnings the reader raised. {@link #toSpectrumSet()} turns it into the energy/mu spectrum
 * that every Edgewise reader returns.
 */
public final class XdiFile {

	/** hc in eV Å, for the Bragg angle to energy conversion E = hc / (2 d sin θ). */
	public static final double HC_EV_ANGSTROM = 12398.4198;

	/** Columns that already hold mu, in order of preference, with the measurement mode they imply. */
	private static final List<MuColumn> MU_COLUMNS = List.of(new MuColumn("mutrans", "transmission"),
			new MuColumn("mufluor", "fluorescence"), new MuColumn("normtrans", "transmission"),
			new MuColumn("normfluor", "fluorescence"));

	private record MuColumn(String name, String mode) {
	}

	private final Path file;
	private final String version;
	private final List<String> applications;
	private final Map<String, String> fields;
	private final String comments;
	private final List<XdiColumn> columns;
	private final Map<Integer, Double> outerValues;
	private final List<String> warnings;

	/** One data column: its name and units from Column.N ({@code units} null when none) and its values. */
	public record XdiColumn(String name, String units, double[] values) {
	}

	XdiFile(Path file, String version, List<String> applications, Map<String, String> fields, String comments,
			List<XdiColumn> columns, Map<Integer, Double> outerValues, List<String> warnings) {
		this.file = file;
		this.version = version;
		this.applications = List.copyOf(applications);
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		this.comments = comments;
		this.columns = List.copyOf(columns);
		this.outerValues = Collections.unmodifiableMap(new LinkedHashMap<>(outerValues));
		this.warnings = List.copyOf(warnings);
	}

	/** @return the file read */
	public Path file() {
		return file;
	}

	/** @return the XDI version from the first line, e.g. "1.0" */
	public String version() {
		return version;
	}

	/** @return the application names and versions after the XDI version, e.g. ["GSE/1.0"]; may be empty */
	public List<String> applications() {
		return applications;
	}

	/** @return every header field in file order, keyed "Family.key" as the file spells it */
	public Map<String, String> fields() {
		return fields;
	}

	/** @return the value of a header field, matched case-insensitively ("element.symbol"), or null */
	public String field(String name) {
		for (Map.Entry<String, String> entry : fields.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** @return the free comment lines between "# ///" and "# ----", joined by newlines; "" when none */
	public String comments() {
		return comments;
	}

	/** @return the data columns, in file order */
	public List<XdiColumn> columns() {
		return columns;
	}

	/** @return the column of that name (case-insensitive), or null */
	public XdiColumn column(String name) {
		return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	/** @return the monochromator d-spacing in Å, or NaN when the file gives none or no positive number */
	public double dSpacing() {
		String text = field("Mono.d_spacing");
		return text == null ? Double.NaN : XdiFieldChecks.positiveNumber(text);
	}

	/**
	 * @return for a 2D scan, the "# Outer.value" of each block keyed by the index of its first data row, in
	 *         file order; empty for an ordinary scan
	 */
	public Map<Integer, Double> outerValues() {
		return outerValues;
	}

	/** @return what the reader found wrong but could read past, one sentence each; empty for a clean file */
	public List<String> warnings() {
		return warnings;
	}

	/**
	 * The spectrum of this file. Energy: the column named "energy" (units eV, or keV), else the column named
	 * "angle" (degrees, or rad/radians) converted with Mono.d_spacing. Mu: the first column named mutrans,
	 * mufluor, normtrans or normfluor, else ln(i0/itrans) (transmission), else ifluor/i0 (fluorescence).
	 * Metadata: Element.symbol, Element.edge, Sample.name, the mode and, as sourcePath, the mu formula.
	 *
	 * @return one spectrum, energies sorted ascending with repeats merged
	 * @throws SpectrumFileException naming the file: no energy or angle column, an angle without d-spacing, no
	 *                               mu column and no i0/itrans or i0/ifluor pair, an intensity that is not
	 *                               positive under the logarithm, or fewer than two distinct energies
	 */
	public SpectrumSet toSpectrumSet() throws SpectrumFileException {
		double[] energies = energies();
		String mode = null;
		String source = null;
		double[] mu = null;
		for (MuColumn candidate : MU_COLUMNS) {
			XdiColumn column = column(candidate.name());
			if (column != null) {
				mu = column.values().clone();
				mode = candidate.mode();
				source = column.name();
				break;
			}
		}
		if (mu == null) {
			XdiColumn i0 = column("i0");
			XdiColumn itrans = column("itrans");
			XdiColumn ifluor = column("ifluor");
			if (i0 != null && itrans != null) {
				mu = transmission(i0.values(), itrans.values());
				mode = "transmission";
				source = "ln(i0/itrans)";
			} else if (i0 != null && ifluor != null) {
				mu = new double[i0.values().length];
				for (int i = 0; i < mu.length; i++) {
					mu[i] = ifluor.values()[i] / i0.values()[i];
				}
				mode = "fluorescence";
				source = "ifluor/i0";
			} else {
				// Beamline files in XDI form often keep their own channel names (I0, It, DTC1...): form mu
				// from those as the beamline column reader does.
				MuFromChannels.Mu channels = MuFromChannels.of(columns.stream().map(XdiColumn::name).toList(),
						columns.stream().map(XdiColumn::values).toArray(double[][]::new));
				if (channels == null) {
					throw new SpectrumFileException(file, null, "no mu column (mutrans, mufluor, normtrans, normfluor),"
							+ " no i0 with itrans or ifluor, and no beamline channels that form mu");
				}
				mu = channels.values();
				mode = channels.mode();
				source = channels.sourcePath();
			}
		}
		EnergyOrder order;
		try {
			order = EnergyOrder.of(energies);
		} catch (IllegalArgumentException e) {
			throw new SpectrumFileException(file, null, "energy column: " + e.getMessage(), e);
		}
		double[] sortedMu = order.apply(mu);
		for (int i = 0; i < sortedMu.length; i++) {
			if (!Double.isFinite(sortedMu[i])) {
				throw new SpectrumFileException(file, null, source + " is not finite at energy " + order.axis().get(i));
			}
		}
		SpectrumMetadata metadata = new SpectrumMetadata(field("Element.symbol"), field("Element.edge"), mode,
				field("Sample.name"), file.toString(), source);
		return SpectrumSet.of(List.of(new Spectrum(order.axis(), sortedMu, source, metadata)), metadata);
	}

	private double[] energies() throws SpectrumFileException {
		XdiColumn energy = column("energy");
		if (energy != null) {
			double scale = "kev".equalsIgnoreCase(energy.units()) ? 1000 : 1;
			double[] values = energy.values().clone();
			for (int i = 0; i < values.length; i++) {
				values[i] *= scale;
			}
			return values;
		}
		XdiColumn angle = column("angle");
		if (angle == null) {
			throw new SpectrumFileException(file, null, "no column named 'energy' or 'angle' among " + names());
		}
		double d = dSpacing();
		if (Double.isNaN(d)) {
			throw new SpectrumFileException(file, null, "angle column needs a positive Mono.d_spacing to give energies");
		}
		String units = angle.units() == null ? "degrees" : angle.units().toLowerCase(Locale.ROOT);
		boolean radians = units.startsWith("rad");
		double[] values = new double[angle.values().length];
		for (int i = 0; i < values.length; i++) {
			double theta = radians ? angle.values()[i] : Math.toRadians(angle.values()[i]);
			values[i] = HC_EV_ANGSTROM / (2 * d * Math.sin(theta));
		}
		return values;
	}

	private double[] transmission(double[] i0, double[] itrans) throws SpectrumFileException {
		double[] mu = new double[i0.length];
		for (int i = 0; i < mu.length; i++) {
			if (!(i0[i] > 0 && itrans[i] > 0)) {
				throw new SpectrumFileException(file, "data row " + (i + 1),
						"i0 and itrans must be positive for ln(i0/itrans), found " + i0[i] + " and " + itrans[i]);
			}
			mu[i] = Math.log(i0[i] / itrans[i]);
		}
		return mu;
	}

	private List<String> names() {
		List<String> names = new ArrayList<>();
		columns.forEach(c -> names.add(c.name()));
		return names;
	}
}
