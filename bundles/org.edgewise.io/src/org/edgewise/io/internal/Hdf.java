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
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.object.datatype.StringData;

/** Small typed reads from jhdf nodes: NeXus attributes and fields as Java values. */
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
	 */
	public static Map<String, Node> children(Group group) {
		Map<String, Node> children = new TreeMap<>();
		group.getChildren().forEach((name, node) -> {
			Node target = resolve(node);
			if (target != null) {
				children.put(name, target);
			}
		});
		return children;
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

	/** @return the first value of a string (or numeric) attribute, or {@code null} when absent or empty */
	public static String string(Node node, String name) {
		List<String> values = strings(node, name);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * @return the values of a string attribute (one for a scalar), numbers as text; empty when absent.
	 *         Fixed-length strings are decoded as UTF-8, or ISO-8859-1 where they are not valid UTF-8: old
	 *         files declare ASCII but hold "µm" in either encoding.
	 */
	public static List<String> strings(Node node, String name) {
		Attribute attribute = node.getAttribute(name);
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
	 * @return the integer values of an attribute (a scalar, an array, or numbers written as text), or
	 *         {@code null} when absent
	 * @throws NexusFormatException if a value is not a number
	 */
	public static int[] ints(Node node, String name) {
		if (node.getAttribute(name) == null) {
			return null;
		}
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

	/** @return the first string of a text field (scalar or array), or {@code null} if it holds no text */
	public static String text(Dataset dataset) {
		List<String> values = new ArrayList<>();
		flatten(dataset.getData(), values);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * @return all values of a numeric dataset, row-major
	 * @throws IllegalArgumentException if it does not hold numbers
	 * @throws NexusFormatException     if it declares more stored bytes than the whole file holds
	 */
	public static double[] doubles(Dataset dataset) {
		// a corrupt chunk size makes jhdf copy gigabytes (seconds, or out of memory) before anything fails
		long stored = dataset.getStorageInBytes();
		long fileSize = dataset.getHdfFile().size();
		if (stored > fileSize) {
			throw new NexusFormatException(path(dataset), "declares " + stored
					+ " bytes of stored data, more than the whole file (" + fileSize + " bytes): corrupt file");
		}
		Object data = dataset.isScalar() ? new Object[] { dataset.getData() } : dataset.getDataFlat();
		return switch (data) {
		case double[] d -> d;
		case float[] f -> convert(f.length, i -> f[i]);
		case long[] l -> convert(l.length, i -> l[i]);
		case int[] n -> convert(n.length, i -> n[i]);
		case short[] s -> convert(s.length, i -> s[i]);
		case byte[] b -> convert(b.length, i -> b[i]);
		case Object[] boxed when boxed.length == 1 && boxed[0] instanceof Number number -> new double[] {
				number.doubleValue() };
		default -> throw new IllegalArgumentException("holds " + dataset.getJavaType().getSimpleName()
				+ " values, not numbers");
		};
	}

	private static double[] convert(int length, IntToDoubleFunction value) {
		double[] result = new double[length];
		for (int i = 0; i < length; i++) {
			result[i] = value.applyAsDouble(i);
		}
		return result;
	}

	/** @return the exception's message, or its type when it has none (jhdf often throws without one) */
	public static String describe(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
