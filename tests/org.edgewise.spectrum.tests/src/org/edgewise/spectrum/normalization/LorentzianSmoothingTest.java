package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LorentzianSmoothingTest {

	private static double[] grid() {
		double[] x = new double[201];
		for (int i = 0; i < x.length; i++) {
			x[i] = 7000 + 0.5 * i;
		}
		return x;
	}

	@Test
	void keepsAConstant() {
		double[] x = grid();
		double[] y = new double[x.length];
		Arrays.fill(y, 2.5);
		for (double v : LorentzianSmoothing.smooth(x, y, 0.4, 0.4)) {
			assertEquals(2.5, v, 1e-12);
		}
	}

	@Test
	void broadensAPeakSymmetricallyAndKeepsItsPosition() {
		double[] x = grid();
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			double u = (x[i] - 7050) / 0.5;
			y[i] = Math.exp(-0.5 * u * u);
		}
		double[] smoothed = LorentzianSmoothing.smooth(x, y, 0.5, 1.0);
		int peak = 0;
		for (int i = 1; i < x.length; i++) {
			if (smoothed[i] > smoothed[peak]) {
				peak = i;
			}
		}
		assertEquals(7050, x[peak], 1e-9);
		assertTrue(smoothed[peak] < 0.6, "the peak is lowered: " + smoothed[peak]);
		// Larch mirrors the two ends differently (about the first point, beyond the last), hence not exact
		assertEquals(smoothed[peak - 4], smoothed[peak + 4], 1e-5);
	}
}
