package org.edgewise.learn.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The named, typed values that rebuild a fitted model: weight arrays, sizes, settings. This is what the
 * binary part of a model file holds, so every model kind writes its state here and reads it back from
 * here, never through Java serialisation.
 * <p>
 * An entry is a float, double or int array with a shape (row-major; the product of the shape is the
 * array length), or a text. Arrays are copied in and out, so a parameter set and the model built from it
 * share nothing. Entries keep the order in which they were put. The getters check what they return: a
 * missing entry, an entry of another type, or an array of another shape than the model expects is a
 * {@link ModelFormatException} naming the entry, since a parameter set may come from a stranger's file.
 */
public final class ModelParameters {

	/** The value types an entry may hold. */
	public enum Type {
		FLOATS, DOUBLES, INTS, TEXT
	}

	/** One entry: an array (float[], double[] or int[]) with its shape, or a String with an empty shape. */
	private record Entry(Type type, Object value, int[] shape) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	/**
	 * @param name   the entry's name, unique in this set
	 * @param values the values, copied
	 * @param shape  the array's dimensions, row-major; none for a vector of {@code values.length}
	 * @return this set
	 * @throws IllegalArgumentException when the name is taken or blank, or the shape does not fit the length
	 */
	public ModelParameters putFloats(String name, float[] values, int... shape) {
		return put(name, Type.FLOATS, values.clone(), values.length, shape);
	}

	/** As {@link #putFloats(String, float[], int...)}, for doubles. */
	public ModelParameters putDoubles(String name, double[] values, int... shape) {
		return put(name, Type.DOUBLES, values.clone(), values.length, shape);
	}

	/** As {@link #putFloats(String, float[], int...)}, for ints. */
	public ModelParameters putInts(String name, int[] values, int... shape) {
		return put(name, Type.INTS, values.clone(), values.length, shape);
	}

	/**
	 * @param name a unique name
	 * @param rows a rectangular matrix with at least one row, stored as doubles of shape [rows, columns]
	 * @return this set
	 * @throws IllegalArgumentException when the rows differ in length or there are none
	 */
	public ModelParameters putMatrix(String name, double[][] rows) {
		if (rows.length == 0) {
			throw new IllegalArgumentException("matrix '" + name + "' has no rows");
		}
		int columns = rows[0].length;
		double[] flat = new double[rows.length * columns];
		for (int r = 0; r < rows.length; r++) {
			if (rows[r].length != columns) {
				throw new IllegalArgumentException("matrix '" + name + "' row " + r + " has " + rows[r].length
						+ " values, row 0 has " + columns);
			}
			System.arraycopy(rows[r], 0, flat, r * columns, columns);
		}
		return put(name, Type.DOUBLES, flat, flat.length, rows.length, columns);
	}

	/**
	 * @param name  a unique name
	 * @param value the text, e.g. an activation's name
	 * @return this set
	 */
	public ModelParameters putText(String name, String value) {
		if (value == null) {
			throw new IllegalArgumentException("text '" + name + "' is null");
		}
		return put(name, Type.TEXT, value, 0, new int[0]);
	}

	/**
	 * @param name          the entry
	 * @param expectedShape the shape the caller needs; none to accept any shape
	 * @return a copy of the entry's values
	 * @throws ModelFormatException when the entry is missing, not floats, or of another shape
	 */
	public float[] floats(String name, int... expectedShape) {
		return ((float[]) array(name, Type.FLOATS, expectedShape)).clone();
	}

	/** As {@link #floats(String, int...)}, for doubles. */
	public double[] doubles(String name, int... expectedShape) {
		return ((double[]) array(name, Type.DOUBLES, expectedShape)).clone();
	}

	/** As {@link #floats(String, int...)}, for ints. */
	public int[] ints(String name, int... expectedShape) {
		return ((int[]) array(name, Type.INTS, expectedShape)).clone();
	}

	/**
	 * @param name a doubles entry of two dimensions
	 * @return its rows, copied
	 * @throws ModelFormatException when the entry is missing, not doubles, or not two-dimensional
	 */
	public double[][] matrix(String name) {
		double[] flat = (double[]) array(name, Type.DOUBLES);
		int[] shape = entry(name, Type.DOUBLES).shape();
		if (shape.length != 2) {
			throw new ModelFormatException("parameter '" + name + "' has shape " + Arrays.toString(shape)
					+ ", expected a matrix [rows, columns]");
		}
		double[][] rows = new double[shape[0]][];
		for (int r = 0; r < rows.length; r++) {
			rows[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
		}
		return rows;
	}

	/**
	 * @param name a doubles entry holding exactly one value
	 * @return that value
	 * @throws ModelFormatException when the entry is missing, not doubles, or not of one value
	 */
	public double number(String name) {
		double[] values = (double[]) array(name, Type.DOUBLES);
		if (values.length != 1) {
			throw new ModelFormatException("parameter '" + name + "' holds " + values.length
					+ " values, expected one number");
		}
		return values[0];
	}

	/**
	 * @param name a text entry
	 * @return its text
	 * @throws ModelFormatException when the entry is missing or not text
	 */
	public String text(String name) {
		return (String) entry(name, Type.TEXT).value();
	}

	/**
	 * @param name an entry
	 * @return its shape (empty for text)
	 * @throws ModelFormatException when there is no such entry
	 */
	public int[] shape(String name) {
		return entry(name, null).shape().clone();
	}

	/**
	 * @param name an entry
	 * @return its type
	 * @throws ModelFormatException when there is no such entry
	 */
	public Type type(String name) {
		return entry(name, null).type();
	}

	/** @return the entries' names in the order they were put */
	public Set<String> names() {
		return Collections.unmodifiableSet(entries.keySet());
	}

	/**
	 * @param name an entry name
	 * @return whether this set has the entry
	 */
	public boolean contains(String name) {
		return entries.containsKey(name);
	}

	/**
	 * Equal sets have the same names in the same order, with equal types, shapes and values (bit for bit
	 * for floating-point values), so a set read back from a file can be compared with the one written.
	 */
	@Override
	public boolean equals(Object other) {
		if (!(other instanceof ModelParameters that)
				|| !Arrays.equals(entries.keySet().toArray(), that.entries.keySet().toArray())) {
			return false;
		}
		for (Map.Entry<String, Entry> e : entries.entrySet()) {
			Entry mine = e.getValue();
			Entry theirs = that.entries.get(e.getKey());
			if (mine.type() != theirs.type() || !Arrays.equals(mine.shape(), theirs.shape())
					|| !Arrays.deepEquals(new Object[] { mine.value() }, new Object[] { theirs.value() })) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		int hash = 1;
		for (Map.Entry<String, Entry> e : entries.entrySet()) {
			hash = 31 * hash + e.getKey().hashCode();
			hash = 31 * hash + Arrays.deepHashCode(new Object[] { e.getValue().value() });
		}
		return hash;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("ModelParameters[");
		entries.forEach((name, entry) -> text.append(text.length() > 16 ? ", " : "").append(name).append(' ')
				.append(entry.type()).append(Arrays.toString(entry.shape())));
		return text.append(']').toString();
	}

	private ModelParameters put(String name, Type type, Object value, int length, int... shape) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a parameter needs a name");
		}
		if (entries.containsKey(name)) {
			throw new IllegalArgumentException("parameter '" + name + "' is already set");
		}
		int[] dimensions = type == Type.TEXT || shape.length > 0 ? shape.clone() : new int[] { length };
		if (type != Type.TEXT && elementCount(dimensions) != length) {
			throw new IllegalArgumentException("parameter '" + name + "' has " + length + " values, its shape "
					+ Arrays.toString(dimensions) + " needs " + elementCount(dimensions));
		}
		entries.put(name, new Entry(type, value, dimensions));
		return this;
	}

	private Object array(String name, Type type, int... expectedShape) {
		Entry entry = entry(name, type);
		if (expectedShape.length > 0 && !Arrays.equals(entry.shape(), expectedShape)) {
			throw new ModelFormatException("parameter '" + name + "' has shape " + Arrays.toString(entry.shape())
					+ ", expected " + Arrays.toString(expectedShape));
		}
		return entry.value();
	}

	private Entry entry(String name, Type type) {
		Entry entry = entries.get(name);
		if (entry == null) {
			throw new ModelFormatException("parameter '" + name + "' is missing");
		}
		if (type != null && entry.type() != type) {
			throw new ModelFormatException("parameter '" + name + "' holds " + entry.type() + ", expected " + type);
		}
		return entry;
	}

	/**
	 * @param shape array dimensions
	 * @return their product, or -1 when a dimension is negative or the product exceeds an array's length
	 */
	static long elementCount(int[] shape) {
		long count = 1;
		for (int dimension : shape) {
			if (dimension < 0) {
				return -1;
			}
			count *= dimension;
			if (count > Integer.MAX_VALUE) {
				return -1;
			}
		}
		return count;
	}
}
