package org.edgewise.structure.descriptor;

/**
 * Gauss-Legendre quadrature on an interval [a, b]: n nodes and weights that integrate polynomials of degree
 * up to 2n - 1 exactly. The nodes are the roots of the Legendre polynomial P_n, found by Newton's method from
 * Tricomi's initial guesses. Immutable.
 */
final class GaussLegendre {

	private final double[] nodes;
	private final double[] weights;

	private GaussLegendre(double[] nodes, double[] weights) {
		this.nodes = nodes;
		this.weights = weights;
	}

	/**
	 * @param n the number of nodes, at least 1
	 * @param a the lower end of the interval
	 * @param b the upper end of the interval
	 * @return the rule on [a, b], nodes ascending
	 */
	static GaussLegendre on(int n, double a, double b) {
		if (n < 1) {
			throw new IllegalArgumentException("a Gauss-Legendre rule needs at least one node, got " + n);
		}
		double[] nodes = new double[n];
		double[] weights = new double[n];
		double half = 0.5 * (b - a);
		double middle = 0.5 * (a + b);
		for (int i = 0; i < (n + 1) / 2; i++) {
			double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
			double derivative;
			for (int iteration = 0;; iteration++) {
				// P_n(x) by the three-term recurrence, then P_n'(x) from P_n and P_(n-1).
				double p = 1;
				double previous = 0;
				for (int k = 1; k <= n; k++) {
					double next = ((2 * k - 1) * x * p - (k - 1) * previous) / k;
					previous = p;
					p = next;
				}
				derivative = n * (x * p - previous) / (x * x - 1);
				double step = p / derivative;
				x -= step;
				// Newton converges quadratically: after a step below 1e-15 the root is exact to rounding.
				if (Math.abs(step) < 1e-15 || iteration > 100) {
					break;
				}
			}
			double w = 2 / ((1 - x * x) * derivative * derivative);
			// Roots come in pairs ±x, found from the largest down.
			nodes[i] = middle - half * x;
			nodes[n - 1 - i] = middle + half * x;
			weights[i] = half * w;
			weights[n - 1 - i] = half * w;
		}
		return new GaussLegendre(nodes, weights);
	}

	/** @return the number of nodes */
	int size() {
		return nodes.length;
	}

	/** @return node i */
	double node(int i) {
		return nodes[i];
	}

	/** @return the weight of node i */
	double weight(int i) {
		return weights[i];
	}
}
