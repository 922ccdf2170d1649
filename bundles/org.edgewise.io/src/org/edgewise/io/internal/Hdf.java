package org.edgewise.io.internal;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.object.datatype.StringData;

/**
 * Small typed reads from jhdf nodes: NeXus attributes and fields as Java values. Every read that jhdf may fail
 * on in a damaged file (a group's members, an attribute, a dataset's values) goes through here and fails with
 * an {@link HdfReadException} naming the group or dataset being read.
 */
public final class Hdf {

	private Hdf() {
	}

	/** @return the node's absolute path without the trailing '/' jhdf gives groups */
	public static String path(Node node) {
		String path = node.getPath();
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	/** @return the NX_class attribute, or {@code null} */
	public static String nxClass(Node node) {
		return string(node, "NX_class");
	}

	/**
	 * @return the children of {@code group} by name in alphabetical order (the documented search order), soft
	 *         and external links replaced by their targets; broken links are left out
	 * @throws HdfReadException if the group's members cannot be read
	 */
	public static Map<String, Node> children(Group group) {
		Map<String, Node> children = new TreeMap<>();
		// jhdf reads the object header of every member here, so a damaged member fails its group's listing
		reading(group, "the group's members", group::getChildren).forEach((name, node) -> {
			Node target = resolve(node);
			if (target != null) {
				children.put(name, target);
			}
		});
		return children;
	}

	/**
	 * @param path an absolute path, e.g. "/entry1/data/energy"; "/" is the root
	 * @return the node at {@code path}, links resolved as by {@link #children(Group)}, or {@code null} when
	 *         there is none
	 * @throws HdfReadException if a group on the way cannot be read
	 */
	public static Node node(Group root, String path) {
		Node node = root;
		for (String name : path.split("/")) {
			if (!name.isEmpty()) {
				node = node instanceof Group group ? children(group).get(name) : null;
			}
		}
		return node;
	}

	private static Node resolve(Node node) {
		if (!(node instanceof Link link)) {
			return node;
		}
		try {
			return link.isBrokenLink() ? null : resolve(link.getTarget());
		} catch (RuntimeException unreachable) {
			// an external link to a file that is not there
			return null;
		}
	}

	/** @return the child groups of {@code group} with NX_class {@code nxClass}, in name order */
	public static List<Group> childGroups(Group group, String nxClass) {
		List<Group> groups = new ArrayList<>();
		for (Node child : children(group).values()) {
			if (child instanceof Group g && nxClass.equals(nxClass(g))) {
				groups.add(g);
			}
		}
		return groups;
	}

	/** @return the child dataset called {@code name}, or {@code null} */
	public static Dataset childDataset(Group group, String name) {
		return children(group).get(name) instanceof Dataset d ? d : null;
	}

	/** @return the child group called {@code name}, or {@code null} */
	public static Group childGroup(Group group, String name) {
		return children(group).get(name) instanceof Group g ? g : null;
	}

	/**
	 * @return the first value of a string (or numeric) attribute, or {@code null} when absent or empty
	 * @throws HdfReadException if the attribute cannot be read
	 */
	public static String string(Node node, String name) {
		List<String> values = strings(node, name);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * @return the values of a string attribute (one for a scalar), numbers as text; empty when absent.
	 *         Fixed-length strings are decoded as UTF-8, or ISO-8859-1 where they are not valid UTF-8: old
	 *         files declare ASCII but hold "µm" in either encoding.
	 * @throws HdfReadException if the attribute cannot be read
	 */
	public static List<String> strings(Node node, String name) {
		return reading(node, "attribute @" + name, () -> values(node.getAttribute(name)));
	}

	/** @return the values of {@code attribute} as {@link #strings(Node, String)} gives them */
	private static List<String> values(Attribute attribute) {
		if (attribute == null || attribute.isEmpty()) {
			return List.of();
		}
		if (attribute.getDataType() instanceof StringData) {
			return fixedLengthStrings(attribute);
		}
		List<String> values = new ArrayList<>();
		flatten(attribute.getData(), values);
		return values;
	}

	private static List<String> fixedLengthStrings(Attribute attribute) {
		int size = attribute.getDataType().getSize();
		ByteBuffer buffer = attribute.getBuffer().duplicate();
		List<String> values = new ArrayList<>();
		for (int start = buffer.position(); start + size <= buffer.limit(); start += size) {
			int end = start;
			while (end < start + size && buffer.get(end) != 0) {
				end++;
			}
			byte[] bytes = new byte[end - start];
			buffer.get(start, bytes);
			values.add(decode(bytes).stripTrailing());
		}
		return values;
	}

	private static String decode(byte[] bytes) {
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		} catch (CharacterCodingException notUtf8) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	private static void flatten(Object data, List<String> values) {
		if (data == null) {
			return;
		}
		if (data.getClass().isArray()) {
			int length = Array.getLength(data);
			for (int i = 0; i < length; i++) {
				flatten(Array.get(data, i), values);
			}
		} else {
			values.add(data.toString().strip());
		}
	}

	/**
	 * @return the integer values of an attribute (a scalar, an array, or numbers written as text); empty when
	 *         absent
	 * @throws NexusFormatException if a value is not a number
	 * @throws HdfReadException     if the attribute cannot be read
	 */
	public static int[] ints(Node node, String name) {
		List<String> texts = strings(node, name);
		int[] values = new int[texts.size()];
		for (int i = 0; i < values.length; i++) {
			try {
				values[i] = (int) Double.parseDouble(texts.get(i));
			} catch (NumberFormatException e) {
				throw new NexusFormatException(path(node), "@" + name + " is not a number: '" + texts.get(i) + "'");
			}
		}
		return values;
	}

	/**
	 * @return the first string of a text field (scalar or array), or {@code null} if it holds no text
	 * @throws HdfReadException if its values cannot be read
	 */
	public static String text(Dataset dataset) {
		List<String> values = new ArrayList<>();
		flatten(reading(dataset, "values", dataset::getData), values);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * @return all values of a numeric dataset, row-major
	 * @throws NexusFormatException if it does not hold numbers, or declares more stored bytes than the whole
	 *                              file holds
	 * @throws HdfReadException     if its values cannot be read
	 */
	public static double[] doubles(Dataset dataset) {
		// a corrupt chunk size makes jhdf copy gigabytes (seconds, or out of memory) before anything fails
		long stored = reading(dataset, "values", dataset::getStorageInBytes);
		long fileSize = dataset.getHdfFile().size();
		if (stored > fileSize) {
			throw new NexusFormatException(path(dataset), "declares " + stored
					+ " bytes of stored data, more than the whole file (" + fileSize + " bytes): corrupt file");
		}
		Object data = reading(dataset, "values", () -> dataset.isScalar() ? dataset.getData() : dataset.getDataFlat());
		if (data instanceof double[] values) {
			return values;
		}
		if (data instanceof Number number) {
			return new double[] { number.doubleValue() };
		}
		double[] values = new double[Math.toIntExact(dataset.getSize())];
		copy(dataset, data, values, 0);
		return values;
	}

	/**
	 * Reads a block of a numeric dataset. Of a chunked dataset jhdf reads and inflates only the chunks the
	 * block overlaps, one at a time, and keeps none of them.
	 *
	 * @param offset the block's first index in each dimension
	 * @param shape  the block's length in each dimension
	 * @return the block's values, row-major over {@code shape}
	 * @throws NexusFormatException if it does not hold numbers
	 * @throws HdfReadException     if the block cannot be read
	 */
	public static double[] doubles(Dataset dataset, long[] offset, int[] shape) {
		Object data = reading(dataset, "values", () -> dataset.getData(offset, shape));
		int size = 1;
		for (int length : shape) {
			size = Math.multiplyExact(size, length);
		}
		double[] values = new double[size];
		copy(dataset, data, values, 0);
		return values;
	}

	/**
	 * Runs one jhdf read of {@code node}. jhdf reports a damaged file with assorted unchecked exceptions that
	 * seldom say which object was being read.
	 *
	 * @param what what of the node is read, for the message: "the group's members", "attribute @axes", "values"
	 * @throws HdfReadException naming the node if jhdf fails
	 */
	private static <T> T reading(Node node, String what, Supplier<T> read) {
		try {
			return read.get();
		} catch (RuntimeException e) {
			throw new HdfReadException(path(node), "cannot read " + what + ": " + describe(e), e);
		}
	}

	/**
	 * Copies a (nested) primitive array row-major into {@code target} from {@code at}.
	 *
	 * @return the index after the last value copied
	 */
	private static int copy(Dataset dataset, Object data, double[] target, int at) {
		switch (data) {
		case double[] d -> System.arraycopy(d, 0, target, at, d.length);
		case float[] f -> {
			for (int i = 0; i < f.length; i++) {
				target[at + i] = f[i];
			}
		}
		case long[] l -> {
			for (int i = 0; i < l.length; i++) {
				target[at + i] = l[i];
			}
		}
		case int[] n -> {
			for (int i = 0; i < n.length; i++) {
				target[at + i] = n[i];
			}
		}
		case short[] s -> {
			for (int i = 0; i < s.length; i++) {
				target[at + i] = s[i];
			}
		}
		case byte[] b -> {
			for (int i = 0; i < b.length; i++) {
				target[at + i] = b[i];
			}
		}
		case Object[] rows when rows.getClass().getComponentType().isArray() -> {
			int next = at;
			for (Object row : rows) {
				next = copy(dataset, row, target, next);
			}
			return next;
		}
		default -> throw new NexusFormatException(path(dataset), "holds " + dataset.getJavaType().getSimpleName()
				+ " values, not numbers");
		}
		return at + Array.getLength(data);
	}

	/**
	 * @return the messages of the exception and its causes, each its type where it has none: jhdf often
	 *         throws without one, and wraps the telling exception in one that only says what it was doing
	 */
	public static String describe(Throwable e) {
		StringJoiner text = new StringJoiner(": ");
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
					: t.getMessage();
			// an exception made from its cause alone repeats the cause's message
			if (!text.toString().contains(message)) {
				text.add(message);
			}
		}
		return text.toString();
	}
}
