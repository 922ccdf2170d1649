package org.edgewise.io.internal;

import java.util.Locale;

/**
 * A crystallographic symmetry operation on fractional coordinates, {@code x' = R x + t}, parsed from its
 * Jones-faithful text such as {@code "-x+1/2, y, -z+1/2"} or {@code "x-y, x, z+2/3"}. The text is parsed
 * term by term (signed coefficients, x/y/z, integers, decimals and fractions), never evaluated, so
 * anything else is refused.
 */
public final class SymmetryOperation {

	private final double[][] rotation;
	private final double[] translation;

	private SymmetryOperation(double[][] rotation, double[] translation) {
		this.rotation = rotation;
		this.translation = translation;
	}

	/**
	 * @param text three comma-separated components; spaces and letter case do not matter
	 * @return the operation
	 * @throws IllegalArgumentException saying what in {@code text} is not understood
	 */
	public static SymmetryOperation parse(String text) {
		String[] parts = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).split(",", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("symmetry operation '" + text + "' has " + parts.length
					+ " components, expected 3 (like 'x,y,z')");
		}
		double[][] rotation = new double[3][3];
		double[] translation = new double[3];
		for (int i = 0; i < 3; i++) {
			translation[i] = component(text, parts[i], rotation[i]);
		}
		return new SymmetryOperation(rotation, translation);
	}

	/** @return the image of fractional coordinates {@code f}, not wrapped into the cell */
	public double[] apply(double[] f) {
		double[] g = new double[3];
		for (int i = 0; i < 3; i++) {
			g[i] = rotation[i][0] * f[0] + rotation[i][1] * f[1] + rotation[i][2] * f[2] + translation[i];
		}
		return g;
	}

	/** Parses one component into its row of the rotation; @return its constant term */
	private static double component(String text, String part, double[] row) {
		if (part.isEmpty()) {
			throw unknown(text, "an empty component");
		}
		double constant = 0;
		int p = 0;
		while (p < part.length()) {
			double sign = 1;
			char c = part.charAt(p);
			if (c == '+' || c == '-') {
				sign = c == '-' ? -1 : 1;
				p++;
			} else if (p > 0) {
				throw unknown(text, "'" + c + "' where a '+' or '-' should be");
			}
			int start = p;
			while (p < part.length() && "0123456789./".indexOf(part.charAt(p)) >= 0) {
				p++;
			}
			double number = start == p ? 1 : number(text, part.substring(start, p));
			if (p < part.length() && part.charAt(p) == '*' && start != p) {
				p++;
			}
			int axis = p < part.length() ? "xyz".indexOf(part.charAt(p)) : -1;
			if (axis >= 0) {
				row[axis] += sign * number;
				p++;
			} else if (start == p) {
				throw unknown(text, p < part.length() ? "'" + part.charAt(p) + "'" : "a sign with nothing after it");
			} else {
				constant += sign * number;
			}
		}
		return constant;
	}

	/** @return a decimal or a fraction such as {@code 1/2} */
	private static double number(String text, String token) {
		String[] fraction = token.split("/", -1);
		try {
			if (fraction.length == 1) {
				return Double.parseDouble(token);
			}
			if (fraction.length == 2) {
				double denominator = Double.parseDouble(fraction[1]);
				if (denominator != 0) {
					return Double.parseDouble(fraction[0]) / denominator;
				}
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw unknown(text, "the number '" + token + "'");
	}

	private static IllegalArgumentException unknown(String text, String what) {
		return new IllegalArgumentException("symmetry operation '" + text + "' not understood: " + what);
	}
}
