package org.edgewise.io;

import java.io.IOException;
import java.nio.file.Path;

import org.edgewise.io.internal.TextOutput;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Writes one spectrum as an XAS Data Interchange (XDI 1.0) file, which {@link XdiReader} and other XDI readers
 * read back:
 * <pre>
 * # XDI/1.0 Edgewise/0.1
 * # Column.1: energy eV
 * # Column.2: mutrans          (mufluor for fluorescence, mu for any other or unknown mode)
 * # Element.symbol: Cu         (Element.edge, Sample.name: each only when the metadata knows it)
 * # ///
 * # Written by Edgewise from SOURCE, spectrum LABEL
 * #----
 * # energy mutrans
 * 8786.204 1.013661
 * </pre>
 * Values are written with {@link Double#toString(double)}, so they read back bit for bit. Mono.d_spacing is
 * left out: the energies are already in eV. Facility.name and Beamline.name, which the XDI specification also
 * asks for, are left out because the metadata does not hold them, so {@link XdiReader} warns of those three
 * missing fields. XDI holds one scan per file, so a set is written one spectrum at
 * a time.
 */
public final class XdiWriter {

	private static final String VERSION_LINE = "# XDI/1.0 Edgewise/0.1";

	private XdiWriter() {
	}

	/**
	 * Writes spectrum {@code index} of {@code set} (row-major over its map dimensions).
	 *
	 * @throws IndexOutOfBoundsException if there is no such spectrum
	 * @throws IllegalArgumentException  as {@link #write(Path, Spectrum)}
	 * @throws IOException               if the file cannot be written
	 */
	public static void write(Path out, SpectrumSet set, int index) throws IOException {
		write(out, set.spectrum(index));
	}

	/**
	 * @param out      the XDI file; replaced if it exists (written to a temporary name first, then moved)
	 * @param spectrum the spectrum; its metadata gives the mode, element, edge, sample and source
	 * @throws IllegalArgumentException naming the spectrum if an energy or mu value is not finite (XDI data
	 *                                  hold finite numbers only)
	 * @throws IOException              if the file cannot be written
	 */
	public static void write(Path out, Spectrum spectrum) throws IOException {
		SpectrumMetadata metadata = spectrum.metadata();
		String muColumn = muColumn(metadata.mode());
		StringBuilder text = new StringBuilder();
		line(text, VERSION_LINE);
		line(text, "# Column.1: energy eV");
		line(text, "# Column.2: " + muColumn);
		field(text, "Element.symbol", metadata.element());
		field(text, "Element.edge", metadata.edge());
		field(text, "Sample.name", metadata.sample());
		line(text, "# ///");
		line(text, "# Written by Edgewise from " + oneLine(metadata.describeSource()) + ", spectrum "
				+ oneLine(spectrum.label()));
		line(text, "#----");
		line(text, "# energy " + muColumn);
		double[] energies = spectrum.energy().values();
		double[] mu = spectrum.mu();
		for (int i = 0; i < energies.length; i++) {
			if (!Double.isFinite(energies[i]) || !Double.isFinite(mu[i])) {
				throw new IllegalArgumentException("cannot write " + spectrum.describe() + " as XDI: point " + i
						+ " has energy " + energies[i] + " and mu " + mu[i] + ", XDI data must be finite");
			}
			line(text, energies[i] + " " + mu[i]);
		}
		TextOutput.write(out, text);
	}

	/** The XDI column name that {@link XdiFile#toSpectrumSet()} maps back to the same mode. */
	private static String muColumn(String mode) {
		if ("transmission".equalsIgnoreCase(mode)) {
			return "mutrans";
		}
		return "fluorescence".equalsIgnoreCase(mode) ? "mufluor" : "mu";
	}

	/** A header field, left out when unknown: XDI readers refuse a field without a value. */
	private static void field(StringBuilder text, String name, String value) {
		if (value != null && !value.isBlank()) {
			line(text, "# " + name + ": " + oneLine(value));
		}
	}

	/** A line break inside a value would end the header line early. */
	private static String oneLine(String value) {
		return value.strip().replaceAll("\\R+", " ");
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append('\n');
	}
}
