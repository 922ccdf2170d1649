package org.edgewise.learn.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A model as one file: its card and its parameters. The layout, all numbers little-endian:
 *
 * <pre>
 * bytes  0-7   magic: 0x89 'E' 'W' 'M' 'O' 'D' 'E' 'L'
 * bytes  8-11  int32 format version ({@value #FORMAT_VERSION})
 * bytes 12-15  int32 card length C
 * bytes 16-23  int64 parameter section length P
 * bytes 24-    the card as JSON, UTF-8 ({@link ModelCard#toJson()}), C bytes
 *              the parameter section, P bytes (entry by entry, see the package's ParameterCodec)
 * last 32      SHA-256 of all bytes before it
 * </pre>
 *
 * Reading checks, in this order, and reports the first failure as a {@link ModelFormatException} naming
 * the file and, where it applies, the byte offset and entry: the magic (not a model file), the version
 * (which version the file has and which this reader reads), the length (truncated), the checksum
 * (corrupt or changed), the card, each parameter entry, and bytes after the checksum. Nothing is
 * allocated from a length in the file before it is checked against the bytes there, and nothing is ever
 * deserialised as Java objects: a model file may come from anyone.
 *
 * @param card       what the model is
 * @param parameters the values that rebuild it (a mutable set: do not change it while the file is in use)
 */
public record ModelFile(ModelCard card, ModelParameters parameters) {

	/** The format version this class writes and reads. */
	public static final int FORMAT_VERSION = 1;

	/** The largest file this class reads: the largest byte array the JVM allocates. */
	static final int MAX_FILE_BYTES = Integer.MAX_VALUE - 8;
	/** The first bytes of every model file; 0x89 is not ASCII, so no text file starts like this. */
	static final byte[] MAGIC = { (byte) 0x89, 'E', 'W', 'M', 'O', 'D', 'E', 'L' };
	/** Magic, version, card length and parameter section length. */
	static final int HEADER_BYTES = 24;
	/** The length of the SHA-256 checksum that ends the file. */
	static final int CHECKSUM_BYTES = 32;

	private static final int VERSION_AT = 8;
	private static final int CARD_LENGTH_AT = 12;
	private static final int PARAMETER_LENGTH_AT = 16;

	/** @throws NullPointerException when the card or parameters are missing */
	public ModelFile {
		Objects.requireNonNull(card, "card");
		Objects.requireNonNull(parameters, "parameters");
	}

	/**
	 * Writes the model atomically: to a temporary file in the same folder, forced to the disk, then
	 * moved over {@code file} in one step, so a reader sees the old file or the new one, never a part,
	 * and a failure leaves any existing file as it was.
	 *
	 * @param file where to write; an existing file is replaced
	 * @throws IOException              when the file cannot be written; no temporary file is left behind
	 * @throws IllegalArgumentException when a text in the card or parameters is not valid Unicode or an
	 *                                  array has too many dimensions
	 */
	public void write(Path file) throws IOException {
		byte[] bytes = encode();
		Path target = file.toAbsolutePath();
		// A fresh sibling rather than Files.createTempFile, whose owner-only permissions would make a model
		// meant for sharing unreadable to colleagues; the file gets the usual permissions of the umask.
		Path temporary = target.resolveSibling("." + target.getFileName() + "-" + ProcessHandle.current().pid()
				+ "-" + System.nanoTime() + ".part");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException failure) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException cleanup) {
				failure.addSuppressed(cleanup);
			}
			throw failure;
		}
	}

	/**
	 * @param file a model file
	 * @return its card and parameters
	 * @throws IOException          when the file cannot be read
	 * @throws ModelFormatException naming the file and the problem when it is not a valid model file of this
	 *                              format version
	 */
	public static ModelFile read(Path file) throws IOException {
		long size = Files.size(file);
		if (size > MAX_FILE_BYTES) {
			throw new ModelFormatException(file + ": " + size + " bytes is more than a model file can hold ("
					+ MAX_FILE_BYTES + ")");
		}
		return decode(Files.readAllBytes(file), file.toString());
	}

	/**
	 * @return the file's bytes, as {@link #write(Path)} stores them
	 * @throws IllegalArgumentException as for {@link #write(Path)}
	 */
	public byte[] encode() {
		byte[] cardBytes = ParameterCodec.utf8(card.toJson(), "model card '" + card.id() + "'");
		byte[] parameterBytes = ParameterCodec.encode(parameters);
		int checksumAt = HEADER_BYTES + cardBytes.length + parameterBytes.length;
		byte[] bytes = new byte[checksumAt + CHECKSUM_BYTES];
		ByteBuffer out = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).put(MAGIC).putInt(FORMAT_VERSION)
				.putInt(cardBytes.length).putLong(parameterBytes.length).put(cardBytes).put(parameterBytes);
		out.put(sha256(bytes, checksumAt));
		return bytes;
	}

	/**
	 * @param bytes  a model file's content, e.g. a model shipped as a bundle resource
	 * @param source what the bytes are, named in every error, e.g. the file's name
	 * @return the card and parameters
	 * @throws ModelFormatException naming the source, the byte offset and the problem, checked in the order
	 *                              the class comment gives
	 */
	public static ModelFile decode(byte[] bytes, String source) {
		int magicLength = Math.min(bytes.length, MAGIC.length);
		if (!Arrays.equals(bytes, 0, magicLength, MAGIC, 0, magicLength)) {
			throw new ModelFormatException(source + ": not an Edgewise model file (it does not start with the "
					+ "model file magic bytes)");
		}
		ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		if (bytes.length >= VERSION_AT + Integer.BYTES && header.getInt(VERSION_AT) != FORMAT_VERSION) {
			throw new ModelFormatException(source + ": model format version " + header.getInt(VERSION_AT)
					+ " is not supported (this reader reads version " + FORMAT_VERSION + ")");
		}
		if (bytes.length < HEADER_BYTES) {
			throw truncated(source, "at least " + (HEADER_BYTES + CHECKSUM_BYTES), bytes.length);
		}
		int cardLength = header.getInt(CARD_LENGTH_AT);
		long parameterLength = header.getLong(PARAMETER_LENGTH_AT);
		if (cardLength < 0 || parameterLength < 0 || parameterLength > MAX_FILE_BYTES) {
			throw new ModelFormatException(source + ": byte " + CARD_LENGTH_AT + ": corrupt header, impossible "
					+ "section lengths (card " + cardLength + ", parameters " + parameterLength + ")");
		}
		long expected = HEADER_BYTES + (long) cardLength + parameterLength + CHECKSUM_BYTES;
		if (expected > bytes.length) {
			throw truncated(source, String.valueOf(expected), bytes.length);
		}
		int checksumAt = HEADER_BYTES + cardLength + (int) parameterLength;
		if (!Arrays.equals(sha256(bytes, checksumAt), 0, CHECKSUM_BYTES, bytes, checksumAt,
				checksumAt + CHECKSUM_BYTES)) {
			throw new ModelFormatException(source + ": checksum mismatch: the file is corrupt or was changed "
					+ "after it was written");
		}
		String cardText = new ByteReader(bytes, HEADER_BYTES, cardLength, source).readUtf8(cardLength, "the card");
		ModelCard card = ModelCard.fromJson(cardText, source);
		ModelParameters parameters = ParameterCodec.decode(
				new ByteReader(bytes, HEADER_BYTES + cardLength, (int) parameterLength, source));
		int end = checksumAt + CHECKSUM_BYTES;
		if (bytes.length > end) {
			throw new ModelFormatException(source + ": byte " + end + ": " + (bytes.length - end)
					+ " unexpected bytes after the checksum");
		}
		return new ModelFile(card, parameters);
	}

	private static ModelFormatException truncated(String source, String expected, int actual) {
		return new ModelFormatException(source + ": truncated: expected " + expected + " bytes, the file has "
				+ actual);
	}

	/** @return the SHA-256 digest of {@code bytes[0, length)} */
	private static byte[] sha256(byte[] bytes, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(bytes, 0, length);
			return digest.digest();
		} catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
		}
	}
}
