package org.edgewise.analysis.tests;

import java.util.List;

import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;

/**
 * A small [E, y, x] map of ideal absorption edges (arctan step of 1 eV half width on a sloping line)
 * whose edge energy and step differ by region: left half E0 = 8979 eV, right half 8984 eV; the edge
 * step grows with y. Knowing every pixel's E0 and step lets a test check the maps an analysis returns.
 */
final class SyntheticMap {

	static final int HEIGHT = 6;
	static final int WIDTH = 8;
	static final double[] ENERGIES = grid(8880, 9280, 1.0);

	private SyntheticMap() {
	}

	static double e0(int y, int x) {
		return x < WIDTH / 2 ? 8979 : 8984;
	}

	static double step(int y, int x) {
		return 0.5 + 0.25 * y;
	}

	static SpectrumSet create() {
		DoubleDataset mu = DatasetFactory.zeros(DoubleDataset.class, ENERGIES.length, HEIGHT, WIDTH);
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				for (int e = 0; e < ENERGIES.length; e++) {
					double edge = 0.5 + Math.atan((ENERGIES[e] - e0(y, x)) / 1.0) / Math.PI;
					mu.setItem(0.2 - 1e-4 * (ENERGIES[e] - 8880) + step(y, x) * edge, e, y, x);
				}
			}
		}
		return SpectrumSet.ofMap(EnergyAxis.of(ENERGIES), mu, 0,
				List.of(DataAxis.index("sample_y", HEIGHT), DataAxis.index("sample_x", WIDTH)),
				SpectrumMetadata.fromSource("synthetic", "/entry/data/data"));
	}

	private static double[] grid(double start, double stop, double step) {
		int n = (int) Math.round((stop - start) / step) + 1;
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = start + i * step;
		}
		return values;
	}
}
