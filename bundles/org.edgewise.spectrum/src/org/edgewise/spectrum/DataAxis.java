package org.edgewise.spectrum;

/**
 * A named axis of a non-energy dimension of a spectrum set (a scan motor, a map coordinate).
 *
 * @param name   axis name as the source file gives it, e.g. "sample_y"
 * @param units  units as the file gives them, or {@code null}
 * @param values one value per index along the dimension
 */
public record DataAxis(String name, String units, double[] values) {

	/** @return an axis that simply counts 0, 1, ..., {@code length - 1} */
	public static DataAxis index(String name, int length) {
		double[] values = new double[length];
		for (int i = 0; i < length; i++) {
			values[i] = i;
		}
		return new DataAxis(name, null, values);
	}

	/** @return the number of values */
	public int length() {
		return values.length;
	}
}
