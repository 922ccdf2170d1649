package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PolynomialFitTest {

	@Test
	void recoversACubicFarFromTheOrigin() {
		double[] c = { 3.5, -2e-3, 4e-7, -1e-11 };
		double[] x = new double[300];
		double[] y = new double[300];
		for (int i = 0; i < x.length; i++) {
			x[i] = 9000 + 7.5 * i;
			y[i] = c[0] + x[i] * (c[1] + x[i] * (c[2] + x[i] * c[3]));
		}
		double[] fitted = PolynomialFit.fit(x, y, 20, 280, 3);
		for (int i = 0; i < x.length; i++) {
			double value = fitted[0] + x[i] * (fitted[1] + x[i] * (fitted[2] + x[i] * fitted[3]));
			assertEquals(y[i], value, 1e-9);
		}
	}

	@Test
	void fitsALineByLeastSquares() {
		// points (0,0), (1,1), (2,1), (3,3): slope 0.9, intercept -0.1
		double[] fitted = PolynomialFit.fit(new double[] { 0, 1, 2, 3 }, new double[] { 0, 1, 1, 3 }, 0, 4, 1);
		assertArrayEquals(new double[] { -0.1, 0.9 }, fitted, 1e-12);
	}

	@Test
	void degreeZeroIsTheMeanOfTheRange() {
		double[] fitted = PolynomialFit.fit(new double[] { 0, 1, 2, 3 }, new double[] { 9, 1, 2, 9 }, 1, 3, 0);
		assertArrayEquals(new double[] { 1.5 }, fitted, 0.0);
	}
}
