package org.edgewise.structure;

/**
 * A periodic lattice given by its three cell vectors a, b, c (rows, in ångström, Cartesian).
 * Converts between fractional and Cartesian coordinates.
 */
public final class Lattice {

	private final double[][] rows;
	private final double[][] inverse;
	private final double volume;

	private Lattice(double[][] rows) {
		this.rows = rows;
		double det = determinant(rows);
		if (!(Math.abs(det) > 1e-12)) {
			throw new IllegalArgumentException("lattice vectors are linearly dependent (cell volume " + det + ")");
		}
		this.volume = Math.abs(det);
		this.inverse = invert(rows, det);
	}

	/** @param rows the cell vectors a, b, c as rows of a 3x3 array, in ångström; copied */
	public static Lattice of(double[][] rows) {
		if (rows.length != 3 || rows[0].length != 3 || rows[1].length != 3 || rows[2].length != 3) {
			throw new IllegalArgumentException("a lattice needs 3 vectors of 3 components");
		}
		return new Lattice(new double[][] { rows[0].clone(), rows[1].clone(), rows[2].clone() });
	}

	/**
	 * The lattice of cell lengths and angles in the standard setting: a along x, b in the xy plane, c
	 * completing a right-handed set (as CIF and FEFF headers give cells).
	 *
	 * @param a     length of a in ångström; likewise {@code b}, {@code c}
	 * @param alpha angle between b and c in degrees; {@code beta} between a and c, {@code gamma} between a
	 *              and b
	 * @throws IllegalArgumentException if the angles do not make a three-dimensional cell
	 */
	public static Lattice fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
		double cosAlpha = Math.cos(Math.toRadians(alpha));
		double cosBeta = Math.cos(Math.toRadians(beta));
		double cosGamma = Math.cos(Math.toRadians(gamma));
		double sinGamma = Math.sin(Math.toRadians(gamma));
		double cy = (cosAlpha - cosBeta * cosGamma) / sinGamma;
		double cz2 = 1 - cosBeta * cosBeta - cy * cy;
		if (!(cz2 > 0)) {
			throw new IllegalArgumentException("the cell angles " + alpha + ", " + beta + ", " + gamma
					+ " degrees do not make a three-dimensional cell");
		}
		return of(new double[][] { { a, 0, 0 }, { b * cosGamma, b * sinGamma, 0 },
				{ c * cosBeta, c * cy, c * Math.sqrt(cz2) } });
	}

	/** @return cell vector {@code i} (0 = a, 1 = b, 2 = c); a copy */
	public double[] vector(int i) {
		return rows[i].clone();
	}

	/** @return the cell volume in cubic ångström */
	public double volume() {
		return volume;
	}

	/** @return the Cartesian position of fractional coordinates {@code f} */
	public double[] toCartesian(double[] f) {
		double[] r = new double[3];
		for (int k = 0; k < 3; k++) {
			r[k] = f[0] * rows[0][k] + f[1] * rows[1][k] + f[2] * rows[2][k];
		}
		return r;
	}

	/** @return the fractional coordinates of Cartesian position {@code r} */
	public double[] toFractional(double[] r) {
		double[] f = new double[3];
		for (int i = 0; i < 3; i++) {
			f[i] = r[0] * inverse[0][i] + r[1] * inverse[1][i] + r[2] * inverse[2][i];
		}
		return f;
	}

	/**
	 * @return the distance between opposite faces of the cell along each cell vector's reciprocal
	 *         direction: how far apart periodic images are, which decides how many images a cutoff reaches
	 */
	public double[] perpendicularWidths() {
		double[] widths = new double[3];
		for (int i = 0; i < 3; i++) {
			double[] n = cross(rows[(i + 1) % 3], rows[(i + 2) % 3]);
			widths[i] = volume / Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
		}
		return widths;
	}

	static double[] cross(double[] u, double[] v) {
		return new double[] { u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0] };
	}

	private static double determinant(double[][] m) {
		double[] c = cross(m[1], m[2]);
		return m[0][0] * c[0] + m[0][1] * c[1] + m[0][2] * c[2];
	}

	/** Inverse of the row matrix: columns are the reciprocal vectors divided by 2 pi. */
	private static double[][] invert(double[][] m, double det) {
		double[][] inv = new double[3][3];
		for (int i = 0; i < 3; i++) {
			double[] c = cross(m[(i + 1) % 3], m[(i + 2) % 3]);
			for (int k = 0; k < 3; k++) {
				inv[k][i] = c[k] / det;
			}
		}
		return inv;
	}
}
