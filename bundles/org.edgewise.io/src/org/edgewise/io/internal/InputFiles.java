package org.edgewise.io.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.io.DataFileException;

/** The checks every reader makes before it looks inside a file. */
public final class InputFiles {

	private InputFiles() {
	}

	/** @return why {@code file} cannot be read as data ("file does not exist", "file is empty", ...), or null */
	public static String problem(Path file) {
		if (!Files.exists(file)) {
			return "file does not exist";
		}
		if (Files.isDirectory(file)) {
			return "is a directory, not a file";
		}
		if (!Files.isReadable(file)) {
			return "file is not readable";
		}
		try {
			return Files.size(file) == 0 ? "file is empty" : null;
		} catch (IOException e) {
			return "cannot read: " + e.getMessage();
		}
	}

	/** Makes the reader's own exception type from a file, a problem and an optional cause. */
	@FunctionalInterface
	public interface Failure<E extends DataFileException> {
		E of(Path file, String problem, IOException cause);
	}

	/**
	 * The lines of a text file after the {@link #problem} checks. ISO-8859-1 maps every byte to a character:
	 * numbers read the same whatever the file's encoding, and odd header bytes never fail the read.
	 *
	 * @throws E made by {@code failure} when the file cannot be read
	 */
	public static <E extends DataFileException> List<String> lines(Path file, Failure<E> failure) throws E {
		String problem = problem(file);
		if (problem != null) {
			throw failure.of(file, problem, null);
		}
		try {
			return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			throw failure.of(file, "cannot read: " + e.getMessage(), e);
		}
	}
}
