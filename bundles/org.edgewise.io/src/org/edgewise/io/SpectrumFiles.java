package org.edgewise.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.edgewise.io.internal.HdfSource;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.spectrum.SpectrumSet;

/** Reads spectra from a file of any supported format, choosing the reader by the file's content. */
public final class SpectrumFiles {

	private static final int TEXT_PROBE_BYTES = 4096;

	private SpectrumFiles() {
	}

	/**
	 * Reads all spectra of a file: an HDF5 signature (at byte 0, 512, 1024, ...) selects
	 * {@link NexusSpectrumReader}; a file whose first 4 KiB hold no NUL byte is read by
	 * {@link ColumnTextReader}. The file name's extension plays no part.
	 *
	 * @throws SpectrumFileException if the file does not exist, is empty, has an unknown format or cannot be
	 *                               read by the chosen reader
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		String problem = InputFiles.problem(file);
		if (problem != null) {
			throw new SpectrumFileException(file, null, problem);
		}
		try {
			if (HdfSource.signatureOffset(file) >= 0) {
				return NexusSpectrumReader.read(file);
			}
			if (isText(file)) {
				return ColumnTextReader.read(file);
			}
		} catch (SpectrumFileException e) {
			throw e;
		} catch (IOException e) {
			throw new SpectrumFileException(file, null, "cannot read: " + e.getMessage(), e);
		}
		throw new SpectrumFileException(file, null, "unknown format: neither HDF5/NeXus nor column text");
	}

	private static boolean isText(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			for (byte b : in.readNBytes(TEXT_PROBE_BYTES)) {
				if (b == 0) {
					return false;
				}
			}
			return true;
		}
	}
}
