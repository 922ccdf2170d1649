package org.edgewise.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
