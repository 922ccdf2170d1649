package org.edgewise.io;

import java.nio.file.Path;

/** A spectrum file (NeXus/HDF5, column text) that cannot be read; see {@link DataFileException}. */
public class SpectrumFileException extends DataFileException {

	/** @see DataFileException#DataFileException(Path, String, String) */
	public SpectrumFileException(Path file, String pathInFile, String problem) {
		super(file, pathInFile, problem);
	}

	/** @see DataFileException#DataFileException(Path, String, String, Throwable) */
	public SpectrumFileException(Path file, String pathInFile, String problem, Throwable cause) {
		super(file, pathInFile, problem, cause);
	}
}
