package org.edgewise.learn.manifold;

import java.util.Arrays;

import org.edgewise.learn.internal.RowBlocks;

/**
 * All-pairs shortest path lengths of a connected {@link NeighbourGraph}: Dijkstra's algorithm from every node,
 * with a binary heap on primitive arrays that supports lowering a node's key, sources in parallel blocks. Each
 * thread reuses one set of arrays for all its sources.
 */
final class ShortestPaths {

	/** Sources per parallel task. */
	private static final int SMALLEST_BLOCK = 8;

	private final NeighbourGraph graph;
	/** The tentative distance of every node from the current source. */
	private final double[] distance;
	/** Nodes in heap order of their distance. */
	private final int[] heap;
	/** The distance of each heap entry, beside it so that comparisons need no indirection. */
	private final double[] keys;
	/** Where each node sits in the heap; -1 when it is not there. */
	private final int[] position;
	private int heapSize;

	private ShortestPaths(NeighbourGraph graph) {
		this.graph = graph;
		int n = graph.size();
		this.distance = new double[n];
		this.heap = new int[n];
		this.keys = new double[n];
		this.position = new int[n];
		Arrays.fill(position, -1);
	}

	/**
	 * @param graph a connected graph
	 * @return its n x n geodesic distances, row-major, exactly symmetric
	 */
	static double[] allPairs(NeighbourGraph graph) {
		int n = graph.size();
		double[] paths = new double[n * n];
		RowBlocks.forEach(n, RowBlocks.blockSize(n, SMALLEST_BLOCK), (start, end) -> {
			ShortestPaths search = new ShortestPaths(graph);
			for (int source = start; source < end; source++) {
				search.from(source);
				System.arraycopy(search.distance, 0, paths, source * n, n);
			}
		});
		// Both triangles hold the same shortest path, summed from opposite ends: keep the smaller sum so that
		// the matrix is exactly symmetric.
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double shorter = Math.min(paths[i * n + j], paths[j * n + i]);
				paths[i * n + j] = shorter;
				paths[j * n + i] = shorter;
			}
		}
		return paths;
	}

	/** Fills {@link #distance} with the path lengths from one source. */
	private void from(int source) {
		Arrays.fill(distance, Double.POSITIVE_INFINITY);
		distance[source] = 0;
		heap[0] = source;
		keys[0] = 0;
		position[source] = 0;
		heapSize = 1;
		while (heapSize > 0) {
			int u = pop();
			double base = distance[u];
			for (int e = graph.edgeStart(u), end = graph.edgeEnd(u); e < end; e++) {
				int v = graph.target(e);
				double through = base + graph.length(e);
				// A settled node never improves (lengths are not negative), so it is never pushed again.
				if (through < distance[v]) {
					distance[v] = through;
					siftUp(position[v] < 0 ? heapSize++ : position[v], v, through);
				}
			}
		}
	}

	/**
	 * Removes the nearest node. The hole left at the root sinks to a leaf along the smaller children, and the
	 * last entry rises from there (Floyd's bottom-up variant: one comparison per level, as the last entry
	 * mostly belongs near the bottom).
	 */
	private int pop() {
		int top = heap[0];
		position[top] = -1;
		heapSize--;
		if (heapSize > 0) {
			int slot = 0;
			for (int child = 1; child < heapSize; child = 2 * slot + 1) {
				if (child + 1 < heapSize && keys[child + 1] < keys[child]) {
					child++;
				}
				heap[slot] = heap[child];
				keys[slot] = keys[child];
				position[heap[slot]] = slot;
				slot = child;
			}
			siftUp(slot, heap[heapSize], keys[heapSize]);
		}
		return top;
	}

	/** Moves node (with its new, smaller key) up from slot, which is free or its own, to where it belongs. */
	private void siftUp(int slot, int node, double key) {
		while (slot > 0) {
			int parent = (slot - 1) >>> 1;
			if (keys[parent] <= key) {
				break;
			}
			heap[slot] = heap[parent];
			keys[slot] = keys[parent];
			position[heap[slot]] = slot;
			slot = parent;
		}
		heap[slot] = node;
		keys[slot] = key;
		position[node] = slot;
	}
}
