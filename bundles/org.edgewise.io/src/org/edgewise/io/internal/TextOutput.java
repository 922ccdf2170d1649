package org.edgewise.io.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing whole text files safely, as {@link HdfOutput#write} does for HDF5. */
public final class TextOutput {

	private TextOutput() {
	}

	/**
	 * Writes {@code text} as UTF-8 to a temporary name beside {@code out} and moves it over {@code out} only
	 * when complete, so a failed or interrupted write never leaves a half-written file under the real name.
	 *
	 * @throws IOException if the file cannot be written or moved into place
	 */
	public static void write(Path out, CharSequence text) throws IOException {
		Path absolute = out.toAbsolutePath();
		Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".part");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
