package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.edgewise.io.NexusSpectrumWriter;

/**
 * {@code examples DIR}: writes Edgewise's simulated example data (see {@link ExampleData}) as NeXus files
 * with our own writer: an NXstxm-style map and an NXxas transmission scan. Deterministic, so running it
 * again reproduces the committed files' values.
 */
final class ExamplesCommand implements Command {

	static final String MAP_FILE = "simulated-fe-k-map.nxs";
	static final String SCAN_FILE = "simulated-fe-k-scan.nxs";

	@Override
	public String name() {
		return "examples";
	}

	@Override
	public String usage() {
		return "examples DIR                write the simulated example data (a map and a scan) into DIR";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of());
		if (arguments.positional().size() != 1) {
			throw new UsageException("give exactly one output folder");
		}
		Path dir = Path.of(arguments.positional().get(0)).toAbsolutePath();
		Files.createDirectories(dir);
		NexusSpectrumWriter.writeMap(dir.resolve(MAP_FILE), ExampleData.map(), "NXstxm");
		ExampleData.Scan scan = ExampleData.scan(new Random(ExampleData.SEED));
		NexusSpectrumWriter.writeXasScan(dir.resolve(SCAN_FILE), scan.energy(), scan.i0(), scan.it(), scan.metadata());
		out.println("wrote " + dir.resolve(MAP_FILE) + " and " + dir.resolve(SCAN_FILE));
		return 0;
	}
}
