package org.edgewise.learn.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The binary parameter section of a model file: an int32 entry count, then per entry
 *
 * <pre>
 * int32 name length, name (UTF-8)
 * int8  type tag: 1 floats, 2 doubles, 3 ints, 4 text
 * arrays: int8 rank (1 to {@value #MAX_RANK}), rank x int32 dimensions, then the values row-major
 *         (float32, float64 or int32)
 * text:   int32 length, the text (UTF-8)
 * </pre>
 *
 * all little-endian. Floating-point values are copied bit for bit, NaN payloads and -0.0 included.
 * Reading checks every tag, rank, dimension and length against the bytes left before allocating, and
 * refuses duplicate or blank names and bytes left over after the last entry.
 */
final class ParameterCodec {

	/** The most dimensions an array entry may have. */
	static final int MAX_RANK = 16;

	private static final byte FLOATS = 1;
	private static final byte DOUBLES = 2;
	private static final byte INTS = 3;
	private static final byte TEXT = 4;

	private ParameterCodec() {
	}

	/**
	 * @param parameters the entries to write
	 * @return the parameter section
	 * @throws IllegalArgumentException when a name or text is not valid Unicode or an array has more than
	 *                                  {@value #MAX_RANK} dimensions
	 */
	static byte[] encode(ModelParameters parameters) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeInt(out, parameters.names().size());
		for (String name : parameters.names()) {
			writeText(out, name, "parameter name '" + name + "'");
			switch (parameters.type(name)) {
			case FLOATS -> {
				float[] values = parameters.floats(name);
				writeShape(out, FLOATS, parameters.shape(name), name);
				write(out, values.length, Float.BYTES, buffer -> buffer.asFloatBuffer().put(values));
			}
			case DOUBLES -> {
				double[] values = parameters.doubles(name);
				writeShape(out, DOUBLES, parameters.shape(name), name);
				write(out, values.length, Double.BYTES, buffer -> buffer.asDoubleBuffer().put(values));
			}
			case INTS -> {
				int[] values = parameters.ints(name);
				writeShape(out, INTS, parameters.shape(name), name);
				write(out, values.length, Integer.BYTES, buffer -> buffer.asIntBuffer().put(values));
			}
			case TEXT -> {
				out.write(TEXT);
				writeText(out, parameters.text(name), "parameter '" + name + "'");
			}
			}
		}
		return out.toByteArray();
	}

	/**
	 * @param in the parameter section; read to its end
	 * @return the entries
	 * @throws ModelFormatException naming the entry and byte offset of the first problem
	 */
	static ModelParameters decode(ByteReader in) {
		ModelParameters parameters = new ModelParameters();
		int entries = in.readInt("the entry count");
		if (entries < 0) {
			throw in.error(in.position() - Integer.BYTES, "negative entry count " + entries);
		}
		for (int entry = 0; entry < entries; entry++) {
			int start = in.position();
			String label = "entry " + entry;
			String name = in.readUtf8(in.readInt("the name length of " + label), "the name of " + label);
			label += " '" + name + "'";
			if (name.isBlank()) {
				throw in.error(start, label + " has a blank name");
			}
			if (parameters.contains(name)) {
				throw in.error(start, label + " repeats the name of an earlier entry");
			}
			byte tag = in.readByte("the type of " + label);
			if (tag == TEXT) {
				int length = in.readInt("the text length of " + label);
				parameters.putText(name, in.readUtf8(length, "the text of " + label));
				continue;
			}
			if (tag != FLOATS && tag != DOUBLES && tag != INTS) {
				throw in.error(in.position() - 1, label + " has unknown type tag " + tag
						+ " (known: 1 floats, 2 doubles, 3 ints, 4 text)");
			}
			int[] shape = readShape(in, label);
			int count = elementCount(in, shape, label);
			String values = "the values of " + label;
			switch (tag) {
			case FLOATS -> parameters.putFloats(name, in.readFloats(count, values), shape);
			case DOUBLES -> parameters.putDoubles(name, in.readDoubles(count, values), shape);
			default -> parameters.putInts(name, in.readInts(count, values), shape);
			}
		}
		if (in.remaining() > 0) {
			throw in.error(in.position(), in.remaining() + " bytes left over after the last parameter entry");
		}
		return parameters;
	}

	/**
	 * @param text a name or text to store
	 * @param what the text, for the error
	 * @return its UTF-8 bytes
	 * @throws IllegalArgumentException when the text holds an unpaired surrogate, which UTF-8 cannot encode
	 */
	static byte[] utf8(String text, String what) {
		try {
			ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
			return Arrays.copyOf(encoded.array(), encoded.limit());
		} catch (CharacterCodingException unpaired) {
			throw new IllegalArgumentException(what + " is not valid Unicode (it holds an unpaired surrogate)");
		}
	}

	private static int[] readShape(ByteReader in, String label) {
		int rank = in.readByte("the rank of " + label);
		if (rank < 1 || rank > MAX_RANK) {
			throw in.error(in.position() - 1, label + " has rank " + rank + ", expected 1 to " + MAX_RANK);
		}
		int at = in.position();
		int[] shape = in.readInts(rank, "the shape of " + label);
		for (int dimension : shape) {
			if (dimension < 0) {
				throw in.error(at, label + " has a negative dimension in shape " + Arrays.toString(shape));
			}
		}
		return shape;
	}

	private static int elementCount(ByteReader in, int[] shape, String label) {
		long count = ModelParameters.elementCount(shape);
		if (count < 0) {
			throw in.error(in.position(), "the shape " + Arrays.toString(shape) + " of " + label
					+ " holds more values than an array can");
		}
		return (int) count;
	}

	private static void writeShape(ByteArrayOutputStream out, byte tag, int[] shape, String name) {
		if (shape.length > MAX_RANK) {
			throw new IllegalArgumentException("parameter '" + name + "' has " + shape.length
					+ " dimensions, a model file holds at most " + MAX_RANK);
		}
		out.write(tag);
		out.write(shape.length);
		for (int dimension : shape) {
			writeInt(out, dimension);
		}
	}

	private static void writeText(ByteArrayOutputStream out, String text, String what) {
		byte[] bytes = utf8(text, what);
		writeInt(out, bytes.length);
		out.writeBytes(bytes);
	}

	private static void writeInt(ByteArrayOutputStream out, int value) {
		write(out, 1, Integer.BYTES, buffer -> buffer.putInt(value));
	}

	/** Writes {@code count} values of {@code width} bytes each, which {@code fill} puts into a little-endian buffer. */
	private static void write(ByteArrayOutputStream out, int count, int width, Consumer<ByteBuffer> fill) {
		ByteBuffer buffer = ByteBuffer.allocate(Math.multiplyExact(count, width)).order(ByteOrder.LITTLE_ENDIAN);
		fill.accept(buffer);
		out.writeBytes(buffer.array());
	}
}
