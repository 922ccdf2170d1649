package org.edgewise.app.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Structure;

/**
 * {@code describe STRUCTURE --descriptor ID [--sites SPECIES] --out FILE}: computes a registered
 * descriptor for the chosen sites and writes the matrix as CSV (one row per site: index, element, then the
 * vector).
 */
final class DescribeCommand implements Command {

	@Override
	public String name() {
		return "describe";
	}

	@Override
	public String usage() {
		return "describe STRUCTURE --descriptor ID [--sites SPECIES] --out FILE.csv  descriptor matrix of the sites";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("--descriptor", "--sites", "--out"));
		List<Path> inputs = arguments.inputFiles();
		if (inputs.size() != 1 || arguments.option("--descriptor") == null || arguments.option("--out") == null) {
			throw new UsageException("give one structure file, --descriptor and --out");
		}
		List<DescriptorProvider> providers = ServiceLookup.all(DescriptorProvider.class);
		String id = arguments.option("--descriptor");
		DescriptorProvider provider = providers.stream().filter(p -> p.id().equals(id)).findFirst()
				.orElseThrow(() -> new UsageException("no descriptor '" + id + "'; registered: "
						+ providers.stream().map(DescriptorProvider::id).sorted().toList()));
		Structure structure = PoscarReader.read(inputs.get(0));
		int[] sites = SiteSelection.of(structure, arguments.option("--sites"));
		SortedSet<String> species = new TreeSet<>(structure.species());
		double[][] vectors = provider.compute(structure, sites, species);
		Path output = Path.of(arguments.option("--out")).toAbsolutePath();
		write(output, structure, sites, vectors);
		out.printf(Locale.ROOT, "%s: %d sites x %d values (%s, species %s) written to %s%n", inputs.get(0).getFileName(),
				sites.length, provider.length(species), provider.id(), species, output);
		return 0;
	}

	private static void write(Path output, Structure structure, int[] sites, double[][] vectors) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			StringBuilder header = new StringBuilder("site,element");
			int length = vectors.length == 0 ? 0 : vectors[0].length;
			for (int j = 0; j < length; j++) {
				header.append(",d").append(j);
			}
			writer.write(header.append('\n').toString());
			for (int s = 0; s < sites.length; s++) {
				StringBuilder row = new StringBuilder().append(sites[s]).append(',').append(structure.species(sites[s]));
				for (double v : vectors[s]) {
					row.append(',').append(Double.isFinite(v) ? Double.toString(v) : "nan");
				}
				writer.write(row.append('\n').toString());
			}
		}
	}
}
