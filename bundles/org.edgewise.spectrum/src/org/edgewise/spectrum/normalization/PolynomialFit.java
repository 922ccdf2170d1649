package org.edgewise.spectrum.normalization;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Least-squares polynomial fit as numpy's {@code Polynomial.fit(x, y, deg).convert()} does it (Larch's
 * {@code polyfit}): x is mapped onto [-1, 1] for a well-conditioned solve, and the coefficients are mapped
 * back to powers of x.
 */
final class PolynomialFit {

	private PolynomialFit() {
	}

	/**
	 * @param x      abscissa
	 * @param y      ordinate
	 * @param from   first point of the fit range
	 * @param to     end of the fit range (exclusive); the range holds more than {@code degree} distinct x
	 * @param degree polynomial degree, 0 or more
	 * @return coefficients c<sub>0</sub> .. c<sub>degree</sub> of c<sub>0</sub> + c<sub>1</sub> x + ...
	 */
	static double[] fit(double[] x, double[] y, int from, int to, int degree) {
		int n = to - from;
		if (degree == 0) {
			return new double[] { EnergyGrid.mean(y, from, to) };
		}
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		for (int i = from; i < to; i++) {
			low = Math.min(low, x[i]);
			high = Math.max(high, x[i]);
		}
		double offset = -(high + low) / (high - low);
		double scale = 2 / (high - low);

		DMatrixRMaj design = new DMatrixRMaj(n, degree + 1);
		DMatrixRMaj values = new DMatrixRMaj(n, 1);
		for (int i = 0; i < n; i++) {
			double t = offset + scale * x[from + i];
			double power = 1;
			for (int k = 0; k <= degree; k++) {
				design.set(i, k, power);
				power *= t;
			}
			values.set(i, 0, y[from + i]);
		}
		LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(n, degree + 1);
		if (!solver.setA(design)) {
			throw new IllegalArgumentException("polynomial fit of degree " + degree + " to " + n + " points is singular");
		}
		DMatrixRMaj scaled = new DMatrixRMaj(degree + 1, 1);
		solver.solve(values, scaled);
		return unscale(scaled.getData(), offset, scale);
	}

	/** Expands sum a<sub>k</sub> (offset + scale x)<sup>k</sup> into powers of x. */
	private static double[] unscale(double[] a, double offset, double scale) {
		int size = a.length;
		double[] c = new double[size];
		for (int k = 0; k < size; k++) {
			double binomial = 1;
			for (int j = 0; j <= k; j++) {
				// term: C(k, j) offset^(k-j) scale^j x^j
				c[j] += a[k] * binomial * Math.pow(offset, k - j) * Math.pow(scale, j);
				binomial = binomial * (k - j) / (j + 1);
			}
		}
		return c;
	}
}
