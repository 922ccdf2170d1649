package org.edgewise.learn.network;

/** Helpers for matrices held as arrays of row arrays. */
final class Rows {

	/** How often, in steps, optimisers {@link #flushTiny flush} their decaying state. */
	static final int FLUSH_INTERVAL = 64;

	/** Values below this magnitude are flushed to zero: 1e-30 decays to no less than 1e-33 in 64 steps of 0.9. */
	private static final float TINY = 1e-30f;

	private Rows() {
	}

	/**
	 * @param rows any rows
	 * @return new zero rows of the same lengths
	 */
	static float[][] zerosLike(float[][] rows) {
		float[][] zeros = new float[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			zeros[i] = new float[rows[i].length];
		}
		return zeros;
	}

	/**
	 * @param rows any rows
	 * @return a deep copy
	 */
	static float[][] copy(float[][] rows) {
		float[][] copy = new float[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			copy[i] = rows[i].clone();
		}
		return copy;
	}

	/**
	 * Copies values into rows of the same lengths.
	 *
	 * @param source the values
	 * @param target receives them
	 */
	static void copyInto(float[][] source, float[][] target) {
		for (int i = 0; i < source.length; i++) {
			System.arraycopy(source[i], 0, target[i], 0, source[i].length);
		}
	}

	/**
	 * Sets values smaller in magnitude than 1e-30 to zero. Optimisers call this every
	 * {@value #FLUSH_INTERVAL} steps on state that decays geometrically while its gradient is zero (Adam's
	 * moments, momentum): left alone, it sinks into the subnormal floats, on which every operation costs tens
	 * of times more (40 times for Adam's update, measured). Values so small change no parameter anyway.
	 *
	 * @param rows    the values, changed in place
	 * @param fromRow the first row to flush
	 * @param toRow   one past the last row to flush
	 */
	static void flushTiny(float[][] rows, int fromRow, int toRow) {
		for (int i = fromRow; i < toRow; i++) {
			float[] row = rows[i];
			for (int j = 0; j < row.length; j++) {
				if (Math.abs(row[j]) < TINY) {
					row[j] = 0;
				}
			}
		}
	}
}
