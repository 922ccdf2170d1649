package org.edgewise.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.edgewise.io.internal.InputFiles;
import org.edgewise.io.internal.PerlDataParser;
import org.edgewise.io.internal.PerlStatement;
import org.edgewise.io.internal.PerlSyntaxException;
import org.edgewise.io.internal.PerlValue;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;

/**
 * Reads Athena project files (.prj) of the original kind: gzip-compressed (or plain) text of Perl
 * statements written by Data::Dumper, one record per data group:
 *
 * <pre>
 * # Athena project file -- Demeter version 0.9.24
 * $old_group = 'nuldi';
 * &#64;args = ('bkg_e0','5480','label','ALL_45 NNO+3.8','is_xmu',1, ...);
 * &#64;x = ('5365','5367.5', ...);
 * &#64;y = ('0.402113444998642', ...);
 * [record]   # create object and set arrays in ifeffit
 * ...
 * &#64;journal = (...);
 * 1;
 * </pre>
 *
 * The text is parsed, never evaluated (see {@link PerlDataParser}); anything outside that data-only grammar
 * is an error. The JSON project files newer Larch versions write are not read.
 */
public final class AthenaProjectReader {

	/** The text every Athena project file starts with. */
	private static final String SIGNATURE = "# Athena project file";
	/** Decompressed projects larger than this are refused rather than filling the memory. */
	private static final int MAX_TEXT_BYTES = 512 << 20;
	private static final int GZIP_MAGIC_1 = 0x1f;
	private static final int GZIP_MAGIC_2 = 0x8b;
	/** Athena's name for a record of default settings, which holds no data. */
	private static final String DEFAULTS_RECORD = "Default Parameters";

	private AthenaProjectReader() {
	}

	/**
	 * @return true when the file is an Athena project: its text, or its gzip data once decompressed, starts with
	 *         "# Athena project file"
	 */
	public static boolean recognises(Path file, String head) {
		if (head.startsWith(SIGNATURE)) {
			return true;
		}
		if (head.length() < 2 || head.charAt(0) != GZIP_MAGIC_1 || head.charAt(1) != GZIP_MAGIC_2) {
			return false;
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readNBytes(SIGNATURE.length()), StandardCharsets.ISO_8859_1).equals(SIGNATURE);
		} catch (IOException e) {
			// gzip data of something else, or broken before the signature: not recognisably a project
			return false;
		}
	}

	/**
	 * Reads a project as a spectrum set: its mu(E) groups, labelled with the group labels, as
	 * {@link AthenaProject#toSpectrumSet()} forms them.
	 *
	 * @throws SpectrumFileException as {@link #read(Path)}, and when the project holds no mu(E) group or its
	 *                               groups lie on different energy grids (read it with {@link #read(Path)} and
	 *                               resample the groups then)
	 */
	public static SpectrumSet readSpectra(Path file) throws SpectrumFileException {
		AthenaProject project = read(file);
		String problem = project.gridProblem();
		if (problem != null) {
			throw new SpectrumFileException(file, null, problem + "; name one group by its label to read it alone");
		}
		return project.toSpectrumSet();
	}

	/**
	 * Reads one group of a project as a set of one spectrum: the way to read the groups of a project that do
	 * not share one energy grid, one by one.
	 *
	 * @param name the group's label ({@link AthenaGroupSummary#label()}), or its id ({@code $old_group}) where
	 *             several groups share a label
	 * @return the group's spectrum, with the group's metadata (element, edge, "record N" as the source path)
	 * @throws SpectrumFileException as {@link #read(Path)}, and naming the group when no group has this label
	 *                               or id (the message lists the labels), several groups have this label (the
	 *                               message lists their ids) or the group does not hold mu(E)
	 */
	public static SpectrumSet readSpectra(Path file, String name) throws SpectrumFileException {
		AthenaProject project = read(file);
		List<AthenaGroup> labelled = project.groups().stream().filter(g -> g.label().equals(name)).toList();
		if (labelled.size() > 1) {
			throw new SpectrumFileException(file, "group '" + name + "'", labelled.size() + " groups have this "
					+ "label; name one by its id: " + String.join(", ", labelled.stream().map(AthenaGroup::id).toList()));
		}
		AthenaGroup group = labelled.isEmpty()
				? project.groups().stream().filter(g -> g.id().equals(name)).findFirst().orElse(null)
				: labelled.get(0);
		if (group == null) {
			throw new SpectrumFileException(file, "group '" + name + "'", "no group has this label or id; the labels are "
					+ project.groups().stream().map(g -> "'" + g.label() + "'").toList());
		}
		if (!group.dataType().isMu()) {
			throw new SpectrumFileException(file, "record " + group.record() + " '" + group.id() + "'", "the group holds "
					+ group.dataType() + " data, not mu(E)");
		}
		Spectrum spectrum = group.spectrum();
		return SpectrumSet.of(List.of(spectrum), spectrum.metadata());
	}

	/**
	 * @param file an Athena project file
	 * @return its groups with their parameters and data
	 * @throws SpectrumFileException naming the file and, where it applies, the record and line: the file is
	 *                               missing or empty, not gzip data or Athena text, truncated or corrupt
	 *                               gzip data, text outside the grammar, a record without {@code @args},
	 *                               {@code @x} or {@code @y}, arrays of different lengths, a value that is
	 *                               not a finite number, no data group at all
	 */
	public static AthenaProject read(Path file) throws SpectrumFileException {
		String problem = InputFiles.problem(file);
		if (problem != null) {
			throw new SpectrumFileException(file, null, problem);
		}
		String text = decode(readText(file));
		if (!text.startsWith(SIGNATURE)) {
			throw new SpectrumFileException(file, "line 1", "not an Athena project: the text starts with '"
					+ firstLine(text) + "' instead of '" + SIGNATURE + " -- ...'");
		}
		return parse(file, text);
	}

	/** @return the file's bytes, decompressed when they are gzip data */
	private static byte[] readText(Path file) throws SpectrumFileException {
		try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
			raw.mark(2);
			boolean gzip = raw.read() == GZIP_MAGIC_1 && raw.read() == GZIP_MAGIC_2;
			raw.reset();
			if (!gzip) {
				byte[] start = raw.readNBytes(SIGNATURE.length());
				if (!new String(start, StandardCharsets.ISO_8859_1).equals(SIGNATURE)) {
					throw new SpectrumFileException(file, null, "not an Athena project: neither gzip data (which "
							+ "starts with bytes 1f 8b) nor text starting with '" + SIGNATURE + "'");
				}
				return concat(start, limited(file, raw));
			}
			try (InputStream in = new GZIPInputStream(raw)) {
				return limited(file, in);
			}
		} catch (SpectrumFileException e) {
			throw e;
		} catch (EOFException e) {
			throw new SpectrumFileException(file, null, "the gzip data is truncated: the file ends inside the "
					+ "compressed stream", e);
		} catch (ZipException e) {
			throw new SpectrumFileException(file, null, "the gzip data is corrupt: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new SpectrumFileException(file, null, "cannot read: " + e.getMessage(), e);
		}
	}

	private static byte[] limited(Path file, InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
		if (bytes.length > MAX_TEXT_BYTES) {
			throw new SpectrumFileException(file, null, "the project text is larger than " + (MAX_TEXT_BYTES >> 20)
					+ " MiB; refused");
		}
		return bytes;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/** Perl writes bytes: UTF-8 where the labels were, anything else read as Latin-1 (every byte a character). */
	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	private static AthenaProject parse(Path file, String text) throws SpectrumFileException {
		PerlDataParser parser = new PerlDataParser(text);
		List<AthenaGroup> groups = new ArrayList<>();
		List<String> journal = new ArrayList<>();
		AthenaRecord open = null;
		int records = 0;
		try {
			for (PerlStatement s = parser.next(); s != null; s = parser.next()) {
				if (s.kind() == PerlStatement.Kind.SCALAR && "old_group".equals(s.name())) {
					if (open != null) {
						throw new SpectrumFileException(file, open.location(s.line()),
								"a new record starts before [record] closed this one");
					}
					open = new AthenaRecord(file, ++records, s.line(), groupName(file, s));
				} else if (s.kind() == PerlStatement.Kind.RECORD_END) {
					if (open == null) {
						throw new SpectrumFileException(file, "line " + s.line(),
								"[record] without a $old_group before it");
					}
					if (!DEFAULTS_RECORD.equals(open.id())) {
						groups.add(open.toGroup());
					}
					open = null;
				} else if (open != null) {
					open.add(s);
				} else if (s.kind() == PerlStatement.Kind.ARRAY && "journal".equals(s.name())) {
					journal = texts(s.value());
				}
			}
		} catch (PerlSyntaxException e) {
			String where = open != null ? open.location(e.line()) : "line " + e.line();
			throw new SpectrumFileException(file, where, e.problem(), e);
		}
		if (open != null) {
			throw new SpectrumFileException(file, open.location(parser.line()),
					"the text ends before [record] closes this record (file truncated?)");
		}
		if (groups.isEmpty()) {
			throw new SpectrumFileException(file, null, "the project holds no data group");
		}
		return new AthenaProject(file, header(text), journal, groups);
	}

	private static String groupName(Path file, PerlStatement statement) throws SpectrumFileException {
		if (statement.value() instanceof PerlValue.Scalar name && !name.text().isBlank()) {
			return name.text();
		}
		throw new SpectrumFileException(file, "line " + statement.line(), "$old_group must be a group name");
	}

	private static List<String> texts(PerlValue value) {
		List<String> texts = new ArrayList<>();
		for (PerlValue item : ((PerlValue.ListValue) value).items()) {
			if (item instanceof PerlValue.Scalar scalar) {
				texts.add(scalar.text());
			}
		}
		return texts;
	}

	/** @return the comment lines at the top, without '#' */
	private static List<String> header(String text) {
		return text.lines().takeWhile(line -> line.startsWith("#")).map(line -> line.substring(1).strip()).toList();
	}

	private static String firstLine(String text) {
		String line = text.lines().findFirst().orElse("");
		return line.length() > 60 ? line.substring(0, 60) + "..." : line;
	}
}
