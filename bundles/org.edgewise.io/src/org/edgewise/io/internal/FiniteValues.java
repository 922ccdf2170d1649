package org.edgewise.io.internal;

import java.nio.file.Path;
import java.util.Arrays;

import org.edgewise.io.SpectrumFileException;
import org.edgewise.spectrum.SpectrumSet;

/**
 * The promise every spectrum set read from a file keeps: all its values are finite. Text readers refuse NaN
 * and infinities at the line they stand on; this is the check for the rest (HDF5 datasets, JSON arrays).
 */
public final class FiniteValues {

	private FiniteValues() {
	}

	/**
	 * @param file the file the set was read from
	 * @throws SpectrumFileException naming the file, the set's source path, and the first spectrum (number,
	 *                               map position) and energy whose value is NaN or infinite
	 */
	public static void require(Path file, SpectrumSet set) throws SpectrumFileException {
		if (!set.data().containsInvalidNumbers()) {
			return;
		}
		for (int i = 0; i < set.size(); i++) {
			double[] mu = set.spectrum(i).mu();
			for (int e = 0; e < mu.length; e++) {
				if (!Double.isFinite(mu[e])) {
					throw new SpectrumFileException(file, set.metadata().sourcePath(), "value of spectrum " + (i + 1)
							+ " of " + set.size() + " (map position " + Arrays.toString(set.position(i)) + ") at "
							+ set.energy().get(e) + " eV is not finite: " + mu[e]);
				}
			}
		}
	}
}
