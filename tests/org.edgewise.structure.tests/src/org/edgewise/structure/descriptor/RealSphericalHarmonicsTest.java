package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RealSphericalHarmonicsTest {

	private static final int L_MAX = 12;
	private static final int SIZE = RealSphericalHarmonics.size(L_MAX);

	@Test
	void orthonormalOnTheSphere() {
		// Gauss-Legendre in cos θ (exact for polynomials of degree < 2 x 14) times 2 l_max + 3 even azimuths (exact
		// for trigonometric polynomials of degree < 2 l_max + 3): exact for every product Y_lm Y_l'm', l, l' ≤ 12.
		RealSphericalHarmonics harmonics = new RealSphericalHarmonics(L_MAX);
		GaussLegendre polar = GaussLegendre.on(L_MAX + 2, -1, 1);
		int azimuths = 2 * L_MAX + 3;
		double[][] gram = new double[SIZE][SIZE];
		double[] y = new double[SIZE];
		for (int i = 0; i < polar.size(); i++) {
			double z = polar.node(i);
			double s = Math.sqrt(1 - z * z);
			for (int j = 0; j < azimuths; j++) {
				double phi = 2 * Math.PI * (j + 0.3) / azimuths;
				harmonics.solid(s * Math.cos(phi), s * Math.sin(phi), z, y);
				double w = polar.weight(i) * 2 * Math.PI / azimuths;
				for (int p = 0; p < SIZE; p++) {
					for (int q = 0; q < SIZE; q++) {
						gram[p][q] += w * y[p] * y[q];
					}
				}
			}
		}
		for (int p = 0; p < SIZE; p++) {
			for (int q = 0; q < SIZE; q++) {
				assertEquals(p == q ? 1 : 0, gram[p][q], 1e-13, "<Y_" + p + ", Y_" + q + ">");
			}
		}
	}

	@Test
	void lowDegreesMatchTheTextbookForms() {
		RealSphericalHarmonics harmonics = new RealSphericalHarmonics(2);
		double x = 0.36;
		double y = -0.48;
		double z = 0.8;
		double[] v = new double[9];
		harmonics.solid(x, y, z, v);
		double pi = Math.PI;
		assertEquals(1 / Math.sqrt(4 * pi), v[RealSphericalHarmonics.index(0, 0)], 1e-15);
		assertEquals(Math.sqrt(3 / (4 * pi)) * z, v[RealSphericalHarmonics.index(1, 0)], 1e-15);
		assertEquals(Math.sqrt(3 / (4 * pi)) * x, v[RealSphericalHarmonics.index(1, 1)], 1e-15);
		assertEquals(Math.sqrt(3 / (4 * pi)) * y, v[RealSphericalHarmonics.index(1, -1)], 1e-15);
		assertEquals(Math.sqrt(5 / (16 * pi)) * (3 * z * z - 1), v[RealSphericalHarmonics.index(2, 0)], 1e-15);
		assertEquals(Math.sqrt(15 / (4 * pi)) * x * z, v[RealSphericalHarmonics.index(2, 1)], 1e-15);
		assertEquals(Math.sqrt(15 / (16 * pi)) * (x * x - y * y), v[RealSphericalHarmonics.index(2, 2)], 1e-15);
		assertEquals(Math.sqrt(15 / (4 * pi)) * x * y, v[RealSphericalHarmonics.index(2, -2)], 1e-15);
	}

	@Test
	void additionTheoremAndSolidScaling() {
		// Σ_m Y_lm(u) Y_lm(v) = (2l + 1) / 4π P_l(u·v): what makes SOAP's power spectrum rotation invariant.
		RealSphericalHarmonics harmonics = new RealSphericalHarmonics(L_MAX);
		Random random = new Random(5);
		double[] yu = new double[SIZE];
		double[] yv = new double[SIZE];
		double[] scaled = new double[SIZE];
		for (int trial = 0; trial < 20; trial++) {
			double[] u = unit(random);
			double[] w = unit(random);
			harmonics.solid(u[0], u[1], u[2], yu);
			harmonics.solid(w[0], w[1], w[2], yv);
			double cos = u[0] * w[0] + u[1] * w[1] + u[2] * w[2];
			double[] legendre = new double[L_MAX + 1];
			legendre[0] = 1;
			legendre[1] = cos;
			for (int l = 1; l < L_MAX; l++) {
				legendre[l + 1] = ((2 * l + 1) * cos * legendre[l] - l * legendre[l - 1]) / (l + 1);
			}
			for (int l = 0; l <= L_MAX; l++) {
				double sum = 0;
				for (int m = -l; m <= l; m++) {
					sum += yu[RealSphericalHarmonics.index(l, m)] * yv[RealSphericalHarmonics.index(l, m)];
				}
				assertEquals((2 * l + 1) / (4 * Math.PI) * legendre[l], sum, 1e-13, "l=" + l);
			}
			// r^l Y_lm(r̂) for a vector of length 2.5
			harmonics.solid(2.5 * u[0], 2.5 * u[1], 2.5 * u[2], scaled);
			for (int l = 0; l <= L_MAX; l++) {
				for (int m = -l; m <= l; m++) {
					int i = RealSphericalHarmonics.index(l, m);
					assertEquals(Math.pow(2.5, l) * yu[i], scaled[i], 1e-12 * Math.pow(2.5, l));
				}
			}
		}
	}

	private static double[] unit(Random random) {
		double x = random.nextGaussian();
		double y = random.nextGaussian();
		double z = random.nextGaussian();
		double r = Math.sqrt(x * x + y * y + z * z);
		return new double[] { x / r, y / r, z / r };
	}
}
