package org.edgewise.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's shared test data (real public spectra and structures; see shared/data/README.md).
 * <p>
 * The folder is taken from the system property {@code edgewise.shared.data}, else the environment
 * variable {@code EDGEWISE_SHARED_DATA}, else the first {@code shared/data} found walking up from the
 * working directory. A missing folder is an error, never a skipped test: CI has the data.
 */
public final class SharedData {

	private SharedData() {
	}

	/** @return the shared data folder */
	public static Path root() {
		String configured = System.getProperty("edgewise.shared.data", System.getenv("EDGEWISE_SHARED_DATA"));
		if (configured != null && !configured.isBlank()) {
			return existing(Path.of(configured));
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("shared test data not found above " + Path.of("").toAbsolutePath()
				+ "; set EDGEWISE_SHARED_DATA to the shared/data folder");
	}

	/** @return a file or folder inside the shared data, which must exist */
	public static Path file(String relative) {
		return existing(root().resolve(relative));
	}

	private static Path existing(Path path) {
		if (!Files.exists(path)) {
			throw new IllegalStateException("shared test data missing: " + path);
		}
		return path;
	}
}
