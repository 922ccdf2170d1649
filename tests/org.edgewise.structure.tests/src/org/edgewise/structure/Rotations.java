package org.edgewise.structure;

import java.util.Random;

/** Random rotations and directions for the tests. */
public final class Rotations {

	private Rotations() {
	}

	/** @return a rotation matrix from a random unit quaternion (uniform over rotations) */
	public static double[][] random(Random random) {
		double w = random.nextGaussian();
		double x = random.nextGaussian();
		double y = random.nextGaussian();
		double z = random.nextGaussian();
		double norm = Math.sqrt(w * w + x * x + y * y + z * z);
		w /= norm;
		x /= norm;
		y /= norm;
		z /= norm;
		return new double[][] { { 1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y) },
				{ 2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x) },
				{ 2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y) } };
	}

	/** @return a random unit vector, uniform over the sphere */
	public static double[] unitVector(Random random) {
		double[] v = { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
		double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		return new double[] { v[0] / norm, v[1] / norm, v[2] / norm };
	}
}
