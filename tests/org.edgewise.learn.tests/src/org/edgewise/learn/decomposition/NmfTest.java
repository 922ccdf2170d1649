package org.edgewise.learn.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.edgewise.learn.decomposition.NmfSettings.Initialisation;
import org.edgewise.learn.decomposition.NmfSettings.Solver;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class NmfTest {

	/** A small non-negative matrix that scikit-learn 1.2.1 factorised for the reference values below. */
	private static final double[][] SMALL = { { 1, 2, 0, 3, 1 }, { 0, 1, 4, 1, 2 }, { 2, 0, 1, 0, 3 }, { 3, 1, 0, 2, 0 },
			{ 1, 1, 1, 1, 1 }, { 0, 3, 2, 0, 1 } };

	@Test
	void nndsvdStartEqualsScikitLearns() {
		// sklearn.decomposition._nmf._initialize_nmf(SMALL, 2, init="nndsvd"): its randomised SVD is exact on a
		// matrix this small. Entries below 1e-6 are zero; NNDSVDA fills them with the mean of X, 38/30.
		double[][] x = SMALL;
		Nndsvd.Start plain = Nndsvd.start(x, transpose(x), 2, Initialisation.NNDSVD);
		assertArrayEquals(new double[] { 1.1008514817070854, 1.481732280130235, 1.0031098564808305, 0.8605090736503115,
				0.832371183026069, 1.1025562000608855 }, plain.weights()[0], 1e-12);
		assertArrayEquals(new double[] { 0.9518647407501308, 0, 0, 1.304175332025306, 0.14957214993443305, 0 },
				plain.weights()[1], 1e-12);
		assertArrayEquals(new double[] { 0.9233124420693309, 1.2295764372678415, 1.411314292632826, 1.0389509559125303,
				1.275535394741949 }, plain.components()[0], 1e-12);
		assertArrayEquals(new double[] { 1.1880104093922221, 0.12286502709046937, 0, 1.096734727122481, 0 },
				plain.components()[1], 1e-12);
		Nndsvd.Start filled = Nndsvd.start(x, transpose(x), 2, Initialisation.NNDSVDA);
		assertArrayEquals(new double[] { 0.9518647407501308, 38 / 30.0, 38 / 30.0, 1.304175332025306,
				0.14957214993443305, 38 / 30.0 }, filled.weights()[1], 1e-12);
		assertArrayEquals(new double[] { 1.1880104093922221, 0.12286502709046937, 38 / 30.0, 1.096734727122481,
				38 / 30.0 }, filled.components()[1], 1e-12);
	}

	@Test
	void twentyIterationsEqualScikitLearnsForBothSolvers() {
		// NMF(2, init="nndsvda", solver=..., max_iter=20, tol=0).fit(SMALL): components_, reconstruction_err_,
		// and transform(SMALL), which restarts the weights from sqrt(mean / 2) and updates them 20 times.
		NmfSettings settings = NmfSettings.defaults(2).withMaxIterations(20).withTolerance(0);
		NmfFit hals = Nmf.fit(SMALL, settings);
		assertEquals(20, hals.iterations());
		assertArrayEquals(new double[] { 0.17978735907091814, 1.7916340320832012, 3.670530050158957, 0.3663838565557859,
				2.4919091155547597 }, hals.model().components()[0], 1e-9);
		assertArrayEquals(new double[] { 1.6580332102714106, 0.9457557836961106, 0, 1.698229947607276,
				0.4733882429090809 }, hals.model().components()[1], 1e-9);
		assertEquals(3.968392792090353, hals.reconstructionError(), 1e-9);
		assertArrayEquals(new double[] { 0.4226264027089438, 0.4639817163257242 }, hals.model().transform(SMALL)[2], 1e-9);

		NmfFit multiplicative = Nmf.fit(SMALL, settings.withSolver(Solver.MULTIPLICATIVE));
		assertArrayEquals(new double[] { 3.1886287556485505e-03, 1.3919812485205747, 2.5967341095618610,
				3.0108362704367481e-01, 1.6866472660011467 }, multiplicative.model().components()[0], 1e-9);
		assertEquals(3.988105660234886, multiplicative.reconstructionError(), 1e-9);
		assertArrayEquals(new double[] { 1.7755045447816096e-06, 1.2087288265722866 },
				multiplicative.model().transform(SMALL)[3], 1e-9);
	}

	@ParameterizedTest
	@EnumSource(Initialisation.class)
	void halsReconstructsExactlyLowRankDataToRounding(Initialisation initialisation) {
		double[][] x = lowRank(new Random(3), 40, 25, 3);
		NmfFit fit = Nmf.fit(x, new NmfSettings(3, initialisation, Solver.HALS, 1000, 0));
		assertTrue(fit.reconstructionError() < 1e-12 * norm(x), initialisation + ": " + fit.reconstructionError());
		assertNonNegative(fit.weights());
		assertNonNegative(fit.model().components());
		// The reported error is that of the returned factors.
		assertEquals(fit.reconstructionError(), norm(minus(x, fit.model().inverseTransform(fit.weights()))), 1e-12);
	}

	@Test
	void multiplicativeUpdatesFromNndsvdaApproachExactlyLowRankData() {
		// Multiplicative updates converge much more slowly than HALS, but they do converge.
		double[][] x = lowRank(new Random(3), 40, 25, 3);
		NmfSettings settings = new NmfSettings(3, Initialisation.NNDSVDA, Solver.MULTIPLICATIVE, 100, 0);
		double after100 = Nmf.fit(x, settings).reconstructionError() / norm(x);
		double after1000 = Nmf.fit(x, settings.withMaxIterations(1000)).reconstructionError() / norm(x);
		assertTrue(after1000 < after100 / 10 && after1000 < 5e-3, after100 + " then " + after1000);
	}

	@Test
	void multiplicativeUpdatesKeepTheZerosOfAnNndsvdStart() {
		// A multiplicative update scales an entry, so one that starts at zero stays there: the reason
		// scikit-learn recommends NNDSVDA, whose start has no zeros, for this solver.
		double[][] x = lowRank(new Random(3), 40, 25, 3);
		double[][] start = Nndsvd.start(x, transpose(x), 3, Initialisation.NNDSVD).components();
		double[][] fitted = Nmf.fit(x, new NmfSettings(3, Initialisation.NNDSVD, Solver.MULTIPLICATIVE, 200, 0)).model()
				.components();
		int zeros = 0;
		for (int r = 0; r < start.length; r++) {
			for (int j = 0; j < start[r].length; j++) {
				if (start[r][j] == 0) {
					zeros++;
					assertEquals(0.0, fitted[r][j], "component " + r + ", column " + j);
				}
			}
		}
		assertTrue(zeros > 0);
		assertTrue(Nmf.fit(x, new NmfSettings(3, Initialisation.NNDSVDA, Solver.MULTIPLICATIVE, 200, 0))
				.reconstructionError() < Nmf.fit(x, new NmfSettings(3, Initialisation.NNDSVD, Solver.MULTIPLICATIVE, 200, 0))
						.reconstructionError());
	}

	@ParameterizedTest
	@MethodSource("everyStartAndSolver")
	void theErrorNeverRisesFromOneIterationToTheNext(Initialisation initialisation, Solver solver) {
		// Both rules minimise exactly (HALS) or majorise (multiplicative) the error in each half-step, and a fit
		// with k iterations is the first k iterations of a longer fit.
		double[][] x = uniform(new Random(9), 30, 20);
		double previous = Double.POSITIVE_INFINITY;
		for (int iterations = 1; iterations <= 25; iterations++) {
			double error = Nmf.fit(x, new NmfSettings(4, initialisation, solver, iterations, 0)).reconstructionError();
			assertTrue(error <= previous * (1 + 1e-12), "iteration " + iterations + ": " + previous + " -> " + error);
			previous = error;
		}
	}

	@Test
	void transformThenInverseTransformRecoversRowsTheComponentsSpan() {
		Random random = new Random(11);
		double[][] x = lowRank(random, 50, 30, 4);
		NmfFit fit = Nmf.fit(x, NmfSettings.defaults(4).withMaxIterations(1000).withTolerance(0));
		double[][] fresh = lowRankWithBasis(random, 10, fit.model().components());
		double[][] weights = fit.model().transform(fresh);
		assertNonNegative(weights);
		assertTrue(norm(minus(fresh, fit.model().inverseTransform(weights))) < 1e-6 * norm(fresh));
		assertTrue(fit.model().reconstructionError(fresh) < 1e-6 * norm(fresh));
	}

	@Test
	void aToleranceStopsOnceTheErrorStopsFalling() {
		double[][] x = uniform(new Random(13), 60, 40);
		NmfFit loose = Nmf.fit(x, NmfSettings.defaults(5).withMaxIterations(500).withTolerance(1e-2));
		NmfFit tight = Nmf.fit(x, NmfSettings.defaults(5).withMaxIterations(500).withTolerance(1e-6));
		assertTrue(loose.iterations() < tight.iterations(), loose.iterations() + " vs " + tight.iterations());
		assertTrue(tight.reconstructionError() <= loose.reconstructionError());
		assertEquals(500, Nmf.fit(x, NmfSettings.defaults(5).withMaxIterations(500).withTolerance(0)).iterations());
	}

	@Test
	void aModelRebuiltFromItsParametersTransformsBitForBit() {
		double[][] x = uniform(new Random(17), 30, 12);
		Nmf model = Nmf.fit(x, NmfSettings.defaults(3).withSolver(Solver.MULTIPLICATIVE).withMaxIterations(40)).model();
		ModelParameters parameters = model.parameters();
		Nmf rebuilt = Nmf.fromParameters(parameters);
		assertEquals(model.settings(), rebuilt.settings());
		assertEquals(parameters, rebuilt.parameters());
		double[][] fresh = uniform(new Random(19), 5, 12);
		double[][] expected = model.transform(fresh);
		double[][] actual = rebuilt.transform(fresh);
		for (int i = 0; i < expected.length; i++) {
			assertArrayEquals(expected[i], actual[i], 0.0);
		}
	}

	@Test
	void parametersThatCannotRebuildAModelAreRefused() {
		ModelParameters negative = new ModelParameters().putMatrix("components", new double[][] { { 1, -2 } })
				.putText("initialisation", "NNDSVDA").putText("solver", "HALS").putInts("max-iterations", new int[] { 5 })
				.putDoubles("tolerance", new double[] { 0 });
		assertMessage(ModelFormatException.class, "row 0, column 1 is negative", () -> Nmf.fromParameters(negative));
		ModelParameters unknownSolver = new ModelParameters().putMatrix("components", new double[][] { { 1, 2 } })
				.putText("initialisation", "NNDSVDA").putText("solver", "ALS").putInts("max-iterations", new int[] { 5 })
				.putDoubles("tolerance", new double[] { 0 });
		assertMessage(ModelFormatException.class, "ALS", () -> Nmf.fromParameters(unknownSolver));
	}

	@Test
	void badDataAreRefusedWithTheirPlace() {
		NmfSettings two = NmfSettings.defaults(2);
		assertMessage(IllegalArgumentException.class, "row 1, column 2 is negative",
				() -> Nmf.fit(new double[][] { { 1, 2, 3 }, { 4, 5, -6 }, { 7, 8, 9 } }, two));
		assertMessage(IllegalArgumentException.class, "row 0, column 1 is not finite",
				() -> Nmf.fit(new double[][] { { 1, Double.NaN }, { 4, 5 } }, two));
		assertMessage(IllegalArgumentException.class, "at most 2 components",
				() -> Nmf.fit(new double[][] { { 1, 2, 3 }, { 4, 5, 6 } }, NmfSettings.defaults(3)));
		assertMessage(IllegalArgumentException.class, "all values are zero",
				() -> Nmf.fit(new double[][] { { 0, 0 }, { 0, 0 } }, two));
		assertMessage(IllegalArgumentException.class, "at least 1 component", () -> NmfSettings.defaults(0));
		assertMessage(IllegalArgumentException.class, "tolerance", () -> two.withTolerance(-1));
		Nmf model = Nmf.fit(SMALL, two).model();
		assertMessage(IllegalArgumentException.class, "row 0 has 2 values, expected 5",
				() -> model.transform(new double[][] { { 1, 2 } }));
		assertMessage(IllegalArgumentException.class, "row 0, column 4 is negative",
				() -> model.transform(new double[][] { { 1, 2, 3, 4, -5 } }));
	}

	static Stream<Arguments> everyStartAndSolver() {
		return Stream.of(Initialisation.values())
				.flatMap(initialisation -> Stream.of(Solver.values()).map(solver -> Arguments.of(initialisation, solver)));
	}

	/**
	 * n x f non-negative data of rank {@code rank}: sparse weights times sparse basis rows (about 30 % zeros
	 * each), so that the factorisation is unique up to scaling and order and HALS finds it quickly.
	 */
	private static double[][] lowRank(Random random, int n, int f, int rank) {
		return lowRankWithBasis(random, n, sparse(random, rank, f));
	}

	private static double[][] lowRankWithBasis(Random random, int n, double[][] basis) {
		double[][] weights = sparse(random, n, basis.length);
		double[][] x = new double[n][basis[0].length];
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < basis.length; r++) {
				for (int j = 0; j < x[i].length; j++) {
					x[i][j] += weights[i][r] * basis[r][j];
				}
			}
		}
		return x;
	}

	private static double[][] sparse(Random random, int n, int f) {
		double[][] x = uniform(random, n, f);
		for (double[] row : x) {
			for (int j = 0; j < f; j++) {
				row[j] = random.nextDouble() < 0.3 ? 0 : row[j];
			}
		}
		return x;
	}

	private static double[][] uniform(Random random, int n, int f) {
		double[][] x = new double[n][f];
		for (double[] row : x) {
			for (int j = 0; j < f; j++) {
				row[j] = random.nextDouble();
			}
		}
		return x;
	}

	private static double[][] transpose(double[][] x) {
		double[][] t = new double[x[0].length][x.length];
		for (int i = 0; i < x.length; i++) {
			for (int j = 0; j < x[0].length; j++) {
				t[j][i] = x[i][j];
			}
		}
		return t;
	}

	private static double[][] minus(double[][] a, double[][] b) {
		double[][] d = new double[a.length][a[0].length];
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a[0].length; j++) {
				d[i][j] = a[i][j] - b[i][j];
			}
		}
		return d;
	}

	private static double norm(double[][] x) {
		double sum = 0;
		for (double[] row : x) {
			for (double v : row) {
				sum += v * v;
			}
		}
		return Math.sqrt(sum);
	}

	private static void assertNonNegative(double[][] x) {
		for (int i = 0; i < x.length; i++) {
			for (int j = 0; j < x[i].length; j++) {
				assertTrue(x[i][j] >= 0, "entry " + i + ", " + j + " is " + x[i][j]);
			}
		}
	}

	private static void assertMessage(Class<? extends IllegalArgumentException> type, String expected,
			Executable call) {
		String message = assertThrows(type, call).getMessage();
		assertTrue(message.contains(expected), message);
	}
}
