package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.io.PoscarReader;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.preparation.Preparation;
import org.edgewise.spectrum.preparation.Recipes;
import org.edgewise.spectrum.simulation.Coordination;
import org.edgewise.spectrum.simulation.KEdgeModel;
import org.edgewise.spectrum.simulation.SimulatedKEdge;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;

/**
 * {@code bench [WORKLOAD...]}: prints {@code <workload> <value> <unit>} lines with the workload names and
 * shapes of shared/peers/peer_bench.py, so that the two can be compared as a ratio in one run, plus the
 * preparation and structure workloads of their issues. Only the workloads whose engine exists are offered; asking
 * for another is an error, not a zero. Each figure is the best of three runs after a warm-up of at least
 * {@value #WARM_UP_SECONDS} s, so that the figure is HotSpot's compiled code, as the peers' is their compiled
 * libraries: the preparation workload, many small methods, needs about seven runs (2.5 s) to get there.
 */
final class BenchCommand implements Command {

	/** Where the shared test data is (the descriptor workloads read the Li3FeO3.5 cell from it). */
	static final String SHARED_DATA_PROPERTY = "edgewise.shared.data";

	/** Runs before the timed ones until this much time has passed; one at least. */
	private static final double WARM_UP_SECONDS = 3;

	private final Map<String, Callable<BenchWorkload>> workloads = new LinkedHashMap<>();

	BenchCommand() {
		workloads.put("prepare", BenchCommand::prepare);
		workloads.put("mlp-train", NetworkWorkloads::mlpTrain);
		workloads.put("mlp-infer", NetworkWorkloads::mlpInfer);
		workloads.put("cnn-train", CnnWorkloads::cnnTrain);
		workloads.put("cnn-infer", CnnWorkloads::cnnInfer);
		workloads.put("ffnn-train", NetworkWorkloads::ffnnTrain);
		workloads.put("ridge-fit", LinearWorkloads::ridgeFit);
		workloads.put("pca-fit", LinearWorkloads::pcaFit);
		workloads.put("nmf-fit", LinearWorkloads::nmfFit);
		workloads.put("mds-fit", ManifoldWorkloads::mdsFit);
		workloads.put("isomap-fit", ManifoldWorkloads::isomapFit);
		workloads.put("h5-read", IoWorkloads::h5Read);
		workloads.put("neighbours", BenchCommand::neighbours);
		workloads.put("soap", () -> descriptor("soap-gto"));
		workloads.put("acsf", () -> descriptor("acsf"));
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return "bench [WORKLOAD...]        benchmarks as '<workload> <value> <unit>' (available: "
				+ String.join(", ", workloads.keySet()) + ")";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		List<String> names = args.isEmpty() ? new ArrayList<>(workloads.keySet()) : args;
		for (String name : names) {
			if (!workloads.containsKey(name)) {
				throw new UsageException("workload '" + name + "' is not implemented yet; available: "
						+ String.join(", ", workloads.keySet()));
			}
		}
		for (String name : names) {
			BenchWorkload workload = workloads.get(name).call();
			warmUp(workload.body());
			double best = Double.POSITIVE_INFINITY;
			for (int i = 0; i < 3; i++) {
				long start = System.nanoTime();
				workload.body().run();
				best = Math.min(best, (System.nanoTime() - start) * 1e-9);
			}
			out.printf(Locale.ROOT, "%s %.4g %s%n", name, workload.units() / best, workload.unit());
		}
		return 0;
	}

	private static void warmUp(Runnable body) {
		long start = System.nanoTime();
		do {
			body.run();
		} while ((System.nanoTime() - start) * 1e-9 < WARM_UP_SECONDS);
	}

	/**
	 * The Carbone et al. recipe (normalise, spline onto 100 points around E0) on 2000 raw simulated 500-point
	 * K-edge spectra of varied edge energy, coordination and noise.
	 */
	private static BenchWorkload prepare() {
		Random random = new Random(3);
		Coordination[] kinds = Coordination.values();
		double[] energies = new double[500];
		for (int e = 0; e < energies.length; e++) {
			energies[e] = 8880 + 0.8 * e;
		}
		EnergyAxis axis = EnergyAxis.of(energies);
		List<Spectrum> raw = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			KEdgeModel model = new KEdgeModel(8975 + 10 * random.nextDouble(), 0.5 + random.nextDouble(),
					kinds[i % kinds.length], 1.9 + 0.3 * random.nextDouble());
			raw.add(new SimulatedKEdge(model).spectrum(axis, 0.003, random, "simulated " + i));
		}
		Preparation recipe = Recipes.carboneKEdge();
		return new BenchWorkload(raw.size(), "spectra/s", () -> recipe.applyAll(raw));
	}

	/** Periodic neighbour list of the 9826-atom cell within the descriptors' 6 Å cut-off. */
	private static BenchWorkload neighbours() {
		Structure cell = BenchStructures.largeSiliconMonoxide();
		return new BenchWorkload(cell.size(), "atoms/s", () -> NeighbourList.build(cell, BenchStructures.CUTOFF));
	}

	/** A registered descriptor with its default settings over all O sites of the 105-atom Li3FeO3.5 cell. */
	private static BenchWorkload descriptor(String id) throws Exception {
		DescriptorProvider provider = ServiceLookup.all(DescriptorProvider.class).stream()
				.filter(p -> p.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalStateException("descriptor " + id + " is not registered"));
		Structure cell = PoscarReader.read(sharedFile("oxygen-k-li3feo3.5/POSCAR_0k"));
		int[] oxygens = IntStream.range(0, cell.size()).filter(i -> cell.species(i).equals("O")).toArray();
		SortedSet<String> species = new TreeSet<>(cell.species());
		return new BenchWorkload(oxygens.length, "sites/s", () -> provider.compute(cell, oxygens, species));
	}

	private static Path sharedFile(String relative) {
		String root = System.getProperty(SHARED_DATA_PROPERTY, System.getenv("EDGEWISE_SHARED_DATA"));
		Path file = root == null ? null : Path.of(root, relative);
		if (file == null || !Files.isRegularFile(file)) {
			throw new IllegalStateException("this workload reads " + relative + " from the shared data; set "
					+ "EDGEWISE_SHARED_DATA to the shared/data folder (now: " + root + ")");
		}
		return file;
	}
}
