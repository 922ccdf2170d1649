package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The radial bases of SOAP, their orthonormalisation and their tabulated radial integrals. */
class RadialBasisTest {

	private static final double SIGMA = 1.0;
	private static final double ETA = 1 / (2 * SIGMA * SIGMA);
	/** r_cut 6 Å plus DScribe's padding σ √(-2 ln 0.001). */
	private static final double CUTOFF = 6 + SIGMA * Math.sqrt(-2 * Math.log(1e-3));

	@Test
	void gtoBasisIsOrthonormalForEveryL() {
		GtoRadialBasis basis = new GtoRadialBasis(6, 8, 6, SIGMA, CUTOFF);
		// The GTOs decay like exp(-ln(1000) r² / 36): negligible beyond 30 Å.
		assertOrthonormal(basis, GaussLegendre.on(400, 0, 30), 1e-12);
	}

	@Test
	void polynomialBasisIsOrthonormalAndVanishesBeyondTheCutoff() {
		PolynomialRadialBasis basis = new PolynomialRadialBasis(6, 8, 6, SIGMA, CUTOFF);
		// g_n is a polynomial of degree 10 on [0, 6]: 40 nodes integrate the products exactly. In double
		// precision Löwdin's S^(-1/2) of this overlap (condition number 7e16) is orthonormal to about 1e-6 only.
		assertOrthonormal(basis, GaussLegendre.on(40, 0, 6), 1e-14);
		assertEquals(0, basis.value(3, 0, 6.0));
		assertEquals(0, basis.value(3, 0, 7.5));
		// Twenty functions: condition number 4e43, still orthonormal.
		assertOrthonormal(new PolynomialRadialBasis(6, 20, 0, SIGMA, CUTOFF), GaussLegendre.on(60, 0, 6), 1e-14);
	}

	private static void assertOrthonormal(RadialBasis basis, GaussLegendre rule, double tolerance) {
		for (int l = 0; l <= basis.lMax(); l++) {
			double[][] g = new double[basis.nMax()][rule.size()];
			for (int n = 0; n < basis.nMax(); n++) {
				for (int q = 0; q < rule.size(); q++) {
					g[n][q] = basis.value(n, l, rule.node(q));
				}
			}
			for (int n = 0; n < basis.nMax(); n++) {
				for (int m = 0; m < basis.nMax(); m++) {
					double overlap = 0;
					for (int q = 0; q < rule.size(); q++) {
						double r = rule.node(q);
						overlap += rule.weight(q) * r * r * g[n][q] * g[m][q];
					}
					assertEquals(n == m ? 1 : 0, overlap, tolerance, "<g_" + n + l + ", g_" + m + l + ">");
				}
			}
		}
	}

	@Test
	void analyticGtoIntegralsEqualTheQuadratureOfTheDensity() {
		// The closed form of DScribe's GTO expansion against a Gauss-Legendre quadrature of
		// 4π ∫ r² g_nl(r) exp(-η (r² + d²)) i_l(2η r d) dr with the orthonormal functions themselves: checks the
		// analytic integrals, the Bessel functions and the quadrature at once.
		int nMax = 8;
		int lMax = 6;
		GtoRadialBasis basis = new GtoRadialBasis(6, nMax, lMax, SIGMA, CUTOFF);
		GaussLegendre rule = GaussLegendre.on(600, 0, CUTOFF + 30);
		double[][][] functions = new double[lMax + 1][nMax][rule.size()];
		for (int l = 0; l <= lMax; l++) {
			for (int n = 0; n < nMax; n++) {
				for (int q = 0; q < rule.size(); q++) {
					functions[l][n][q] = basis.value(n, l, rule.node(q));
				}
			}
		}
		QuadratureRadialIntegrals quadrature = new QuadratureRadialIntegrals(rule, functions, ETA);
		int width = (lMax + 1) * nMax;
		double[] numeric = new double[width];
		double[] numericDerivative = new double[width];
		double[] analytic = new double[width];
		double[] analyticDerivative = new double[width];
		Random random = new Random(3);
		for (int trial = 0; trial < 30; trial++) {
			double d = trial == 0 ? 0 : CUTOFF * random.nextDouble();
			quadrature.integrate(d, numeric, numericDerivative);
			basis.exactIntegrals(d, analytic, analyticDerivative);
			for (int i = 0; i < width; i++) {
				assertEquals(numeric[i], analytic[i], 1e-11, "F[" + i + "](" + d + ")");
				assertEquals(numericDerivative[i], analyticDerivative[i], 1e-11, "dF[" + i + "]/dd(" + d + ")");
			}
		}
	}

	@Test
	void tablesInterpolateTheExactIntegrals() {
		GtoRadialBasis gto = new GtoRadialBasis(6, 8, 6, SIGMA, CUTOFF);
		int width = 7 * 8;
		double[] exact = new double[width];
		double[] ignored = new double[width];
		double[] interpolated = new double[width];
		Random random = new Random(8);
		double largest = 0;
		double worst = 0;
		for (int trial = 0; trial < 500; trial++) {
			double d = CUTOFF * random.nextDouble();
			gto.exactIntegrals(d, exact, ignored);
			gto.integrals(d, interpolated);
			for (int i = 0; i < width; i++) {
				largest = Math.max(largest, Math.abs(exact[i]));
				worst = Math.max(worst, Math.abs(exact[i] - interpolated[i]));
			}
		}
		assertTrue(worst < 1e-10 * largest, "GTO table off by " + worst + " of " + largest);
		// Exact on the grid points, the centre included.
		gto.exactIntegrals(0, exact, ignored);
		gto.integrals(0, interpolated);
		for (int i = 0; i < width; i++) {
			assertEquals(exact[i], interpolated[i], 0.0);
		}
	}

	@Test
	void polynomialQuadratureAndTableHaveConverged() {
		// Against a basis with twice the quadrature nodes and four times the table's grid points.
		int nodes = PolynomialRadialBasis.quadratureNodes(6, SIGMA);
		int intervals = RadialIntegralTable.intervals(CUTOFF, SIGMA);
		PolynomialRadialBasis basis = new PolynomialRadialBasis(6, 8, 6, SIGMA, CUTOFF);
		PolynomialRadialBasis finer = new PolynomialRadialBasis(6, 8, 6, SIGMA, CUTOFF, 2 * nodes, 4 * intervals);
		PolynomialRadialBasis finerQuadrature = new PolynomialRadialBasis(6, 8, 6, SIGMA, CUTOFF, 2 * nodes, intervals);
		int width = 7 * 8;
		double[] a = new double[width];
		double[] b = new double[width];
		double[] c = new double[width];
		Random random = new Random(9);
		double largest = 0;
		double table = 0;
		double quadrature = 0;
		for (int trial = 0; trial < 500; trial++) {
			double d = CUTOFF * random.nextDouble();
			basis.integrals(d, a);
			finer.integrals(d, b);
			finerQuadrature.integrals(d, c);
			for (int i = 0; i < width; i++) {
				largest = Math.max(largest, Math.abs(b[i]));
				table = Math.max(table, Math.abs(a[i] - b[i]));
				quadrature = Math.max(quadrature, Math.abs(a[i] - c[i]));
			}
		}
		assertTrue(quadrature < 1e-14 * largest, "quadrature changes by " + quadrature + " of " + largest);
		assertTrue(table < 1e-9 * largest, "interpolation off by " + table + " of " + largest);
	}

	@Test
	void loewdinGivesTheInverseSquareRoot() {
		// The Hilbert-like overlap of the polynomial basis (n = 8, r_c = 1): B S B = 1 and B symmetric, in
		// decimal arithmetic.
		int n = 8;
		MathContext context = LoewdinOrthonormalisation.context(n);
		BigDecimal[][] s = new BigDecimal[n][n];
		for (int i = 1; i <= n; i++) {
			for (int j = 1; j <= n; j++) {
				s[i - 1][j - 1] = BigDecimal.valueOf(2).divide(BigDecimal.valueOf((long) (5 + i + j) * (6 + i + j) * (7 + i + j)),
						context);
			}
		}
		BigDecimal[][] b = LoewdinOrthonormalisation.inverseSquareRoot(s, "test");
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				assertEquals(0, b[i][j].compareTo(b[j][i]), "symmetric");
				BigDecimal sum = BigDecimal.ZERO;
				for (int k = 0; k < n; k++) {
					for (int m = 0; m < n; m++) {
						sum = sum.add(b[i][k].multiply(s[k][m]).multiply(b[m][j]), context);
					}
				}
				assertEquals(i == j ? 1 : 0, sum.doubleValue(), 1e-25, "(B S B)_" + i + j);
			}
		}
		BigDecimal[][] indefinite = { { BigDecimal.ONE, BigDecimal.valueOf(2) }, { BigDecimal.valueOf(2), BigDecimal.ONE } };
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> LoewdinOrthonormalisation.inverseSquareRoot(indefinite, "test"));
		assertTrue(e.getMessage().contains("n_max"), e.getMessage());
	}
}
