package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModifiedSphericalBesselTest {

	@Test
	void matchesHighPrecisionValuesOnBothBranches() {
		// exp(-x) i_l(x) = exp(-x) sqrt(pi / 2x) I_(l+1/2)(x) from mpmath in 40 digits. With top order 21 the
		// series branch serves x < 147 and the upward recurrence x >= 147, so 146 and 148 straddle the switch.
		double[][] reference = { { 0, 1e-08, 0.99999999000000006667 }, { 3, 0.001, 9.5142910031752769897e-12 },
				{ 6, 0.37, 1.3174521148538560764e-8 }, { 2, 5.5, 0.050335594561639925705 },
				{ 10, 3.0, 2.5963687914874923248e-7 }, { 21, 1.0, 6.5971600738432389075e-28 },
				{ 21, 19.9, 4.4356724103565535547e-7 }, { 21, 20.1, 4.8357495618328081688e-7 },
				{ 21, 146.0, 0.00070205187377165777038 }, { 21, 148.0, 0.00070755358693296154119 },
				{ 6, 20.5, 0.0086117237151098162911 }, { 4, 1000.0, 0.0004950224475525 },
				{ 20, 35.0, 0.000038387140844866759511 } };
		for (int top : new int[] { 6, 10, 21 }) {
			double[] out = new double[top + 1];
			for (double[] r : reference) {
				int l = (int) r[0];
				if (l <= top) {
					ModifiedSphericalBessel.scaled(r[1], out);
					assertEquals(r[2], out[l], 5e-15 * r[2], "l=" + l + " x=" + r[1] + " top order " + top);
				}
			}
		}
	}

	@Test
	void matchesTheClosedForms() {
		// i_0 = sinh x / x, i_1 = cosh x / x - sinh x / x², i_2 = (3/x² + 1) sinh x / x - 3 cosh x / x².
		double[] out = new double[3];
		for (double x = 0.5; x < 30; x *= 1.7) {
			ModifiedSphericalBessel.scaled(x, out);
			double e = Math.exp(-x);
			double sinh = Math.sinh(x) * e;
			double cosh = Math.cosh(x) * e;
			assertEquals(sinh / x, out[0], 1e-15 * out[0], "i_0 at " + x);
			assertEquals(cosh / x - sinh / (x * x), out[1], 1e-13 * out[1], "i_1 at " + x);
			assertEquals((3 / (x * x) + 1) * sinh / x - 3 * cosh / (x * x), out[2], 1e-12 * out[2], "i_2 at " + x);
		}
		ModifiedSphericalBessel.scaled(0, out);
		assertEquals(1, out[0]);
		assertEquals(0, out[1]);
		assertEquals(0, out[2]);
		assertThrows(IllegalArgumentException.class, () -> ModifiedSphericalBessel.scaled(-1, out));
	}
}
