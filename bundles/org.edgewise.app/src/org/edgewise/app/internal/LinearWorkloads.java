package org.edgewise.app.internal;

import java.util.Random;

import org.edgewise.learn.Pca;
import org.edgewise.learn.decomposition.Nmf;
import org.edgewise.learn.decomposition.NmfSettings;
import org.edgewise.learn.decomposition.NmfSettings.Initialisation;
import org.edgewise.learn.decomposition.NmfSettings.Solver;
import org.edgewise.learn.linear.Ridge;

/**
 * The linear-model workloads of shared/peers/peer_bench.py, on its shapes: closed-form ridge, PCA and NMF,
 * each counted in fits per second. Inputs are drawn from a fixed seed before timing.
 */
final class LinearWorkloads {

	private LinearWorkloads() {
	}

	/** Ridge of X 5000 x 500 onto Y 5000 x 401, both standard normal, lambda 1, no intercept (as the peer's solve). */
	static BenchWorkload ridgeFit() {
		Random random = new Random(7);
		double[][] x = gaussian(random, 5000, 500);
		double[][] y = gaussian(random, 5000, 401);
		return new BenchWorkload(1, "fits/s", () -> Ridge.fit(x, y, 1.0, false));
	}

	/** PCA of 5000 x 401 uniform values to 10 components, as the peer's scikit-learn PCA (full SVD). */
	static BenchWorkload pcaFit() {
		double[][] x = uniform(new Random(7), 5000, 401);
		return new BenchWorkload(1, "fits/s", () -> Pca.fit(x, 10));
	}

	/** NMF of 5000 x 401 uniform values to 9 components: NNDSVDA start, 200 iterations, tolerance 0 (all run). */
	static BenchWorkload nmfFit() {
		double[][] x = uniform(new Random(7), 5000, 401);
		NmfSettings settings = new NmfSettings(9, Initialisation.NNDSVDA, Solver.HALS, 200, 0);
		return new BenchWorkload(1, "fits/s", () -> Nmf.fit(x, settings));
	}

	private static double[][] gaussian(Random random, int rows, int columns) {
		double[][] x = new double[rows][columns];
		for (double[] row : x) {
			for (int j = 0; j < columns; j++) {
				row[j] = random.nextGaussian();
			}
		}
		return x;
	}

	private static double[][] uniform(Random random, int rows, int columns) {
		double[][] x = new double[rows][columns];
		for (double[] row : x) {
			for (int j = 0; j < columns; j++) {
				row[j] = random.nextDouble();
			}
		}
		return x;
	}
}
