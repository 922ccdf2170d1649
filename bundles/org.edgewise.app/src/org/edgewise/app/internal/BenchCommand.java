package org.edgewise.app.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.edgewise.learn.Pca;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;

/**
 * {@code bench [WORKLOAD...]}: prints {@code <workload> <value> <unit>} lines with the workload names and
 * shapes of shared/peers/peer_bench.py, so that the two can be compared as a ratio in one run. Only the
 * workloads whose engine exists are offered; asking for another is an error, not a zero.
 */
final class BenchCommand implements Command {

	/** One timed workload: returns the seconds one run took. */
	private interface Workload {
		double runOnce();
	}

	/** A workload's factory (which makes its data, so nothing is allocated until it is asked for) and unit. */
	private record Entry(Supplier<Workload> factory, String unit, double unitsPerRun) {
	}

	private final Map<String, Entry> workloads = new LinkedHashMap<>();

	BenchCommand() {
		workloads.put("pca-fit", new Entry(BenchCommand::pcaFit, "fits/s", 1));
		workloads.put("neighbours", new Entry(BenchCommand::neighbours, "atoms/s", BenchStructures.LARGE_ATOMS));
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
	public int run(List<String> args, PrintStream out) throws UsageException {
		List<String> names = args.isEmpty() ? new ArrayList<>(workloads.keySet()) : args;
		for (String name : names) {
			if (!workloads.containsKey(name)) {
				throw new UsageException("workload '" + name + "' is not implemented yet; available: "
						+ String.join(", ", workloads.keySet()));
			}
		}
		for (String name : names) {
			Entry entry = workloads.get(name);
			Workload workload = entry.factory().get();
			workload.runOnce(); // warm-up: class loading and JIT
			double best = Double.POSITIVE_INFINITY;
			for (int i = 0; i < 3; i++) {
				best = Math.min(best, workload.runOnce());
			}
			out.printf(Locale.ROOT, "%s %.4g %s%n", name, entry.unitsPerRun() / best, entry.unit());
		}
		return 0;
	}

	/** PCA of 5000 x 401 to 10 components, as the peer's scikit-learn PCA (full SVD). */
	private static Workload pcaFit() {
		double[][] x = uniform(5000, 401, 7);
		return () -> {
			long start = System.nanoTime();
			Pca.fit(x, 10);
			return (System.nanoTime() - start) * 1e-9;
		};
	}

	/** Periodic neighbour list of the 9826-atom cell within the descriptors' 6 Å cut-off. */
	private static Workload neighbours() {
		Structure cell = BenchStructures.largeSiliconMonoxide();
		return () -> {
			long start = System.nanoTime();
			NeighbourList.build(cell, BenchStructures.CUTOFF);
			return (System.nanoTime() - start) * 1e-9;
		};
	}

	private static double[][] uniform(int rows, int columns, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[rows][columns];
		for (double[] row : x) {
			for (int j = 0; j < columns; j++) {
				row[j] = random.nextDouble();
			}
		}
		return x;
	}
}
