package org.edgewise.learn.neighbours;

/**
 * How far apart two spectra (rows of equal length) are.
 */
public enum Distance {

	/** The Euclidean distance sqrt(sum over i of (a<sub>i</sub> - b<sub>i</sub>)<sup>2</sup>), in the rows' units. */
	EUCLIDEAN {
		@Override
		double[] prepare(double[] row, String what) {
			return row.clone();
		}

		@Override
		double fromSquared(double squared) {
			return Math.sqrt(squared);
		}
	},

	/**
	 * The correlation distance 1 - r, with r the Pearson correlation of the two rows' values: 0 for spectra
	 * of the same shape whatever their scale and offset, 1 for uncorrelated ones, at most 2. A row whose
	 * values are all equal has no correlation with anything and is refused.
	 */
	CORRELATION {
		@Override
		double[] prepare(double[] row, String what) {
			double mean = 0;
			for (double x : row) {
				mean += x;
			}
			mean /= row.length;
			double[] z = new double[row.length];
			double sumOfSquares = 0;
			for (int i = 0; i < row.length; i++) {
				z[i] = row[i] - mean;
				sumOfSquares += z[i] * z[i];
			}
			if (!(sumOfSquares > 0)) {
				throw new IllegalArgumentException(
						what + " has all values equal: its correlation with another spectrum is undefined");
			}
			double scale = 1 / Math.sqrt(sumOfSquares);
			for (int i = 0; i < z.length; i++) {
				z[i] *= scale;
			}
			return z;
		}

		@Override
		double fromSquared(double squared) {
			// For centred unit rows |za - zb|^2 = 2 - 2 r: half of it is 1 - r, without the cancellation of
			// subtracting a dot product close to 1 from 1.
			return 0.5 * squared;
		}
	};

	/**
	 * Maps a row to the space where this distance is a function of the squared Euclidean distance.
	 *
	 * @param row  a row of finite values; not modified
	 * @param what the row's name for messages, e.g. "row 3"
	 * @return a new prepared row
	 * @throws IllegalArgumentException if this distance is undefined for the row
	 */
	abstract double[] prepare(double[] row, String what);

	/**
	 * @param squared the squared Euclidean distance between two prepared rows
	 * @return the distance between the original rows
	 */
	abstract double fromSquared(double squared);
}
