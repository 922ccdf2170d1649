package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GaussLegendreTest {

	@Test
	void integratesPolynomialsUpToDegree2nMinus1Exactly() {
		for (int n : new int[] { 1, 2, 5, 16, 101 }) {
			GaussLegendre rule = GaussLegendre.on(n, 0.5, 3.5);
			for (int k = 0; k <= 2 * n - 1 && k <= 40; k++) {
				double sum = 0;
				for (int q = 0; q < n; q++) {
					sum += rule.weight(q) * Math.pow(rule.node(q), k);
				}
				double exact = (Math.pow(3.5, k + 1) - Math.pow(0.5, k + 1)) / (k + 1);
				assertEquals(exact, sum, 1e-13 * exact, "n=" + n + " x^" + k);
			}
			for (int q = 1; q < n; q++) {
				assertTrue(rule.node(q) > rule.node(q - 1), "nodes ascend");
			}
		}
		// One node: the midpoint rule.
		assertEquals(2.0, GaussLegendre.on(1, 0.5, 3.5).node(0), 1e-15);
		assertEquals(3.0, GaussLegendre.on(1, 0.5, 3.5).weight(0), 1e-15);
	}
}
