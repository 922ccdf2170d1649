package org.edgewise.app.internal;

import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;

import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.simulation.Coordination;
import org.edgewise.spectrum.simulation.KEdgeModel;
import org.edgewise.spectrum.simulation.SimulatedKEdge;
import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;

/**
 * Edgewise's own example data: simulated Fe K-edge spectra (see {@link SimulatedKEdge}), deterministic for
 * a fixed seed.
 * <ul>
 * <li>{@link #map()}: a spectromicroscopy stack [E, y, x] of {@value #HEIGHT} x {@value #WIDTH} pixels in
 * three vertical regions, tetrahedral, square-pyramidal and octahedral Fe (left to right), whose edge
 * energy rises by 1.5 eV from one region to the next (as it does with oxidation state and coordination)
 * and whose edge step grows down the map (a thickness gradient), with noise.</li>
 * <li>{@link #scan(Random)}: one transmission scan of octahedral Fe with raw ion-chamber counts I0 and It,
 * on a usual XAFS grid out to k = 14 1/Å.</li>
 * </ul>
 */
final class ExampleData {

	static final int HEIGHT = 16;
	static final int WIDTH = 24;
	static final double FE_K_EDGE = 7112.0;
	static final long SEED = 20261123L;

	private static final Coordination[] REGIONS = { Coordination.TETRAHEDRAL, Coordination.SQUARE_PYRAMIDAL,
			Coordination.OCTAHEDRAL };
	/** Typical Fe-O distances in Å for the three geometries. */
	private static final double[] BOND_LENGTHS = { 1.87, 1.95, 2.02 };
	private static final double MAP_NOISE = 0.004;
	private static final double INCIDENT_COUNTS = 2e6;

	private ExampleData() {
	}

	/** @return the region index (0 tetrahedral, 1 square pyramidal, 2 octahedral) of pixel column {@code x} */
	static int region(int x) {
		return x * REGIONS.length / WIDTH;
	}

	/** @return the edge energy simulated at pixel column {@code x} */
	static double edgeEnergy(int x) {
		return FE_K_EDGE + 1.5 * region(x);
	}

	/** @return the edge step simulated at pixel row {@code y} */
	static double edgeStep(int y) {
		return 0.6 + 0.05 * y;
	}

	static SpectrumSet map() {
		double[] energies = mapEnergies();
		DoubleDataset mu = DatasetFactory.zeros(DoubleDataset.class, energies.length, HEIGHT, WIDTH);
		Random random = new Random(SEED);
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				KEdgeModel model = new KEdgeModel(edgeEnergy(x), edgeStep(y), REGIONS[region(x)],
						BOND_LENGTHS[region(x)]);
				double[] spectrum = new SimulatedKEdge(model).absorption(energies, MAP_NOISE, random);
				for (int e = 0; e < energies.length; e++) {
					mu.setItem(spectrum[e], e, y, x);
				}
			}
		}
		List<DataAxis> axes = List.of(micrometres("sample_y", HEIGHT), micrometres("sample_x", WIDTH));
		SpectrumMetadata metadata = new SpectrumMetadata("Fe", "K", "transmission",
				"simulated Fe oxide particle: tetrahedral | square-pyramidal | octahedral regions", null, null);
		return SpectrumSet.ofMap(EnergyAxis.of(energies), mu, 0, axes, metadata);
	}

	/** Raw counts of a transmission scan: It = I0 exp(-mu) with counting noise on both chambers. */
	record Scan(EnergyAxis energy, double[] i0, double[] it, SpectrumMetadata metadata) {
	}

	static Scan scan(Random random) {
		EnergyAxis energy = SimulatedKEdge.standardGrid(FE_K_EDGE);
		double[] mu = new SimulatedKEdge(new KEdgeModel(FE_K_EDGE + 3, 1.2, Coordination.OCTAHEDRAL, 2.02))
				.absorption(energy.values());
		double[] i0 = new double[mu.length];
		double[] it = new double[mu.length];
		for (int i = 0; i < mu.length; i++) {
			// The incident flux falls slowly across the scan, as a ring current decays.
			double incident = INCIDENT_COUNTS * (1 - 0.05 * i / mu.length);
			i0[i] = counts(incident, random);
			it[i] = counts(incident * Math.exp(-mu[i]), random);
		}
		SpectrumMetadata metadata = new SpectrumMetadata("Fe", "K", "transmission", "simulated octahedral Fe oxide",
				null, null);
		return new Scan(energy, i0, it, metadata);
	}

	/** Counting statistics: Gaussian with variance equal to the mean (Poisson at high counts). */
	private static double counts(double mean, Random random) {
		return Math.max(1, Math.rint(mean + Math.sqrt(mean) * random.nextGaussian()));
	}

	/** A map scan's energies: coarse pre-edge, 0.5 eV across the edge, coarse above. */
	private static double[] mapEnergies() {
		DoubleStream preEdge = DoubleStream.iterate(FE_K_EDGE - 110, e -> e < FE_K_EDGE - 20, e -> e + 10);
		DoubleStream edge = DoubleStream.iterate(FE_K_EDGE - 20, e -> e < FE_K_EDGE + 40, e -> e + 0.5);
		DoubleStream postEdge = DoubleStream.iterate(FE_K_EDGE + 40, e -> e <= FE_K_EDGE + 290, e -> e + 10);
		return DoubleStream.concat(DoubleStream.concat(preEdge, edge), postEdge).toArray();
	}

	private static DataAxis micrometres(String name, int length) {
		double[] values = new double[length];
		for (int i = 0; i < length; i++) {
			values[i] = 0.5 * i;
		}
		return new DataAxis(name, "um", values);
	}
}
