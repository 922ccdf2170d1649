package org.edgewise.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.io.internal.HdfSource;
import org.edgewise.io.internal.InputFiles;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads spectra from a file of any supported format, choosing the reader by the file's content, never by
 * its name: an HDF5 signature (at byte 0, 512, 1024, ...) means NeXus; otherwise the first 4 KiB decide
 * among the other formats, in the order of {@link #FORMATS}: the formats with a signature (Athena project,
 * gzipped or plain; XDI, FDMNES, FEFF) first, then JSON text (Materials Project XAS documents), then beamline
 * column files (labels, mu formed from the channels), the plain column reader last.
 */
public final class SpectrumFiles {

	/**
	 * A supported format: its name, how its content is recognised, its reader and, for formats whose files hold
	 * several named parts, the reader of one part (else null).
	 */
	public record Format(String name, Recogniser recogniser, Reader reader, PartReader partReader) {

		/** A format whose files have no named parts. */
		public Format(String name, Recogniser recogniser, Reader reader) {
			this(name, recogniser, reader, null);
		}
	}

	/** Whether a file is in a format, given its path and its first 4 KiB decoded as ISO-8859-1. */
	@FunctionalInterface
	public interface Recogniser {
		boolean recognises(Path file, String head) throws IOException;
	}

	/** A format's reader. */
	@FunctionalInterface
	public interface Reader {
		SpectrumSet read(Path file) throws SpectrumFileException;
	}

	/** A format's reader of one named part of a file. */
	@FunctionalInterface
	public interface PartReader {
		SpectrumSet read(Path file, String part) throws SpectrumFileException;
	}

	private static final int PROBE_BYTES = 4096;

	/** NeXus/HDF5: its named parts are the candidate signals, see {@link NexusSpectrumReader#candidates}. */
	public static final Format NEXUS = new Format("NeXus/HDF5", (file, head) -> HdfSource.signatureOffset(file) >= 0,
			NexusSpectrumReader::read, NexusSpectrumReader::read);

	/** Athena projects: their named parts are the groups, see {@link AthenaProject#summaries()}. */
	public static final Format ATHENA_PROJECT = new Format("Athena project", AthenaProjectReader::recognises,
			AthenaProjectReader::readSpectra, AthenaProjectReader::readSpectra);

	/** Beamline column files: their named parts are the numeric blocks, see {@link BeamlineColumnReader#blocks}. */
	public static final Format BEAMLINE_COLUMNS = new Format("beamline columns", BeamlineColumnReader::recognises,
			BeamlineColumnReader::read, BeamlineColumnReader::read);

	/** The formats in the order they are tried. */
	public static final List<Format> FORMATS = List.of(
			NEXUS,
			ATHENA_PROJECT,
			new Format("XDI", XdiReader::recognises, XdiReader::readSpectra),
			new Format("FDMNES", FdmnesReader::recognises, FdmnesReader::read),
			new Format("FEFF xmu.dat", FeffXmuReader::recognises, FeffXmuReader::read),
			new Format("Materials Project XAS JSON", MaterialsProjectXasReader::recognises,
					MaterialsProjectXasReader::read),
			BEAMLINE_COLUMNS,
			new Format("column text", (file, head) -> head.indexOf('\0') < 0, ColumnTextReader::read));

	private SpectrumFiles() {
	}

	/**
	 * @return the format the file's content matches
	 * @throws SpectrumFileException if the file does not exist, is empty or matches no format
	 */
	public static Format formatOf(Path file) throws SpectrumFileException {
		String problem = InputFiles.problem(file);
		if (problem != null) {
			throw new SpectrumFileException(file, null, problem);
		}
		try {
			String head = head(file);
			for (Format format : FORMATS) {
				if (format.recogniser().recognises(file, head)) {
					return format;
				}
			}
		} catch (IOException e) {
			throw new SpectrumFileException(file, null, "cannot read: " + e.getMessage(), e);
		}
		// column text takes any head without a zero byte, so only binary content is left unrecognised
		throw new SpectrumFileException(file, null, "unknown format: binary content that is none of "
				+ FORMATS.stream().map(Format::name).toList());
	}

	/**
	 * Reads all spectra of a file with the reader of its {@link #formatOf format}. Every reader refuses NaN and
	 * infinities itself, where it finds them (a line of text, an HDF5 dataset), so no value of the set is one.
	 *
	 * @throws SpectrumFileException if the file does not exist, is empty, has an unknown format, cannot be
	 *                               read by the chosen reader or holds a value that is NaN or infinite
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		return formatOf(file).reader().read(file);
	}

	/**
	 * Reads one named part of a file: in a NeXus file the candidate at an HDF5 path (as
	 * {@link NexusSpectrumReader#candidates(Path)} lists them), in an Athena project the group with a label (as
	 * {@link AthenaProject#summaries()} lists them), in a beamline column file the numeric block with a name,
	 * "scan 2" or "block 3" (as {@link BeamlineColumnReader#blocks(Path)} lists them).
	 *
	 * @param part the part's name, or null to read the whole file as {@link #read(Path)} does
	 * @throws SpectrumFileException as {@link #read(Path)}, and when the file's format has no named parts or the
	 *                               file has no part of that name
	 */
	public static SpectrumSet read(Path file, String part) throws SpectrumFileException {
		if (part == null) {
			return read(file);
		}
		Format format = formatOf(file);
		if (format.partReader() == null) {
			throw new SpectrumFileException(file, null, "cannot read a part named '" + part + "': " + format.name()
					+ " files have no named parts");
		}
		return format.partReader().read(file, part);
	}

	private static String head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readNBytes(PROBE_BYTES), StandardCharsets.ISO_8859_1);
		}
	}
}
