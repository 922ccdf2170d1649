package org.edgewise.spectrum.normalization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.EnergyAxis;

/**
 * Just enough of a reader for Larch's two-column example files (energy, mu; '#' comments) to feed the
 * normalisation tests; the real readers live in org.edgewise.io.
 */
public final class ColumnFile {

	private ColumnFile() {
	}

	/** @return the first two columns of every non-comment line: [energies, mu] */
	public static double[][] read(Path file) throws IOException {
		List<double[]> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			String[] fields = text.split("\\s+");
			rows.add(new double[] { Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) });
		}
		double[][] columns = new double[2][rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			columns[0][i] = rows.get(i)[0];
			columns[1][i] = rows.get(i)[1];
		}
		return columns;
	}

	/** @return the file as a spectrum labelled with the file name and naming the file as its source */
	public static Spectrum spectrum(Path file) throws IOException {
		double[][] columns = read(file);
		return new Spectrum(EnergyAxis.of(columns[0]), columns[1], file.getFileName().toString(),
				SpectrumMetadata.fromSource(file.toString(), null));
	}
}
