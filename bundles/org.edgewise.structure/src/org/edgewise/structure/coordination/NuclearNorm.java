package org.edgewise.structure.coordination;

/**
 * The sum of the singular values of a 3 x 3 matrix: the largest trace of R H over orthogonal R (the Kabsch
 * problem without the determinant correction).
 * <p>
 * One-sided Jacobi rotations orthogonalise the columns; their norms are then the singular values. Unlike
 * square roots of the eigenvalues of H^T H, this keeps small singular values accurate relative to the largest,
 * which a perfect match of a flat or linear polyhedron needs for its measure to come out 0 to 1e-14.
 */
final class NuclearNorm {

	/** Columns count as orthogonal when their cosine is below this. */
	private static final double ORTHOGONAL = 1e-15;
	/** Jacobi converges quadratically: a 3 x 3 matrix needs a handful of sweeps. */
	private static final int MAX_SWEEPS = 40;

	private NuclearNorm() {
	}

	/**
	 * @param h       the matrix, row-major (9 values); not modified
	 * @param scratch 9 values of working space, overwritten
	 * @return the sum of the singular values of h
	 */
	static double of(double[] h, double[] scratch) {
		// scratch holds the matrix column-major: column c is scratch[3c .. 3c + 2].
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				scratch[3 * c + r] = h[3 * r + c];
			}
		}
		for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
			boolean rotated = rotate(scratch, 0, 1);
			rotated |= rotate(scratch, 0, 2);
			rotated |= rotate(scratch, 1, 2);
			if (!rotated) {
				break;
			}
		}
		return norm(scratch, 0) + norm(scratch, 1) + norm(scratch, 2);
	}

	/** Rotates columns i and j to make them orthogonal; false when they already are. */
	private static boolean rotate(double[] a, int i, int j) {
		int ci = 3 * i;
		int cj = 3 * j;
		double alpha = a[ci] * a[ci] + a[ci + 1] * a[ci + 1] + a[ci + 2] * a[ci + 2];
		double beta = a[cj] * a[cj] + a[cj + 1] * a[cj + 1] + a[cj + 2] * a[cj + 2];
		double gamma = a[ci] * a[cj] + a[ci + 1] * a[cj + 1] + a[ci + 2] * a[cj + 2];
		if (Math.abs(gamma) <= ORTHOGONAL * Math.sqrt(alpha * beta)) {
			return false;
		}
		double zeta = (beta - alpha) / (2 * gamma);
		// The smaller root of t^2 + 2 zeta t - 1 = 0 keeps the rotation angle within 45 degrees.
		double t = Math.abs(zeta) > 1e100 ? 0.5 / zeta
				: Math.copySign(1, zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
		double c = 1 / Math.sqrt(1 + t * t);
		double s = c * t;
		for (int r = 0; r < 3; r++) {
			double x = a[ci + r];
			double y = a[cj + r];
			a[ci + r] = c * x - s * y;
			a[cj + r] = s * x + c * y;
		}
		return true;
	}

	private static double norm(double[] a, int column) {
		int c = 3 * column;
		return Math.sqrt(a[c] * a[c] + a[c + 1] * a[c + 1] + a[c + 2] * a[c + 2]);
	}
}
