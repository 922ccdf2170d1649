package org.edgewise.structure.coordination;

/**
 * A reference for the continuous symmetry measure that shares nothing with the production search: every
 * assignment of neighbours to vertices is tried, and the sum of singular values of H comes from the
 * eigenvalues of H^T H (cyclic Jacobi), square-rooted. That loses accuracy for tiny singular values (about
 * 1e-8 of the largest), so it is compared at a looser tolerance.
 */
final class ExhaustiveCsm {

	private ExhaustiveCsm() {
	}

	/** @return the measure (0 to 100) of the neighbours against the polyhedron, the minimum over all n! assignments */
	static double of(double[][] neighbours, IdealPolyhedron polyhedron) {
		double[][] q = withCentre(neighbours);
		double[][] p = withCentre(polyhedron.vertices());
		int n = neighbours.length;
		int[] perm = new int[n];
		for (int i = 0; i < n; i++) {
			perm[i] = i;
		}
		double best = Double.POSITIVE_INFINITY;
		do {
			best = Math.min(best, measure(q, p, perm));
		} while (nextPermutation(perm));
		return best;
	}

	/** The centre (row 0) and the points, all relative to their common centroid. */
	private static double[][] withCentre(double[][] points) {
		double[][] all = new double[points.length + 1][3];
		for (int i = 0; i < points.length; i++) {
			all[i + 1] = points[i].clone();
		}
		double[] centroid = new double[3];
		for (double[] r : all) {
			for (int k = 0; k < 3; k++) {
				centroid[k] += r[k] / all.length;
			}
		}
		for (double[] r : all) {
			for (int k = 0; k < 3; k++) {
				r[k] -= centroid[k];
			}
		}
		return all;
	}

	/** Neighbour i (row i + 1 of q) is matched to vertex perm[i] (row perm[i] + 1 of p); the centres match. */
	private static double measure(double[][] q, double[][] p, int[] perm) {
		double[][] h = new double[3][3];
		double qq = 0;
		double pp = 0;
		for (int i = 0; i < q.length; i++) {
			double[] a = q[i];
			double[] b = p[i == 0 ? 0 : perm[i - 1] + 1];
			for (int r = 0; r < 3; r++) {
				for (int c = 0; c < 3; c++) {
					h[r][c] += a[r] * b[c];
				}
				qq += a[r] * a[r];
				pp += b[r] * b[r];
			}
		}
		double[][] hth = new double[3][3];
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				for (int k = 0; k < 3; k++) {
					hth[r][c] += h[k][r] * h[k][c];
				}
			}
		}
		double sum = 0;
		for (double lambda : eigenvalues(hth)) {
			sum += Math.sqrt(Math.max(0, lambda));
		}
		return 100 * (1 - sum * sum / (pp * qq));
	}

	/** Eigenvalues of a symmetric 3 x 3 matrix by cyclic Jacobi rotations (the matrix is overwritten). */
	private static double[] eigenvalues(double[][] a) {
		for (int sweep = 0; sweep < 50; sweep++) {
			double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
			if (off < 1e-30 * (a[0][0] * a[0][0] + a[1][1] * a[1][1] + a[2][2] * a[2][2]) || off == 0) {
				break;
			}
			for (int i = 0; i < 2; i++) {
				for (int j = i + 1; j < 3; j++) {
					if (a[i][j] == 0) {
						continue;
					}
					double theta = (a[j][j] - a[i][i]) / (2 * a[i][j]);
					double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
					if (theta == 0) {
						t = 1;
					}
					double c = 1 / Math.sqrt(t * t + 1);
					double s = t * c;
					for (int k = 0; k < 3; k++) {
						double x = a[k][i];
						double y = a[k][j];
						a[k][i] = c * x - s * y;
						a[k][j] = s * x + c * y;
					}
					for (int k = 0; k < 3; k++) {
						double x = a[i][k];
						double y = a[j][k];
						a[i][k] = c * x - s * y;
						a[j][k] = s * x + c * y;
					}
				}
			}
		}
		return new double[] { a[0][0], a[1][1], a[2][2] };
	}

	/** Steps to the next permutation in lexicographic order; false after the last. */
	private static boolean nextPermutation(int[] a) {
		int i = a.length - 2;
		while (i >= 0 && a[i] >= a[i + 1]) {
			i--;
		}
		if (i < 0) {
			return false;
		}
		int j = a.length - 1;
		while (a[j] <= a[i]) {
			j--;
		}
		swap(a, i, j);
		for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
			swap(a, l, r);
		}
		return true;
	}

	private static void swap(int[] a, int i, int j) {
		int t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
