package org.edgewise.structure.coordination;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The continuous symmetry measure (CSM) of a coordination polyhedron against an ideal one, as ChemEnv computes
 * it (Pinsky and Avnir, Inorg. Chem. 37, 5575 (1998); Waroquiers et al., Chem. Mater. 29, 8346 (2017)).
 * <p>
 * The point sets are the central site plus its n neighbours, and the ideal central site plus the n vertices;
 * each set is centred on its own centroid, the central site counted (ChemEnv's "wcs_ctwcc" measure, the one
 * it labels environments by). The central site always matches the ideal central site; the neighbours are
 * matched to the vertices by the best assignment. Then
 * <pre>
 *   S = 100 min over assignments, orthogonal maps R and scales s of  sum |P_i - s R Q_i|^2 / sum |P_i|^2
 * </pre>
 * with P the ideal and Q the actual points, both centred. For a given assignment the optimum is closed-form:
 * with H = sum Q_i P_i^T, S = 100 (1 - (sigma_1 + sigma_2 + sigma_3)^2 / (sum |P_i|^2 sum |Q_i|^2)), sigma the
 * singular values of H (Kabsch). The formula is symmetric in P and Q, so normalising by the actual points
 * instead gives the same value. S is 0 for a perfect match and at most 100; it does not depend on the size,
 * orientation or position of the polyhedron nor on the order of the neighbours.
 * <p>
 * Like ChemEnv's SVD without a determinant correction, R may be a reflection. Every ideal polyhedron here is
 * achiral, so the minimum over assignments is the same as over proper rotations alone.
 * <p>
 * Unlike ChemEnv, which tries a list of likely assignments for large coordination numbers, the search here is
 * exact: a branch and bound over assignments, neighbour by neighbour, farthest from the centroid first. A
 * partial assignment bounds every completion from below (the fit of the assigned points, with the unassigned
 * ones counted as if perfectly aligned, see {@code Search.bound}), so a branch is cut as soon as it cannot beat
 * the best complete assignment found; the children are tried best-first, which finds a good assignment at
 * once. Assignments that differ by a symmetry of the ideal polyhedron score the same, so at each level only
 * one vertex of each orbit of the symmetry still left is tried. A site of coordination number 8 takes a few
 * thousand 3 x 3 singular value sums for all nine polyhedra, instead of 9 x 8! = 362,880.
 */
public final class ContinuousSymmetryMeasure {

	private ContinuousSymmetryMeasure() {
	}

	/**
	 * @param neighbourVectors the neighbours' positions relative to the central site, one row of 3 per neighbour
	 *                         (any length unit; e.g. {@code Neighbour.vector()})
	 * @param polyhedron       the ideal polyhedron
	 * @return the continuous symmetry measure, between 0 (a perfect match) and 100
	 * @throws IllegalArgumentException if the number of neighbours differs from the polyhedron's coordination
	 *                                  number, a vector does not have 3 finite components, or all neighbours sit on
	 *                                  the central site
	 */
	public static double of(double[][] neighbourVectors, IdealPolyhedron polyhedron) {
		Objects.requireNonNull(neighbourVectors, "neighbourVectors");
		Objects.requireNonNull(polyhedron, "polyhedron");
		if (neighbourVectors.length != polyhedron.coordinationNumber()) {
			throw new IllegalArgumentException(polyhedron.symbol() + " (" + polyhedron.displayName() + ") needs "
					+ polyhedron.coordinationNumber() + " neighbours, got " + neighbourVectors.length);
		}
		for (int i = 0; i < neighbourVectors.length; i++) {
			double[] v = neighbourVectors[i];
			if (v == null || v.length != 3 || !(Double.isFinite(v[0]) && Double.isFinite(v[1]) && Double.isFinite(v[2]))) {
				throw new IllegalArgumentException("neighbour vector " + i + " must have 3 finite components, got "
						+ Arrays.toString(v));
			}
		}
		return 100 * new Search(neighbourVectors, polyhedron).run();
	}

	/** One branch and bound over the assignments of neighbours to vertices; fields are its working space. */
	private static final class Search {

		private final int n;
		/** Centred actual points, in the order they are assigned; the centre is handled in the root state. */
		private final double[][] q;
		private final double[] qLength;
		/** Centred ideal points (vertex j at index j). */
		private final double[][] p;
		private final double[] pLength;
		/** The vertices, longest first. */
		private final int[] pOrder;
		private final double totalP;
		private final double totalQ;
		private final int[][] symmetry;
		/** Per depth: H (row-major) summed over the centre and the neighbours assigned so far. */
		private final double[][] h;
		/** Per depth: the symmetry elements fixing every vertex assigned so far, and how many there are. */
		private final int[][] stabiliser;
		private final int[] stabiliserSize;
		/** Per depth: candidate vertices for the next neighbour and their bounds. */
		private final int[][] candidates;
		private final double[][] bounds;
		private final boolean[] used;
		private final double[] trial = new double[9];
		private final double[] scratch = new double[9];
		private double best = Double.POSITIVE_INFINITY;

		Search(double[][] vectors, IdealPolyhedron polyhedron) {
			n = vectors.length;
			double[] qCentre = new double[3];
			double[][] qAll = centred(vectors, qCentre);
			double[] pCentre = new double[3];
			p = centred(polyhedron.sharedVertices(), pCentre);
			double[] qAllLength = lengths(qAll);
			pLength = lengths(p);
			// Assign the neighbours farthest from the centroid first: they constrain the fit most.
			int[] order = IntStream.range(0, n).boxed().sorted((a, b) -> Double.compare(qAllLength[b], qAllLength[a]))
					.mapToInt(Integer::intValue).toArray();
			q = new double[n][];
			qLength = new double[n];
			for (int k = 0; k < n; k++) {
				q[k] = qAll[order[k]];
				qLength[k] = qAllLength[order[k]];
			}
			pOrder = IntStream.range(0, n).boxed().sorted((a, b) -> Double.compare(pLength[b], pLength[a]))
					.mapToInt(Integer::intValue).toArray();
			totalQ = dot(qCentre, qCentre) + Arrays.stream(qAll).mapToDouble(v -> dot(v, v)).sum();
			totalP = dot(pCentre, pCentre) + Arrays.stream(p).mapToDouble(v -> dot(v, v)).sum();
			if (!(totalQ > 0)) {
				throw new IllegalArgumentException("all " + n + " neighbours sit on the central site");
			}
			symmetry = polyhedron.symmetry();
			h = new double[n + 1][9];
			stabiliser = new int[n + 1][symmetry.length];
			stabiliserSize = new int[n + 1];
			candidates = new int[n][n];
			bounds = new double[n][n];
			used = new boolean[n];
			addOuter(h[0], qCentre, pCentre);
			Arrays.setAll(stabiliser[0], g -> g);
			stabiliserSize[0] = symmetry.length;
		}

		/** @return the measure as a fraction (0 to 1) */
		double run() {
			descend(0);
			return best;
		}

		private void descend(int depth) {
			int count = 0;
			for (int j = 0; j < n; j++) {
				if (used[j] || !representative(j, depth)) {
					continue;
				}
				System.arraycopy(h[depth], 0, trial, 0, 9);
				addOuter(trial, q[depth], p[j]);
				double bound = bound(trial, depth, j);
				if (bound < best) {
					// Insertion keeps the candidates sorted by bound: best-first.
					int at = count++;
					while (at > 0 && bounds[depth][at - 1] > bound) {
						candidates[depth][at] = candidates[depth][at - 1];
						bounds[depth][at] = bounds[depth][at - 1];
						at--;
					}
					candidates[depth][at] = j;
					bounds[depth][at] = bound;
				}
			}
			if (depth == n - 1) {
				// The last neighbour completes the assignment: its bound is the exact value.
				if (count > 0) {
					best = Math.min(best, bounds[depth][0]);
				}
				return;
			}
			for (int c = 0; c < count && bounds[depth][c] < best; c++) {
				int j = candidates[depth][c];
				System.arraycopy(h[depth], 0, h[depth + 1], 0, 9);
				addOuter(h[depth + 1], q[depth], p[j]);
				restrictStabiliser(depth, j);
				used[j] = true;
				descend(depth + 1);
				used[j] = false;
			}
		}

		/** The smallest vertex of each orbit of the current stabiliser stands for its whole orbit. */
		private boolean representative(int j, int depth) {
			int[] elements = stabiliser[depth];
			for (int e = 0; e < stabiliserSize[depth]; e++) {
				if (symmetry[elements[e]][j] < j) {
					return false;
				}
			}
			return true;
		}

		private void restrictStabiliser(int depth, int j) {
			int size = 0;
			for (int e = 0; e < stabiliserSize[depth]; e++) {
				int g = stabiliser[depth][e];
				if (symmetry[g][j] == j) {
					stabiliser[depth + 1][size++] = g;
				}
			}
			stabiliserSize[depth + 1] = size;
		}

		/**
		 * A lower bound on the measure (as a fraction) of every assignment that extends the current one by
		 * neighbour {@code depth} on vertex j; exact when that completes the assignment.
		 * <p>
		 * For any R and s the misfit splits into the assigned points, whose cross term is at most s times the
		 * sum of the singular values of their H, and the unassigned ones, whose cross terms s P_j . R Q_i are
		 * each at most s |P_j| |Q_i|, and together at most s times the sum of those products paired longest with
		 * longest (rearrangement inequality), whatever the assignment. With that cross term bound C the misfit
		 * is at least sum |P|^2 - 2 s C + s^2 sum |Q|^2 over all points, whose minimum over s is
		 * sum |P|^2 - C^2 / sum |Q|^2.
		 */
		private double bound(double[] hm, int depth, int j) {
			double cross = NuclearNorm.of(hm, scratch);
			int k = depth + 1;
			for (int v : pOrder) {
				if (k == n) {
					break;
				}
				if (v != j && !used[v]) {
					cross += qLength[k++] * pLength[v];
				}
			}
			return Math.max(0, totalP - cross * cross / totalQ) / totalP;
		}

		/** Adds the outer product a b^T to the row-major 3 x 3 matrix m. */
		private static void addOuter(double[] m, double[] a, double[] b) {
			for (int r = 0; r < 3; r++) {
				m[3 * r] += a[r] * b[0];
				m[3 * r + 1] += a[r] * b[1];
				m[3 * r + 2] += a[r] * b[2];
			}
		}

		/**
		 * @param vectors points relative to the central site
		 * @param centre  set to the central site relative to the centroid of the site and the points
		 * @return the points relative to that centroid
		 */
		private static double[][] centred(double[][] vectors, double[] centre) {
			int count = vectors.length;
			double[] centroid = new double[3];
			for (double[] v : vectors) {
				for (int k = 0; k < 3; k++) {
					centroid[k] += v[k] / (count + 1);
				}
			}
			double[][] out = new double[count][3];
			for (int i = 0; i < count; i++) {
				for (int k = 0; k < 3; k++) {
					out[i][k] = vectors[i][k] - centroid[k];
				}
			}
			for (int k = 0; k < 3; k++) {
				centre[k] = -centroid[k];
			}
			return out;
		}

		private static double[] lengths(double[][] vectors) {
			return Arrays.stream(vectors).mapToDouble(v -> Math.sqrt(dot(v, v))).toArray();
		}

		private static double dot(double[] a, double[] b) {
			return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
		}
	}
}
