package org.edgewise.learn.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Edits the bytes of an encoded model file as a forger would, for the tests of what reading refuses: the
 * checksum only proves that nothing changed by accident, so the parser behind it must hold on its own.
 */
final class ModelBytes {

	private ModelBytes() {
	}

	/** @return a little-endian view of the bytes, for patching values in place */
	static ByteBuffer view(byte[] bytes) {
		return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
	}

	/** @return the offset of the parameter section, after the header and the card */
	static int parameterSectionStart(byte[] bytes) {
		return ModelFile.HEADER_BYTES + view(bytes).getInt(12);
	}

	/** @return the bytes with the checksum at the end recomputed over all bytes before it */
	static byte[] resigned(byte[] bytes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(bytes, 0, bytes.length - ModelFile.CHECKSUM_BYTES);
			digest.digest(bytes, bytes.length - ModelFile.CHECKSUM_BYTES, ModelFile.CHECKSUM_BYTES);
			return bytes;
		} catch (NoSuchAlgorithmException | java.security.DigestException e) {
			throw new AssertionError(e);
		}
	}
}
