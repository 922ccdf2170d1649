package org.edgewise.structure.descriptor;

/**
 * Real (tesseral) spherical harmonics Y_lm, orthonormal on the unit sphere, computed from Cartesian
 * components by recurrences: no trigonometric functions, no division, no allocation.
 * <p>
 * With the normalised associated Legendre functions P̄_l^m (no Condon-Shortley phase) and x + iy = r sin θ
 * e^(iφ): Y_l0 = P̄_l^0(cos θ), Y_lm = √2 P̄_l^m(cos θ) cos(mφ) and Y_l,-m = √2 P̄_l^m(cos θ) sin(mφ) for
 * m > 0. The sign convention does not matter to SOAP, whose power spectrum sums over m. The class computes
 * the solid harmonics r^l Y_lm(r̂) = √2 T_l^m(z, r²) Re or Im (x + iy)^m, where T_l^m is a polynomial
 * obtained from T_m^m = √((2m+1)/(2m)) T_(m-1)^(m-1), T_0^0 = 1/√(4π), T_(m+1)^m = √(2m+3) z T_m^m and
 * T_l^m = a_lm (z T_(l-1)^m - b_lm r² T_(l-2)^m), with a_lm = √((4l² - 1)/(l² - m²)) and
 * b_lm = √(((l-1)² - m²)/(4(l-1)² - 1)). For a unit vector they are the spherical harmonics themselves.
 * <p>
 * Values are stored at index l² + l + m, m = -l ... l. Immutable.
 */
final class RealSphericalHarmonics {

	private final int lMax;
	/** T_m^m for m = 0 ... lMax. */
	private final double[] diagonal;
	/** a_lm and b_lm at index l² + l + m (m ≥ 0, l ≥ m + 2). */
	private final double[] a;
	private final double[] b;

	/** @param lMax the largest degree, at least 0 */
	RealSphericalHarmonics(int lMax) {
		if (lMax < 0) {
			throw new IllegalArgumentException("spherical harmonics need l_max >= 0, got " + lMax);
		}
		this.lMax = lMax;
		diagonal = new double[lMax + 1];
		diagonal[0] = 1 / Math.sqrt(4 * Math.PI);
		for (int m = 1; m <= lMax; m++) {
			diagonal[m] = diagonal[m - 1] * Math.sqrt((2 * m + 1) / (2.0 * m));
		}
		a = new double[size(lMax)];
		b = new double[size(lMax)];
		for (int l = 2; l <= lMax; l++) {
			for (int m = 0; m <= l - 2; m++) {
				a[index(l, m)] = Math.sqrt((4.0 * l * l - 1) / ((double) l * l - (double) m * m));
				b[index(l, m)] = Math.sqrt(((l - 1.0) * (l - 1.0) - (double) m * m) / (4.0 * (l - 1) * (l - 1) - 1));
			}
		}
	}

	/** @return the number of harmonics up to degree {@code lMax}, (lMax + 1)² */
	static int size(int lMax) {
		return (lMax + 1) * (lMax + 1);
	}

	/** @return the storage index of Y_lm */
	static int index(int l, int m) {
		return l * l + l + m;
	}

	/** @return the largest degree */
	int lMax() {
		return lMax;
	}

	/**
	 * Computes r^l Y_lm(r̂) for every l ≤ lMax and m at once.
	 *
	 * @param x   the x component of the vector
	 * @param y   the y component
	 * @param z   the z component
	 * @param out receives the values at index l² + l + m; at least (lMax + 1)² long
	 */
	void solid(double x, double y, double z, double[] out) {
		double rr = x * x + y * y + z * z;
		double sqrt2 = Math.sqrt(2);
		// Re and Im of (x + iy)^m, advanced one m at a time.
		double re = 1;
		double im = 0;
		for (int m = 0; m <= lMax; m++) {
			if (m > 0) {
				double next = re * x - im * y;
				im = re * y + im * x;
				re = next;
			}
			double cosine = m == 0 ? 1 : sqrt2 * re;
			double sine = sqrt2 * im;
			double beforePrevious = diagonal[m];
			store(out, m, m, beforePrevious, cosine, sine);
			if (m == lMax) {
				break;
			}
			double previous = Math.sqrt(2 * m + 3) * z * beforePrevious;
			store(out, m + 1, m, previous, cosine, sine);
			for (int l = m + 2; l <= lMax; l++) {
				int i = index(l, m);
				double current = a[i] * (z * previous - b[i] * rr * beforePrevious);
				store(out, l, m, current, cosine, sine);
				beforePrevious = previous;
				previous = current;
			}
		}
	}

	private static void store(double[] out, int l, int m, double t, double cosine, double sine) {
		int centre = l * l + l;
		if (m == 0) {
			out[centre] = t;
		} else {
			out[centre + m] = t * cosine;
			out[centre - m] = t * sine;
		}
	}
}
