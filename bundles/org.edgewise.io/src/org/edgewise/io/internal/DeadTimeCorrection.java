package org.edgewise.io.internal;

import java.util.Locale;

/**
 * The dead-time rule for fluorescence counts, shared by column files and NeXus detectors: a channel is
 * multiplied by the dead-time factor the beamline recorded for it when the file gives one, else by its input
 * over its output count rate (ICR/OCR) when the file gives both; a point without output counts is left as
 * counted. Which field plays which part is told by its name (see {@link #roleOf(String)}).
 */
public final class DeadTimeCorrection {

	/** The part a field or column plays in the correction. */
	public enum Role {
		/** a factor the counts are multiplied by: DTFactor, dt_factor, dtc_factors */
		FACTOR,
		/** the input count rate: ICR */
		INPUT_RATE,
		/** the output count rate: OCR */
		OUTPUT_RATE
	}

	private DeadTimeCorrection() {
	}

	/**
	 * @param name a field or column name, in any case, underscores ignored
	 * @return its part in the correction, or {@code null} when it plays none
	 */
	public static Role roleOf(String name) {
		String plain = name.toLowerCase(Locale.ROOT).replace("_", "");
		if (plain.startsWith("dtfactor") || plain.startsWith("dtcfactor")) {
			return Role.FACTOR;
		}
		if (plain.startsWith("icr")) {
			return Role.INPUT_RATE;
		}
		return plain.startsWith("ocr") ? Role.OUTPUT_RATE : null;
	}

	/**
	 * @param counts the counts of one channel, point by point
	 * @param factor its dead-time factor at each point, as long as {@code counts}
	 * @return a new array of {@code counts[i] * factor[i]}
	 * @throws IllegalArgumentException if the lengths differ
	 */
	public static double[] byFactor(double[] counts, double[] factor) {
		requireLength(factor, counts.length, "dead-time factor");
		double[] corrected = new double[counts.length];
		for (int i = 0; i < corrected.length; i++) {
			corrected[i] = counts[i] * factor[i];
		}
		return corrected;
	}

	/**
	 * @param counts      the counts of one channel, point by point
	 * @param inputRate   its input count rate at each point, as long as {@code counts}
	 * @param outputRate  its output count rate at each point, as long as {@code counts}
	 * @return a new array of {@code counts[i] * inputRate[i] / outputRate[i]}, {@code counts[i]} where the
	 *         output rate is not positive
	 * @throws IllegalArgumentException if the lengths differ
	 */
	public static double[] byRates(double[] counts, double[] inputRate, double[] outputRate) {
		requireLength(inputRate, counts.length, "input count rate");
		requireLength(outputRate, counts.length, "output count rate");
		double[] corrected = new double[counts.length];
		for (int i = 0; i < corrected.length; i++) {
			corrected[i] = outputRate[i] > 0 ? counts[i] * inputRate[i] / outputRate[i] : counts[i];
		}
		return corrected;
	}

	private static void requireLength(double[] values, int length, String what) {
		if (values.length != length) {
			throw new IllegalArgumentException(what + " has " + values.length + " points where the counts have "
					+ length);
		}
	}
}
