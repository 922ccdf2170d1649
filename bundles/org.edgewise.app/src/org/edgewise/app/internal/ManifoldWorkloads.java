package org.edgewise.app.internal;

import java.util.Random;

import org.edgewise.learn.manifold.ClassicalMds;
import org.edgewise.learn.manifold.Isomap;
import org.edgewise.learn.neighbours.Distance;

/**
 * The similarity-map workloads of shared/peers/peer_bench.py, on the same shapes: 2000 spectra of 100 points,
 * uniform in [0, 1), mapped to 2-D.
 */
final class ManifoldWorkloads {

	private static final int SPECTRA = 2000;
	private static final int POINTS = 100;

	private ManifoldWorkloads() {
	}

	/**
	 * mds-fit: classical MDS of the spectra's Euclidean distances to 2-D. The peer forms the 2000 x 2000 double-centred
	 * matrix and decomposes it fully; {@link ClassicalMds#fit} gets the same map from the 100 x 100 Gram matrix of
	 * the centred spectra.
	 */
	static BenchWorkload mdsFit() {
		double[][] spectra = uniform();
		return new BenchWorkload(1, "fits/s", () -> ClassicalMds.fit(spectra, 2));
	}

	/** isomap-fit: Isomap with 10 neighbours to 2-D, as scikit-learn's Isomap(n_neighbors=10, n_components=2). */
	static BenchWorkload isomapFit() {
		double[][] spectra = uniform();
		return new BenchWorkload(1, "fits/s", () -> Isomap.fit(spectra, 10, 2, Distance.EUCLIDEAN));
	}

	private static double[][] uniform() {
		Random random = new Random(7);
		double[][] spectra = new double[SPECTRA][POINTS];
		for (double[] spectrum : spectra) {
			for (int i = 0; i < POINTS; i++) {
				spectrum[i] = random.nextDouble();
			}
		}
		return spectra;
	}
}
