package org.edgewise.structure.descriptor;

/**
 * The modified spherical Bessel functions of the first kind, i_l(x) = √(π / 2x) I_(l+1/2)(x), scaled by
 * exp(-x) so that they neither overflow nor underflow for large x: exp(-x) i_l(x) tends to 1 / (2x).
 * <p>
 * i_l is the minimal solution of its recurrence i_(l+1) = i_(l-1) - (2l + 1) / x i_l, so climbing up in l
 * loses accuracy when x is small compared with l² (the values cancel). There the ratios i_l / i_(l-1) are
 * computed downwards instead, from the power series of the two highest orders, and multiplied up from
 * exp(-x) i_0(x) = (1 - exp(-2x)) / 2x. For large x, where the series would need many terms and the
 * upward recurrence is accurate, the recurrence climbs up from i_0 and i_1. Both branches are accurate to
 * a few units in the last place.
 */
final class ModifiedSphericalBessel {

	private ModifiedSphericalBessel() {
	}

	/**
	 * @param x   the argument, at least 0
	 * @param out receives exp(-x) i_l(x) for l = 0 ... out.length - 1
	 */
	static void scaled(double x, double[] out) {
		int top = out.length - 1;
		if (x == 0) {
			out[0] = 1;
			for (int l = 1; l <= top; l++) {
				out[l] = 0;
			}
			return;
		}
		if (!(x > 0)) {
			throw new IllegalArgumentException("modified spherical Bessel function of a negative argument: " + x);
		}
		out[0] = -Math.expm1(-2 * x) / (2 * x);
		if (top == 0) {
			return;
		}
		if (x >= Math.max(20, top * top / 3.0)) {
			out[1] = (0.5 * (1 + Math.exp(-2 * x)) - out[0]) / x;
			for (int l = 1; l < top; l++) {
				out[l + 1] = out[l - 1] - (2 * l + 1) / x * out[l];
			}
			return;
		}
		// ratio[l] = i_l / i_(l-1): the top one from the series, the others by i_(l-1) = i_(l+1) + (2l+1)/x i_l.
		double ratio = x / (2 * top + 1) * series(x, top) / series(x, top - 1);
		for (int l = top; l >= 1; l--) {
			out[l] = ratio;
			ratio = x / (2 * l - 1 + x * ratio);
		}
		for (int l = 1; l <= top; l++) {
			out[l] *= out[l - 1];
		}
	}

	/** Σ_k (x²/2)^k / (k! (2l+3)(2l+5)...(2l+2k+1)), so that i_l(x) = x^l / (2l+1)!! times this sum. */
	private static double series(double x, int l) {
		double half = 0.5 * x * x;
		double term = 1;
		double sum = 1;
		for (int k = 1; term > 1e-17 * sum; k++) {
			term *= half / (k * (2.0 * l + 2 * k + 1));
			sum += term;
		}
		return sum;
	}
}
