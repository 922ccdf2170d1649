package org.edgewise.io.internal;

/** Element symbols from the labels structure files write: "Fe3+", "O2-", "Ti1", "Fe_pv", "OW1". */
public final class ElementLabels {

	private ElementLabels() {
	}

	/**
	 * @param label a site label or species name
	 * @return its element symbol: a capital letter and an optional lower-case one ("Fe3+" -> "Fe",
	 *         "o1" -> "O"), or {@code null} when the label does not start with a letter
	 */
	public static String element(String label) {
		if (label.isEmpty() || !Character.isLetter(label.charAt(0)) || label.charAt(0) > 'z') {
			return null;
		}
		String first = String.valueOf(Character.toUpperCase(label.charAt(0)));
		if (label.length() > 1 && Character.isLowerCase(label.charAt(1)) && Character.isUpperCase(label.charAt(0))) {
			return first + label.charAt(1);
		}
		return first;
	}
}
