package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterpolationTest {

	/** A non-uniform grid on [0, 10]: spacing grows from 0.05 to about 0.6. */
	private static final double[] X = grid(40, 10);
	private static final double[] AT = { 0, 0.013, 1.7, 3.33333, 5.5, 9.99, 10 };

	private static double[] grid(int n, double length) {
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			double t = (double) i / (n - 1);
			x[i] = length * (0.3 * t + 0.7 * t * t);
		}
		return x;
	}

	private static double[] line(double[] x) {
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			y[i] = 2.5 - 0.75 * x[i];
		}
		return y;
	}

	@Test
	void linearAndSplineAreExactOnLines() {
		assertArrayEquals(line(AT), Interpolation.linear(X, line(X), AT), 1e-13);
		assertArrayEquals(line(AT), Interpolation.naturalSpline(X, line(X), AT), 1e-12);
	}

	@Test
	void splinePassesThroughTheData() {
		double[] y = new double[X.length];
		for (int i = 0; i < y.length; i++) {
			y[i] = Math.exp(-X[i]) * Math.cos(3 * X[i]);
		}
		assertArrayEquals(y, Interpolation.naturalSpline(X, y, X), 1e-14);
	}

	/**
	 * sin has zero second derivative at 0 and pi, the natural spline's end condition, so the spline converges
	 * with the fourth power of the spacing everywhere: halving it divides the error by about 16.
	 */
	@Test
	void splineConvergesWithFourthOrderOnMatchingEndConditions() {
		double coarse = maxSplineError(21);
		double fine = maxSplineError(41);
		double ratio = coarse / fine;
		assertTrue(ratio > 14 && ratio < 18, "error ratio " + ratio + " (" + coarse + " / " + fine + ")");
		assertTrue(fine < 1e-5, "error " + fine);
	}

	/** Linear interpolation converges with the square: the ratio is about 4. */
	@Test
	void linearConvergesWithSecondOrder() {
		double ratio = maxLinearError(21) / maxLinearError(41);
		assertEquals(4, ratio, 0.2);
	}

	private static double maxSplineError(int n) {
		return maxError(n, true);
	}

	private static double maxLinearError(int n) {
		return maxError(n, false);
	}

	private static double maxError(int n, boolean spline) {
		double[] x = grid(n, Math.PI);
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			y[i] = Math.sin(x[i]);
		}
		double[] at = new double[2001];
		for (int i = 0; i < at.length; i++) {
			at[i] = Math.PI * i / (at.length - 1);
		}
		double[] values = spline ? Interpolation.naturalSpline(x, y, at) : Interpolation.linear(x, y, at);
		double max = 0;
		for (int i = 0; i < at.length; i++) {
			max = Math.max(max, Math.abs(values[i] - Math.sin(at[i])));
		}
		return max;
	}
}
