package org.edgewise.structure.coordination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the vertex coordinates of the ideal polyhedra, with the central site at the origin. The shapes and
 * their proportions follow ChemEnv's model polyhedra (Waroquiers et al., Chem. Mater. 29, 8346 (2017)); the
 * coordinates are derived here from their geometric definitions.
 */
final class Shapes {

	private static final double INVERSE_SQRT3 = 1 / Math.sqrt(3);

	private Shapes() {
	}

	/** @return {@code count} unit vectors in the xy plane at equal angles, the first along x */
	static double[][] polygon(int count) {
		return ring(count, 1, 0, 0);
	}

	/** @return {@code count} points at equal angles on a circle of {@code radius} at height z, from {@code phase} */
	static double[][] ring(int count, double radius, double z, double phase) {
		double[][] points = new double[count][];
		for (int k = 0; k < count; k++) {
			double angle = phase + 2 * Math.PI * k / count;
			points[k] = new double[] { radius * Math.cos(angle), radius * Math.sin(angle), z };
		}
		return points;
	}

	/** @return the six unit vectors along +-x, +-y, +-z */
	static double[][] octahedron() {
		return new double[][] { { 1, 0, 0 }, { -1, 0, 0 }, { 0, 1, 0 }, { 0, -1, 0 }, { 0, 0, 1 }, { 0, 0, -1 } };
	}

	/** @return alternate corners of the cube (+-1, +-1, +-1) / sqrt(3): the unit tetrahedron */
	static double[][] tetrahedron() {
		return new double[][] { diagonal(1, 1, 1), diagonal(1, -1, -1), diagonal(-1, 1, -1), diagonal(-1, -1, 1) };
	}

	/** @return all eight corners (+-1, +-1, +-1) / sqrt(3): the unit cube */
	static double[][] cube() {
		List<double[]> corners = new ArrayList<>();
		for (int x = -1; x <= 1; x += 2) {
			for (int y = -1; y <= 1; y += 2) {
				for (int z = -1; z <= 1; z += 2) {
					corners.add(diagonal(x, y, z));
				}
			}
		}
		return corners.toArray(double[][]::new);
	}

	/** @return the unit vector along the cube diagonal (x, y, z), each component +-1 */
	static double[] diagonal(double x, double y, double z) {
		return new double[] { x * INVERSE_SQRT3, y * INVERSE_SQRT3, z * INVERSE_SQRT3 };
	}

	/**
	 * The trigonal prism with all nine edges equal and its vertices on the unit sphere: triangles of
	 * circumradius r at heights +-h with r^2 + h^2 = 1 and edge r sqrt(3) = 2h, so r = sqrt(4/7), h = sqrt(3/7).
	 * One vertex of each triangle points along +y; the square face opposite it faces -y.
	 */
	static double[][] trigonalPrism() {
		double r = Math.sqrt(4.0 / 7);
		double h = Math.sqrt(3.0 / 7);
		return concat(ring(3, r, h, Math.PI / 2), ring(3, r, -h, Math.PI / 2));
	}

	/**
	 * The square antiprism with all sixteen edges equal and its vertices on the unit sphere: squares of
	 * circumradius r at heights +-h/2, twisted by 45 degrees. Equal edges give r sqrt(2) for the square side
	 * and 2 r^2 (1 - cos 45) + h^2 for a lateral edge squared, so h^2 = sqrt(2) r^2; with r^2 + h^2 / 4 = 1,
	 * r^2 = 1 / (1 + sqrt(2) / 4).
	 */
	static double[][] squareAntiprism() {
		double r = 1 / Math.sqrt(1 + Math.sqrt(2) / 4);
		double halfHeight = Math.sqrt(1 - r * r);
		return concat(ring(4, r, halfHeight, 0), ring(4, r, -halfHeight, Math.PI / 4));
	}

	/**
	 * The snub disphenoid (Johnson solid J84, the dodecahedron with triangular faces) with edge 1 and its
	 * centroid at the origin: (+-1/2, 0, -s/2), (0, +-t/2, -r/2), (+-t/2, 0, r/2), (0, +-1/2, s/2), where q is
	 * the root in (0, 1) of 2q^3 + 11q^2 + 4q - 1 = 0, r = sqrt(q), s = sqrt((1 - q) / (2q)), t = sqrt(2 - 2q).
	 */
	static double[][] snubDisphenoid() {
		double q = cubicRoot();
		double r = Math.sqrt(q) / 2;
		double s = Math.sqrt((1 - q) / (2 * q)) / 2;
		double t = Math.sqrt(2 - 2 * q) / 2;
		return new double[][] { { -0.5, 0, -s }, { 0.5, 0, -s }, { 0, -t, -r }, { 0, t, -r }, { -t, 0, r }, { t, 0, r },
				{ 0, -0.5, s }, { 0, 0.5, s } };
	}

	/** Newton's method on 2q^3 + 11q^2 + 4q - 1, increasing and convex on [0, 1], from q = 1: converges from above. */
	private static double cubicRoot() {
		double q = 1;
		for (int i = 0; i < 100; i++) {
			double f = ((2 * q + 11) * q + 4) * q - 1;
			double step = f / ((6 * q + 22) * q + 4);
			q -= step;
			if (Math.abs(step) < 1e-16) {
				break;
			}
		}
		return q;
	}

	/** @return the rows of all arrays, in order */
	static double[][] concat(double[][]... parts) {
		return Arrays.stream(parts).flatMap(Arrays::stream).map(double[]::clone).toArray(double[][]::new);
	}

	/** @return the given points as rows */
	static double[][] points(double[]... points) {
		return concat(points);
	}
}
