package org.edgewise.app.internal;

import java.nio.file.Path;

import org.edgewise.io.NexusSpectrumReader;
import org.edgewise.io.SpectrumFileException;
import org.edgewise.io.SpectrumFiles;
import org.edgewise.spectrum.SpectrumSet;

/**
 * The spectra of an input file as the commands read them: by content, or, with {@code --signal PATH}, the
 * NeXus signal the user picked from the candidates {@code inspect} lists (a file holding several is refused
 * rather than guessed).
 */
final class InputSpectra {

	/** The option that names the signal to read inside a NeXus/HDF5 file. */
	static final String SIGNAL_OPTION = "--signal";

	/** How the option reads in a command's usage line. */
	static final String SIGNAL_USAGE = "[--signal PATH]";

	private InputSpectra() {
	}

	/**
	 * @param file   the input file
	 * @param signal the dataset or group path inside a NeXus/HDF5 file, or null to find the spectra by content
	 * @return the file's spectra
	 * @throws SpectrumFileException when the file cannot be read (a file that is not NeXus/HDF5 cannot have
	 *                               the named signal)
	 */
	static SpectrumSet read(Path file, String signal) throws SpectrumFileException {
		if (signal == null) {
			return SpectrumFiles.read(file);
		}
		return NexusSpectrumReader.read(file, signal);
	}
}
