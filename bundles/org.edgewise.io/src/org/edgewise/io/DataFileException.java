package org.edgewise.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that cannot be read as what it claims to be. The message names the file, the place inside
 * it (an HDF5 path or a text line) and what is wrong, e.g. {@code cu.xmu line 17: non-numeric value 'abc'
 * in column 2} or {@code x.nxs:/entry1/counter0/data: dataset does not exist}.
 */
public class DataFileException extends IOException {

	private final Path file;
	private final String pathInFile;
	private final String problem;

	/**
	 * @param file       the file, as the caller named it
	 * @param pathInFile where in the file: an absolute HDF5 path ("/entry1/data"), a text location
	 *                   ("line 17"), or {@code null} for the file as a whole
	 * @param problem    what is wrong, in a few words
	 */
	public DataFileException(Path file, String pathInFile, String problem) {
		this(file, pathInFile, problem, null);
	}

	/** As {@link #DataFileException(Path, String, String)}, keeping the low-level cause. */
	public DataFileException(Path file, String pathInFile, String problem, Throwable cause) {
		super(message(file, pathInFile, problem), cause);
		this.file = file;
		this.pathInFile = pathInFile;
		this.problem = problem;
	}

	/** @return the file that could not be read */
	public Path file() {
		return file;
	}

	/** @return the HDF5 path or text location of the problem, or {@code null} for the whole file */
	public String pathInFile() {
		return pathInFile;
	}

	/** @return what is wrong, without the file and location */
	public String problem() {
		return problem;
	}

	private static String message(Path file, String pathInFile, String problem) {
		StringBuilder text = new StringBuilder(String.valueOf(file));
		if (pathInFile != null) {
			// HDF5 paths read file:/path, text locations read "file line 17"
			text.append(pathInFile.startsWith("/") ? ":" : " ").append(pathInFile);
		}
		return text.append(": ").append(problem).toString();
	}
}
