package org.edgewise.app.internal;

import java.nio.file.Path;

import org.edgewise.io.SpectrumFileException;
import org.edgewise.io.SpectrumFiles;
import org.edgewise.spectrum.SpectrumSet;

/**
 * The spectra of an input file as the commands read them: by content, or, with {@code --signal PATH}, the part
 * the user picked from those {@code inspect} lists: a NeXus signal (a file holding several is refused rather
 * than guessed), one group of an Athena project, named by its label (groups on different energy grids do
 * not form one set), or one numeric block of a column file ("scan 1" of a SPEC file, else "block 1").
 */
final class InputSpectra {

	/** The option that names the NeXus signal, the Athena group or the column block to read. */
	static final String SIGNAL_OPTION = "--signal";

	/** How the option reads in a command's usage line. */
	static final String SIGNAL_USAGE = "[--signal PATH]";

	private InputSpectra() {
	}

	/**
	 * @param file   the input file
	 * @param signal the dataset or group path inside a NeXus/HDF5 file, the label of a group of an Athena
	 *               project, the name of a column file's block, or null to find the spectra by content
	 * @return the file's spectra
	 * @throws SpectrumFileException when the file cannot be read (a file of another format has no named parts)
	 */
	static SpectrumSet read(Path file, String signal) throws SpectrumFileException {
		return SpectrumFiles.read(file, signal);
	}
}
