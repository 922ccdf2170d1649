package org.edgewise.structure;

import java.util.Arrays;

/**
 * A convex polyhedron around the origin, cut down by half-spaces {@code x . n <= h} one at a time: the
 * working cell of a Voronoi construction. Mutable and reused from cell to cell, so cutting allocates
 * nothing once the buffers have grown.
 * <p>
 * It is kept as a list of faces, each a convex polygon with its own copies of its vertices (counter-
 * clockwise seen from outside) and its plane. A cut classifies every vertex copy against the plane with
 * a tolerance: within it a vertex counts as on the plane and is kept, so a plane that only touches an
 * edge or a vertex (which perfect lattices produce all the time) changes nothing. A crossing point is
 * always computed from the inside vertex towards the outside one, so the two faces sharing an edge get
 * the bitwise same point; the new face is the crossing points and the on-plane vertices, sorted by angle.
 */
final class ConvexCell {

	/** No tag: a face of the starting cube rather than of a cutting plane. */
	static final int BOX = -1;

	private Faces faces = new Faces();
	private Faces spare = new Faces();
	/** Signed distance of each vertex copy of {@link #faces} from the plane being cut by. */
	private double[] side = new double[64];
	/** The new face's points while it is being built, and their angles. */
	private double[] cap = new double[48];
	private double[] angle = new double[16];
	private int[] order = new int[16];

	/** The starting cube's corners, in units of its half side. */
	private static final double[][] CORNERS = { { -1, -1, -1 }, { 1, -1, -1 }, { 1, 1, -1 }, { -1, 1, -1 },
			{ -1, -1, 1 }, { 1, -1, 1 }, { 1, 1, 1 }, { -1, 1, 1 } };
	/** The corners of each of the cube's faces, counter-clockwise seen from outside ... */
	private static final int[][] QUADS = { { 0, 3, 2, 1 }, { 4, 5, 6, 7 }, { 0, 1, 5, 4 }, { 2, 3, 7, 6 },
			{ 0, 4, 7, 3 }, { 1, 2, 6, 5 } };
	/** ... and the face's outward normal. */
	private static final double[][] NORMALS = { { 0, 0, -1 }, { 0, 0, 1 }, { 0, -1, 0 }, { 0, 1, 0 }, { -1, 0, 0 },
			{ 1, 0, 0 } };

	/** Starts over from the cube {@code [-half, half]^3}. */
	void reset(double half) {
		faces.clear();
		for (int f = 0; f < 6; f++) {
			faces.begin(NORMALS[f][0], NORMALS[f][1], NORMALS[f][2], half, BOX);
			for (int corner : QUADS[f]) {
				faces.add(half * CORNERS[corner][0], half * CORNERS[corner][1], half * CORNERS[corner][2]);
			}
			faces.endUnchanged();
		}
	}

	/**
	 * Cuts away the part beyond the plane {@code x . n = h}, whose unit normal n = (nx, ny, nz) points away
	 * from the kept side; does nothing when no vertex lies beyond it by more than the tolerance.
	 *
	 * @param h         the plane's distance from the origin, positive
	 * @param tag       what the new face is remembered by
	 * @param tolerance how far beyond the plane a vertex may lie and still count as on it, in ångström
	 */
	void cut(double nx, double ny, double nz, double h, int tag, double tolerance) {
		int copies = faces.points;
		if (side.length < copies) {
			side = new double[2 * copies];
		}
		double[] p = faces.xyz;
		boolean outside = false;
		for (int k = 0; k < copies; k++) {
			double s = p[3 * k] * nx + p[3 * k + 1] * ny + p[3 * k + 2] * nz - h;
			side[k] = s;
			outside |= s > tolerance;
		}
		if (!outside) {
			return;
		}
		spare.clear();
		int capPoints = 0;
		for (int f = 0; f < faces.count; f++) {
			int first = faces.start[f];
			int end = faces.start[f + 1];
			spare.begin(faces.nx[f], faces.ny[f], faces.nz[f], faces.h[f], faces.tag[f]);
			boolean touched = false;
			for (int k = first; k < end; k++) {
				int next = k + 1 < end ? k + 1 : first;
				double sk = side[k];
				double sn = side[next];
				touched |= sk >= -tolerance;
				if (sk <= tolerance) {
					spare.add(p[3 * k], p[3 * k + 1], p[3 * k + 2]);
					if (sk >= -tolerance) {
						capPoints = addCap(capPoints, p, k);
					}
				}
				boolean leaves = sk < -tolerance && sn > tolerance;
				boolean enters = sk > tolerance && sn < -tolerance;
				if (leaves || enters) {
					int in = leaves ? k : next;
					int out = leaves ? next : k;
					double t = side[in] / (side[in] - side[out]);
					double x = p[3 * in] + t * (p[3 * out] - p[3 * in]);
					double y = p[3 * in + 1] + t * (p[3 * out + 1] - p[3 * in + 1]);
					double z = p[3 * in + 2] + t * (p[3 * out + 2] - p[3 * in + 2]);
					spare.add(x, y, z);
					capPoints = addCap(capPoints, x, y, z);
				}
			}
			if (touched) {
				spare.end(tolerance);
			} else {
				spare.endUnchanged();
			}
		}
		addCapFace(capPoints, nx, ny, nz, h, tag, tolerance);
		Faces swap = faces;
		faces = spare;
		spare = swap;
	}

	/** @return the squared distance of the farthest vertex from the origin */
	double maxRadiusSquared() {
		return faces.maxRadiusSquared;
	}

	/** @return the number of faces */
	int faceCount() {
		return faces.count;
	}

	/** @return the tag face {@code f} was cut with, or {@link #BOX} */
	int faceTag(int f) {
		return faces.tag[f];
	}

	/**
	 * @return the area of face {@code f}: half the normal component of the sum of p_k x p_k+1 over its
	 *         vertices in order, which fans the polygon into triangles
	 */
	double faceArea(int f) {
		double[] p = faces.xyz;
		double ax = 0;
		double ay = 0;
		double az = 0;
		int first = faces.start[f];
		int end = faces.start[f + 1];
		for (int k = first; k < end; k++) {
			int next = k + 1 < end ? k + 1 : first;
			ax += p[3 * k + 1] * p[3 * next + 2] - p[3 * k + 2] * p[3 * next + 1];
			ay += p[3 * k + 2] * p[3 * next] - p[3 * k] * p[3 * next + 2];
			az += p[3 * k] * p[3 * next + 1] - p[3 * k + 1] * p[3 * next];
		}
		return 0.5 * (ax * faces.nx[f] + ay * faces.ny[f] + az * faces.nz[f]);
	}

	/**
	 * @return the volume: the sum of the pyramids from the origin (inside the cell) over the faces, each a
	 *         third of the face's area times the plane's distance from the origin
	 */
	double volume() {
		double sum = 0;
		for (int f = 0; f < faces.count; f++) {
			sum += faceArea(f) * faces.h[f];
		}
		return sum / 3;
	}

	private int addCap(int n, double[] p, int k) {
		return addCap(n, p[3 * k], p[3 * k + 1], p[3 * k + 2]);
	}

	private int addCap(int n, double x, double y, double z) {
		if (cap.length < 3 * (n + 1)) {
			cap = Arrays.copyOf(cap, 6 * (n + 1));
		}
		cap[3 * n] = x;
		cap[3 * n + 1] = y;
		cap[3 * n + 2] = z;
		return n + 1;
	}

	/**
	 * Adds the face the plane leaves behind: its points (each seen from two or more old faces) sorted by
	 * angle about their centroid, counter-clockwise seen from outside, duplicates dropped. A cut so shallow
	 * that fewer than three distinct points remain leaves no face.
	 */
	private void addCapFace(int n, double nx, double ny, double nz, double h, int tag, double tolerance) {
		if (n < 3) {
			return;
		}
		double cx = 0;
		double cy = 0;
		double cz = 0;
		for (int k = 0; k < n; k++) {
			cx += cap[3 * k];
			cy += cap[3 * k + 1];
			cz += cap[3 * k + 2];
		}
		cx /= n;
		cy /= n;
		cz /= n;
		// u: the normal crossed with the axis it is least aligned with; w = n x u, so (u, w, n) is right-handed.
		double ux;
		double uy;
		double uz;
		if (Math.abs(nx) <= Math.abs(ny) && Math.abs(nx) <= Math.abs(nz)) {
			ux = 0;
			uy = nz;
			uz = -ny;
		} else if (Math.abs(ny) <= Math.abs(nz)) {
			ux = -nz;
			uy = 0;
			uz = nx;
		} else {
			ux = ny;
			uy = -nx;
			uz = 0;
		}
		double wx = ny * uz - nz * uy;
		double wy = nz * ux - nx * uz;
		double wz = nx * uy - ny * ux;
		if (angle.length < n) {
			angle = new double[2 * n];
			order = new int[2 * n];
		}
		for (int k = 0; k < n; k++) {
			double dx = cap[3 * k] - cx;
			double dy = cap[3 * k + 1] - cy;
			double dz = cap[3 * k + 2] - cz;
			angle[k] = pseudoAngle(dx * ux + dy * uy + dz * uz, dx * wx + dy * wy + dz * wz);
			order[k] = k;
		}
		// Insertion sort: a cap has a dozen points or so.
		for (int k = 1; k < n; k++) {
			int current = order[k];
			int j = k - 1;
			while (j >= 0 && angle[order[j]] > angle[current]) {
				order[j + 1] = order[j];
				j--;
			}
			order[j + 1] = current;
		}
		spare.begin(nx, ny, nz, h, tag);
		for (int k = 0; k < n; k++) {
			int i = order[k];
			spare.add(cap[3 * i], cap[3 * i + 1], cap[3 * i + 2]);
		}
		spare.end(tolerance);
	}

	/**
	 * @return a number in [0, 4) that grows with the angle of (x, y) from the x axis, as atan2 does, but
	 *         without its cost: the quadrant plus the fraction of the way through it along the diamond
	 *         |x| + |y| = 1
	 */
	private static double pseudoAngle(double x, double y) {
		double norm = Math.abs(x) + Math.abs(y);
		if (norm == 0) {
			return 0;
		}
		double t = y / norm;
		return x >= 0 ? (y >= 0 ? t : 4 + t) : 2 - t;
	}

	/** Faces with their planes and vertex copies in flat arrays; face f's vertices are start[f] to start[f+1]. */
	private static final class Faces {
		int count;
		int points;
		/** The largest squared distance of any vertex added since {@link #clear()}, dropped duplicates included. */
		double maxRadiusSquared;
		double[] nx = new double[32];
		double[] ny = new double[32];
		double[] nz = new double[32];
		double[] h = new double[32];
		int[] tag = new int[32];
		int[] start = new int[33];
		double[] xyz = new double[3 * 256];

		void clear() {
			count = 0;
			points = 0;
			maxRadiusSquared = 0;
		}

		void begin(double x, double y, double z, double offset, int faceTag) {
			if (count + 2 > start.length) {
				int size = 2 * start.length;
				nx = Arrays.copyOf(nx, size);
				ny = Arrays.copyOf(ny, size);
				nz = Arrays.copyOf(nz, size);
				h = Arrays.copyOf(h, size);
				tag = Arrays.copyOf(tag, size);
				start = Arrays.copyOf(start, size + 1);
			}
			nx[count] = x;
			ny[count] = y;
			nz[count] = z;
			h[count] = offset;
			tag[count] = faceTag;
			start[count] = points;
		}

		void add(double x, double y, double z) {
			if (xyz.length < 3 * (points + 1)) {
				xyz = Arrays.copyOf(xyz, 2 * xyz.length);
			}
			xyz[3 * points] = x;
			xyz[3 * points + 1] = y;
			xyz[3 * points + 2] = z;
			points++;
			maxRadiusSquared = Math.max(maxRadiusSquared, x * x + y * y + z * z);
		}

		/**
		 * Closes the face begun last: drops each vertex that repeats the one before it (within the tolerance)
		 * and the whole face when fewer than three vertices are left.
		 */
		void end(double tolerance) {
			int first = start[count];
			int kept = first;
			double limit = tolerance * tolerance;
			for (int k = first; k < points; k++) {
				if (kept > first && distanceSquared(k, kept - 1) <= limit) {
					continue;
				}
				if (kept != k) {
					xyz[3 * kept] = xyz[3 * k];
					xyz[3 * kept + 1] = xyz[3 * k + 1];
					xyz[3 * kept + 2] = xyz[3 * k + 2];
				}
				kept++;
			}
			while (kept - first > 1 && distanceSquared(kept - 1, first) <= limit) {
				kept--;
			}
			if (kept - first < 3) {
				points = first;
				return;
			}
			points = kept;
			count++;
			start[count] = points;
		}

		/** Closes the face begun last as it is: a face kept whole, none of its vertices on the cutting plane. */
		void endUnchanged() {
			count++;
			start[count] = points;
		}

		private double distanceSquared(int a, int b) {
			double dx = xyz[3 * a] - xyz[3 * b];
			double dy = xyz[3 * a + 1] - xyz[3 * b + 1];
			double dz = xyz[3 * a + 2] - xyz[3 * b + 2];
			return dx * dx + dy * dy + dz * dz;
		}
	}
}
