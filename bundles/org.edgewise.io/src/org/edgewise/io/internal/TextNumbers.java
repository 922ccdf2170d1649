package org.edgewise.io.internal;

import java.util.regex.Pattern;

/** Numbers in the columns of text files, and what to say about a token that is not a finite one. */
public final class TextNumbers {

	/** Non-finite values as C, Fortran, Python and numpy print them; Java itself reads only NaN and Infinity. */
	private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

	private TextNumbers() {
	}

	/** @return the token's value when it is a finite number, else NaN */
	public static double finiteValue(String token) {
		try {
			double value = Double.parseDouble(token);
			return Double.isFinite(value) ? value : Double.NaN;
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	/**
	 * @param token a token {@link #finiteValue} refused
	 * @return the problem, for messages: "non-finite value 'nan'" or "non-numeric value 'abc'"
	 */
	public static String problem(String token) {
		boolean nonFinite = NON_FINITE.matcher(token).matches() || parses(token);
		return (nonFinite ? "non-finite value '" : "non-numeric value '") + token + "'";
	}

	private static boolean parses(String token) {
		try {
			Double.parseDouble(token);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
