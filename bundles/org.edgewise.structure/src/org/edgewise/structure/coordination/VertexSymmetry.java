package org.edgewise.structure.coordination;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the symmetry of a point set around the origin as permutations of its points.
 * <p>
 * A permutation g belongs to the symmetry when some orthogonal map (rotation or reflection) fixing the origin
 * sends every point k to point g[k]. That holds exactly when g preserves all inner products p_k . p_m, so a
 * backtracking search over those products finds them all without constructing the maps.
 */
final class VertexSymmetry {

	/** Coordinates are built from trigonometric functions: equal products agree to far better than this. */
	private static final double TOLERANCE = 1e-9;

	private VertexSymmetry() {
	}

	/**
	 * @param points the points relative to the origin
	 * @return every symmetry permutation, the identity first; row g sends point k to point [g][k]
	 */
	static int[][] permutations(double[][] points) {
		int n = points.length;
		double[][] gram = new double[n][n];
		for (int k = 0; k < n; k++) {
			for (int m = 0; m < n; m++) {
				gram[k][m] = points[k][0] * points[m][0] + points[k][1] * points[m][1] + points[k][2] * points[m][2];
			}
		}
		List<int[]> found = new ArrayList<>();
		extend(gram, new int[n], new boolean[n], 0, found);
		return found.toArray(int[][]::new);
	}

	/** Tries every unused image for point k that keeps the products with points 0..k consistent. */
	private static void extend(double[][] gram, int[] image, boolean[] used, int k, List<int[]> found) {
		int n = gram.length;
		if (k == n) {
			found.add(image.clone());
			return;
		}
		for (int candidate = 0; candidate < n; candidate++) {
			if (used[candidate] || !consistent(gram, image, k, candidate)) {
				continue;
			}
			image[k] = candidate;
			used[candidate] = true;
			extend(gram, image, used, k + 1, found);
			used[candidate] = false;
		}
	}

	private static boolean consistent(double[][] gram, int[] image, int k, int candidate) {
		if (Math.abs(gram[candidate][candidate] - gram[k][k]) > TOLERANCE) {
			return false;
		}
		for (int m = 0; m < k; m++) {
			if (Math.abs(gram[candidate][image[m]] - gram[k][m]) > TOLERANCE) {
				return false;
			}
		}
		return true;
	}
}
