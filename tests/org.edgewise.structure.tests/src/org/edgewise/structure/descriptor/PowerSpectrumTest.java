package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PowerSpectrumTest {

	@Test
	void blocksFollowOneAnotherInDScribesOrder() {
		// Four species, n_max 3, l_max 2: same-species blocks 6 x 3 = 18 values, mixed ones 9 x 3 = 27, in the
		// order (0,0), (0,1), (0,2), (0,3), (1,1), (1,2), (1,3), (2,2), (2,3), (3,3).
		PowerSpectrum spectrum = new PowerSpectrum(4, 3, 2);
		int expected = 0;
		for (int a = 0; a < 4; a++) {
			for (int b = a; b < 4; b++) {
				assertEquals(expected, spectrum.offset(a, b), "(" + a + ", " + b + ")");
				expected += spectrum.blockLength(a, b);
			}
		}
		assertEquals(expected, spectrum.length());
		assertEquals((12 * 13) / 2 * 3, spectrum.length());
	}

	@Test
	void valuesArePrefactorTimesTheSumOverM() {
		// Two species, n_max 2, l_max 1; coefficients at ((Z (l_max+1)² + l² + l + m) n_max + n).
		PowerSpectrum spectrum = new PowerSpectrum(2, 2, 1);
		double[] c = new double[2 * 4 * 2];
		c[(0 * 4 + 0) * 2 + 0] = 2; // Z 0, l 0, n 0
		c[(0 * 4 + 0) * 2 + 1] = 3; // Z 0, l 0, n 1
		c[(1 * 4 + 0) * 2 + 1] = 5; // Z 1, l 0, n 1
		c[(0 * 4 + 1) * 2 + 0] = 1; // Z 0, l 1, m -1, n 0
		c[(0 * 4 + 3) * 2 + 0] = 4; // Z 0, l 1, m 1, n 0
		c[(1 * 4 + 3) * 2 + 1] = 7; // Z 1, l 1, m 1, n 1
		double[] p = new double[spectrum.length()];
		spectrum.compute(c, p);
		double l0 = Math.PI * Math.sqrt(8);
		double l1 = Math.PI * Math.sqrt(8.0 / 3);
		// (0,0) block: l 0 (n,n') = (0,0) (0,1) (1,1), then l 1.
		assertEquals(l0 * 4, p[0], 1e-14);
		assertEquals(l0 * 6, p[1], 1e-14);
		assertEquals(l0 * 9, p[2], 1e-14);
		assertEquals(l1 * (1 + 16), p[3], 1e-14);
		// (0,1) block from 6: l 0 (0,0) (0,1) (1,0) (1,1), then l 1.
		assertEquals(l0 * 2 * 5, p[7], 1e-14);
		assertEquals(l0 * 3 * 5, p[9], 1e-14);
		assertEquals(l1 * 4 * 7, p[11], 1e-14);
		// (1,1) block from 14: l 1, (n,n') = (1,1) is its last value.
		assertEquals(l0 * 25, p[16], 1e-14);
		assertEquals(l1 * 49, p[19], 1e-14);
	}
}
