package org.edgewise.structure.descriptor;

/**
 * Clebsch-Gordan coefficients of SU(2) in the Condon-Shortley phase convention, for integer and
 * half-integer angular momenta.
 * <p>
 * Every argument is doubled so that half-integers become integers: {@code twoJ1 = 2 j1},
 * {@code twoM1 = 2 m1} and so on. The value is the quasi-binomial (Racah) sum of Varshalovich, Moskalev
 * and Khersonskii, Quantum Theory of Angular Momentum (1988), eq. 8.2.1(3), evaluated with exact
 * factorials in double precision; good to about 1e-14 for the momenta SNAP uses (2j up to 24).
 */
final class ClebschGordan {

	/** n! for n up to 170, the largest factorial a double holds. */
	private static final double[] FACTORIAL = new double[171];

	static {
		FACTORIAL[0] = 1;
		for (int n = 1; n < FACTORIAL.length; n++) {
			FACTORIAL[n] = FACTORIAL[n - 1] * n;
		}
	}

	private ClebschGordan() {
	}

	/**
	 * @return the coefficient &lt;j1 m1 j2 m2 | j m&gt;, zero when the arguments break a selection rule
	 *         (m = m1 + m2, |j1 - j2| &lt;= j &lt;= j1 + j2, |m| &lt;= j, j1 + j2 + j integer, m and j of
	 *         the same parity)
	 */
	static double coefficient(int twoJ1, int twoM1, int twoJ2, int twoM2, int twoJ, int twoM) {
		if (twoM != twoM1 + twoM2 || twoJ < Math.abs(twoJ1 - twoJ2) || twoJ > twoJ1 + twoJ2
				|| (twoJ1 + twoJ2 + twoJ) % 2 != 0 || !projection(twoJ1, twoM1) || !projection(twoJ2, twoM2)
				|| !projection(twoJ, twoM)) {
			return 0;
		}
		// Integer arguments of the factorials, from the doubled momenta: a = j1 + j2 - j, and so on.
		int a = (twoJ1 + twoJ2 - twoJ) / 2;
		int b = (twoJ1 - twoM1) / 2;
		int c = (twoJ2 + twoM2) / 2;
		int d = (twoJ - twoJ2 + twoM1) / 2;
		int e = (twoJ - twoJ1 - twoM2) / 2;
		double sum = 0;
		for (int k = Math.max(0, Math.max(-d, -e)); k <= Math.min(a, Math.min(b, c)); k++) {
			double term = 1 / (FACTORIAL[k] * FACTORIAL[a - k] * FACTORIAL[b - k] * FACTORIAL[c - k]
					* FACTORIAL[d + k] * FACTORIAL[e + k]);
			sum += k % 2 == 0 ? term : -term;
		}
		double triangle = FACTORIAL[a] * FACTORIAL[(twoJ1 - twoJ2 + twoJ) / 2] * FACTORIAL[(-twoJ1 + twoJ2 + twoJ) / 2]
				/ FACTORIAL[(twoJ1 + twoJ2 + twoJ) / 2 + 1];
		double projections = FACTORIAL[(twoJ1 + twoM1) / 2] * FACTORIAL[(twoJ1 - twoM1) / 2]
				* FACTORIAL[(twoJ2 + twoM2) / 2] * FACTORIAL[(twoJ2 - twoM2) / 2] * FACTORIAL[(twoJ + twoM) / 2]
				* FACTORIAL[(twoJ - twoM) / 2];
		return sum * Math.sqrt(triangle * projections * (twoJ + 1));
	}

	/** @return whether m is one of -j, -j + 1, ..., j (doubled) */
	private static boolean projection(int twoJ, int twoM) {
		return twoJ >= 0 && Math.abs(twoM) <= twoJ && (twoJ + twoM) % 2 == 0;
	}
}
