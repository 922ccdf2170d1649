package org.edgewise.structure.descriptor;

/**
 * The standard normal cumulative distribution Φ(u), fast enough for the inner loop of a broadened
 * histogram and accurate to about 1e-16.
 * <p>
 * The Taylor coefficients of Φ are tabulated every 1/128 on [-9, 9] once; between nodes Φ(u0 + δ) is
 * the series to δ⁵, whose coefficients are φ(u0) times Hermite polynomials of u0 (φ^(n) = (-1)^n He_n φ),
 * so the truncation error stays below (1/256)⁶ / 720 x max |He_5 φ| ≈ 1e-17. Beyond ±9, Φ is 0 or 1 to
 * within 1.2e-19.
 */
final class NormalCdf {

	/** Beyond ±RANGE standard deviations Φ is taken as 0 or 1. */
	static final double RANGE = 9;

	private static final int PER_UNIT = 128;
	private static final double STEP = 1.0 / PER_UNIT;
	private static final int ORDER = 6;
	/** Per node u0, the Taylor coefficients of Φ(u0 + δ) in δ⁰ ... δ⁵, side by side for locality. */
	private static final double[] TAYLOR;

	static {
		int nodes = (int) (2 * RANGE * PER_UNIT) + 1;
		TAYLOR = new double[nodes * ORDER];
		for (int k = 0; k < nodes; k++) {
			double u = k * STEP - RANGE;
			double u2 = u * u;
			double pdf = Math.exp(-0.5 * u2) / Math.sqrt(2 * Math.PI);
			int at = k * ORDER;
			TAYLOR[at] = u <= 0 ? 0.5 * erfc(-u / Math.sqrt(2)) : 1 - 0.5 * erfc(u / Math.sqrt(2));
			TAYLOR[at + 1] = pdf;
			TAYLOR[at + 2] = -u * pdf / 2;
			TAYLOR[at + 3] = (u2 - 1) * pdf / 6;
			TAYLOR[at + 4] = -(u2 - 3) * u * pdf / 24;
			TAYLOR[at + 5] = (u2 * u2 - 6 * u2 + 3) * pdf / 120;
		}
	}

	private NormalCdf() {
	}

	/** @return Φ(u), the probability that a standard normal variable is at most u */
	static double at(double u) {
		if (u <= -RANGE) {
			return 0;
		}
		if (u >= RANGE) {
			return 1;
		}
		int k = (int) ((u + RANGE) * PER_UNIT + 0.5);
		double d = u - (k * STEP - RANGE); // the node is exact: a multiple of 1/128
		int at = k * ORDER;
		return TAYLOR[at] + d * (TAYLOR[at + 1] + d * (TAYLOR[at + 2] + d * (TAYLOR[at + 3]
				+ d * (TAYLOR[at + 4] + d * TAYLOR[at + 5]))));
	}

	/**
	 * The complementary error function for x ≥ 0, to within 1e-15 (absolute; 1e-12 relative): the power
	 * series of erf below 2.5, the continued fraction of erfc above. Used only to fill the table.
	 */
	static double erfc(double x) {
		if (x < 2.5) {
			// erf(x) = 2/√π e^(-x²) Σ_n 2^n x^(2n+1) / (1·3···(2n+1)): all terms positive, no cancellation.
			double term = x;
			double sum = x;
			for (int n = 1; term > 1e-17 * sum; n++) {
				term *= 2 * x * x / (2 * n + 1);
				sum += term;
			}
			return 1 - 2 / Math.sqrt(Math.PI) * Math.exp(-x * x) * sum;
		}
		// erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated from the tail.
		double fraction = x;
		for (int n = 120; n >= 1; n--) {
			fraction = x + 0.5 * n / fraction;
		}
		return Math.exp(-x * x) / (Math.sqrt(Math.PI) * fraction);
	}
}
