package org.edgewise.io.internal;

import java.nio.file.Path;
import java.util.Arrays;

import org.edgewise.io.SpectrumFileException;
import org.edgewise.io.SpectrumTile;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.SpectrumSet;

/**
 * The promise every spectrum read from a file keeps: all its values are finite. Text readers refuse NaN and
 * infinities at the line they stand on, and JSON has no way to write them; this is the check for HDF5
 * datasets, which the NeXus readers make on what they read: a whole set, or a map tile by tile. (Energies are
 * checked where they are read, see {@link EnergyOrder#of(double[])}.)
 */
public final class FiniteValues {

	private FiniteValues() {
	}

	/**
	 * @param file the file the set was read from
	 * @throws SpectrumFileException naming the file, the set's source path, and the first spectrum (number, and
	 *                               map position where the map has two dimensions) and energy point whose
	 *                               value is NaN or infinite
	 */
	public static void require(Path file, SpectrumSet set) throws SpectrumFileException {
		if (!set.data().containsInvalidNumbers()) {
			return;
		}
		for (int i = 0; i < set.size(); i++) {
			double[] mu = set.spectrum(i).mu();
			int e = firstNonFinite(mu);
			if (e >= 0) {
				// a position on one map dimension would only repeat the spectrum's number
				String position = set.mapShape().length > 1 ? " (map position " + Arrays.toString(set.position(i)) + ")"
						: "";
				throw notFinite(file, set.metadata().sourcePath(), "spectrum " + (i + 1) + " of " + set.size()
						+ position, set.energy(), e, mu[e]);
			}
		}
	}

	/**
	 * Checks a tile in one pass over its spectra, which are in memory anyway.
	 *
	 * @param file   the file the tile was read from
	 * @param signal the HDF5 path of the map's signal dataset
	 * @param energy the energy axis of the tile's spectra
	 * @throws SpectrumFileException naming the file, the signal, and the map position [row, column] and energy
	 *                               point of the first value that is NaN or infinite
	 */
	public static void require(Path file, String signal, SpectrumTile tile, EnergyAxis energy)
			throws SpectrumFileException {
		double[][] spectra = tile.spectra();
		for (int i = 0; i < spectra.length; i++) {
			int e = firstNonFinite(spectra[i]);
			if (e >= 0) {
				int row = tile.row() + i / tile.columns();
				int column = tile.column() + i % tile.columns();
				throw notFinite(file, signal, "the spectrum at map position [" + row + ", " + column + "]", energy,
						e, spectra[i][e]);
			}
		}
	}

	/** @return the index of the first value that is NaN or infinite, or -1 */
	private static int firstNonFinite(double[] values) {
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				return i;
			}
		}
		return -1;
	}

	private static SpectrumFileException notFinite(Path file, String path, String spectrum, EnergyAxis energy,
			int e, double value) {
		return new SpectrumFileException(file, path, "value of " + spectrum + ", energy point " + (e + 1) + " of "
				+ energy.size() + " (" + EnergyFormat.eV(energy.get(e)) + "), is not finite: " + value);
	}
}
