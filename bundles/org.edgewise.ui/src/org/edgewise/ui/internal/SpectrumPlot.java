package org.edgewise.ui.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationResult;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * What the spectrum view shows for one spectrum of a set: the curves and the texts around them. Worked out
 * without SWT, so the view only copies it into widgets.
 *
 * @param title      file name and spectrum label
 * @param position   "of N" and, for a map, the spectrum's coordinates
 * @param energy     energies in eV
 * @param raw        mu as read
 * @param normalised flattened edge-step normalised mu (Larch's {@code flat}), or {@code null} when the
 *                   spectrum cannot be normalised
 * @param summary    E0 and edge step, or why normalisation failed
 */
public record SpectrumPlot(String title, String position, double[] energy, double[] raw, double[] normalised,
		String summary) {

	private static final MathContext COORDINATE_DIGITS = new MathContext(5);

	/**
	 * @param file  the file the set was read from, for the title
	 * @param index 0-based spectrum index, row-major over the map dimensions
	 * @throws IndexOutOfBoundsException if there is no such spectrum
	 */
	public static SpectrumPlot of(Path file, SpectrumSet set, int index) {
		Spectrum spectrum = set.spectrum(index);
		String title = spectrum.label().isEmpty() ? file.getFileName().toString()
				: file.getFileName() + " \u2014 " + spectrum.label();
		String position = position(set, index);
		double[] energy = spectrum.energy().values();
		try {
			NormalizationResult result = new EdgeStepNormalization(new NormalizationSettings()).apply(spectrum);
			String summary = String.format(Locale.ROOT, "E0 = %.2f eV, edge step = %.4g", result.e0(),
					result.edgeStep());
			return new SpectrumPlot(title, position, energy, spectrum.mu(), result.flat(), summary);
		} catch (PreparationException e) {
			// Short or edge-less spectra (a 4-energy STXM stack) are still worth seeing as read.
			return new SpectrumPlot(title, position, energy, spectrum.mu(), null, "Not normalised: " + e.getMessage());
		}
	}

	private static String position(SpectrumSet set, int index) {
		String of = "of " + set.size();
		List<DataAxis> axes = set.mapAxes();
		if (axes.size() < 2) {
			return of;
		}
		int[] at = set.position(index);
		StringJoiner coordinates = new StringJoiner(", ", of + "   at ", "");
		for (int d = 0; d < axes.size(); d++) {
			DataAxis axis = axes.get(d);
			String value = new BigDecimal(axis.values()[at[d]]).round(COORDINATE_DIGITS).stripTrailingZeros()
					.toPlainString();
			coordinates.add(axis.name() + " = " + value + (axis.units() == null ? "" : " " + axis.units()));
		}
		return coordinates.toString();
	}
}
