package org.edgewise.learn.manifold;

import java.util.Arrays;

import org.edgewise.learn.neighbours.Neighbours;

/**
 * The undirected k-nearest-neighbour graph of a set of points, as scikit-learn's Isomap builds it: points i and
 * j are joined when either is among the other's k nearest, by an edge as long as their distance. Stored as
 * compressed adjacency lists on primitive arrays, each list sorted by neighbour index.
 */
final class NeighbourGraph {

	/** The edges of node i are entries offsets[i] .. offsets[i + 1] of targets and lengths. */
	private final int[] offsets;
	private final int[] targets;
	private final double[] lengths;

	private NeighbourGraph(int[] offsets, int[] targets, double[] lengths) {
		this.offsets = offsets;
		this.targets = targets;
		this.lengths = lengths;
	}

	/**
	 * @param nearest for each point, its nearest other points
	 * @return the symmetrised graph
	 */
	static NeighbourGraph of(Neighbours[] nearest) {
		int n = nearest.length;
		int[] degree = new int[n];
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < nearest[i].count(); r++) {
				degree[i]++;
				degree[nearest[i].index(r)]++;
			}
		}
		// Every edge in both directions; a pair that are each other's neighbours appears twice and is merged below.
		int[] start = new int[n + 1];
		for (int i = 0; i < n; i++) {
			start[i + 1] = start[i] + degree[i];
		}
		int[] fill = Arrays.copyOf(start, n);
		int[] targets = new int[start[n]];
		double[] lengths = new double[start[n]];
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < nearest[i].count(); r++) {
				int j = nearest[i].index(r);
				double d = nearest[i].distance(r);
				targets[fill[i]] = j;
				lengths[fill[i]++] = d;
				targets[fill[j]] = i;
				lengths[fill[j]++] = d;
			}
		}
		int[] offsets = new int[n + 1];
		int kept = 0;
		for (int i = 0; i < n; i++) {
			sortByTarget(targets, lengths, start[i], start[i + 1]);
			for (int e = start[i]; e < start[i + 1]; e++) {
				if (kept > offsets[i] && targets[kept - 1] == targets[e]) {
					lengths[kept - 1] = Math.min(lengths[kept - 1], lengths[e]);
				} else {
					targets[kept] = targets[e];
					lengths[kept++] = lengths[e];
				}
			}
			offsets[i + 1] = kept;
		}
		return new NeighbourGraph(offsets, Arrays.copyOf(targets, kept), Arrays.copyOf(lengths, kept));
	}

	/** @return the number of nodes */
	int size() {
		return offsets.length - 1;
	}

	/** @return the first edge of node i; its edges run to {@link #edgeEnd(int)} */
	int edgeStart(int i) {
		return offsets[i];
	}

	/** @return one past the last edge of node i */
	int edgeEnd(int i) {
		return offsets[i + 1];
	}

	/** @return the node edge e leads to */
	int target(int e) {
		return targets[e];
	}

	/** @return the length of edge e */
	double length(int e) {
		return lengths[e];
	}

	/** @return the sizes of the connected components, largest first; one entry when the graph is connected */
	int[] componentSizes() {
		int n = size();
		boolean[] seen = new boolean[n];
		int[] queue = new int[n];
		int[] sizes = new int[n];
		int components = 0;
		for (int root = 0; root < n; root++) {
			if (seen[root]) {
				continue;
			}
			int head = 0;
			int tail = 0;
			queue[tail++] = root;
			seen[root] = true;
			while (head < tail) {
				int u = queue[head++];
				for (int e = offsets[u]; e < offsets[u + 1]; e++) {
					if (!seen[targets[e]]) {
						seen[targets[e]] = true;
						queue[tail++] = targets[e];
					}
				}
			}
			sizes[components++] = tail;
		}
		int[] result = Arrays.copyOf(sizes, components);
		Arrays.sort(result);
		for (int i = 0; i < components / 2; i++) {
			int swap = result[i];
			result[i] = result[components - 1 - i];
			result[components - 1 - i] = swap;
		}
		return result;
	}

	/** Insertion sort of a short adjacency list by target, carrying the lengths along. */
	private static void sortByTarget(int[] targets, double[] lengths, int from, int to) {
		for (int e = from + 1; e < to; e++) {
			int target = targets[e];
			double length = lengths[e];
			int i = e;
			for (; i > from && targets[i - 1] > target; i--) {
				targets[i] = targets[i - 1];
				lengths[i] = lengths[i - 1];
			}
			targets[i] = target;
			lengths[i] = length;
		}
	}
}
