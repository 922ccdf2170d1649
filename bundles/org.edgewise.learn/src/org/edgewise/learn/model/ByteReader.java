package org.edgewise.learn.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reads little-endian values from a range of a model file's bytes, checking every length against the
 * bytes left before reading or allocating, since the lengths come from a file that may be corrupt or
 * forged. Errors are {@link ModelFormatException}s naming the source and the byte offset in the file.
 */
final class ByteReader {

	private final ByteBuffer buffer;
	private final String source;

	/**
	 * @param bytes  the whole file
	 * @param offset where the range starts
	 * @param length the range's length in bytes
	 * @param source what the bytes are, e.g. the file's name
	 */
	ByteReader(byte[] bytes, int offset, int length, String source) {
		this.buffer = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
		this.source = source;
	}

	/** @return the offset in the file of the next byte to read */
	int position() {
		return buffer.position();
	}

	/** @return the number of bytes left in the range */
	int remaining() {
		return buffer.remaining();
	}

	/** @param what the value, for the error when the range ends first */
	byte readByte(String what) {
		require(1, what);
		return buffer.get();
	}

	/** @param what the value, for the error when the range ends first */
	int readInt(String what) {
		require(4, what);
		return buffer.getInt();
	}

	/**
	 * @param length the number of bytes, from the file
	 * @param what   the text, for errors
	 * @return the bytes decoded as UTF-8
	 * @throws ModelFormatException when the length is negative, exceeds the bytes left, or the bytes are not
	 *                              well-formed UTF-8
	 */
	String readUtf8(int length, String what) {
		int start = position();
		requireCount(length, 1, what);
		ByteBuffer text = buffer.slice(start, length);
		buffer.position(start + length);
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(text).toString();
		} catch (CharacterCodingException malformed) {
			throw error(start, what + " is not well-formed UTF-8");
		}
	}

	/** As {@link #readUtf8(int, String)}, for {@code count} floats. */
	float[] readFloats(int count, String what) {
		requireCount(count, Float.BYTES, what);
		float[] values = new float[count];
		buffer.asFloatBuffer().get(values);
		buffer.position(buffer.position() + count * Float.BYTES);
		return values;
	}

	/** As {@link #readUtf8(int, String)}, for {@code count} doubles. */
	double[] readDoubles(int count, String what) {
		requireCount(count, Double.BYTES, what);
		double[] values = new double[count];
		buffer.asDoubleBuffer().get(values);
		buffer.position(buffer.position() + count * Double.BYTES);
		return values;
	}

	/** As {@link #readUtf8(int, String)}, for {@code count} ints. */
	int[] readInts(int count, String what) {
		requireCount(count, Integer.BYTES, what);
		int[] values = new int[count];
		buffer.asIntBuffer().get(values);
		buffer.position(buffer.position() + count * Integer.BYTES);
		return values;
	}

	/**
	 * @param at      the byte offset in the file where the problem lies
	 * @param problem what is wrong
	 * @return an error naming the source, the offset and the problem
	 */
	ModelFormatException error(int at, String problem) {
		return new ModelFormatException(source + ": byte " + at + ": " + problem);
	}

	private void requireCount(int count, int width, String what) {
		if (count < 0) {
			throw error(position(), what + " has a negative length " + count);
		}
		require((long) count * width, what);
	}

	private void require(long bytes, String what) {
		if (bytes > buffer.remaining()) {
			throw error(position(), "reading " + what + " needs " + bytes + " bytes, only " + buffer.remaining()
					+ " remain");
		}
	}
}
