package org.edgewise.spectrum.preparation;

import java.util.Arrays;

/**
 * Piecewise interpolation of samples y(x) on strictly increasing x: linear, and the natural cubic spline
 * (second derivative zero at both ends). Callers keep the evaluation points within [x<sub>0</sub>,
 * x<sub>n-1</sub>]; what happens outside the data is their decision, not this class's.
 */
final class Interpolation {

	private Interpolation() {
	}

	/** @return y interpolated linearly at every point of {@code at} */
	static double[] linear(double[] x, double[] y, double[] at) {
		double[] result = new double[at.length];
		for (int k = 0; k < at.length; k++) {
			int i = interval(x, at[k]);
			double t = (at[k] - x[i]) / (x[i + 1] - x[i]);
			result[k] = y[i] + t * (y[i + 1] - y[i]);
		}
		return result;
	}

	/** @return the natural cubic spline through (x, y), evaluated at every point of {@code at} */
	static double[] naturalSpline(double[] x, double[] y, double[] at) {
		double[] m = splineSecondDerivatives(x, y);
		double[] result = new double[at.length];
		for (int k = 0; k < at.length; k++) {
			int i = interval(x, at[k]);
			double h = x[i + 1] - x[i];
			double a = (x[i + 1] - at[k]) / h;
			double b = 1 - a;
			result[k] = a * y[i] + b * y[i + 1] + ((a * a * a - a) * m[i] + (b * b * b - b) * m[i + 1]) * h * h / 6;
		}
		return result;
	}

	/**
	 * The spline's second derivatives at the knots: the tridiagonal system of the continuity of the first
	 * derivative, with M<sub>0</sub> = M<sub>n-1</sub> = 0, solved by the Thomas algorithm (diagonally
	 * dominant, so no pivoting is needed).
	 */
	private static double[] splineSecondDerivatives(double[] x, double[] y) {
		int n = x.length;
		double[] m = new double[n];
		if (n < 3) {
			return m;
		}
		double[] diagonal = new double[n];
		double[] rhs = new double[n];
		for (int i = 1; i < n - 1; i++) {
			double left = x[i] - x[i - 1];
			double right = x[i + 1] - x[i];
			diagonal[i] = (left + right) / 3;
			rhs[i] = (y[i + 1] - y[i]) / right - (y[i] - y[i - 1]) / left;
		}
		// forward elimination: the sub- and super-diagonal of row i are (x[i]-x[i-1])/6 and (x[i+1]-x[i])/6
		for (int i = 2; i < n - 1; i++) {
			double factor = (x[i] - x[i - 1]) / 6 / diagonal[i - 1];
			diagonal[i] -= factor * (x[i] - x[i - 1]) / 6;
			rhs[i] -= factor * rhs[i - 1];
		}
		for (int i = n - 2; i >= 1; i--) {
			m[i] = (rhs[i] - (x[i + 1] - x[i]) / 6 * m[i + 1]) / diagonal[i];
		}
		return m;
	}

	/** @return i with x[i] <= value <= x[i+1], clamped to the first and last interval */
	private static int interval(double[] x, double value) {
		int found = Arrays.binarySearch(x, value);
		int i = found >= 0 ? found : -found - 2;
		return Math.max(0, Math.min(i, x.length - 2));
	}
}
