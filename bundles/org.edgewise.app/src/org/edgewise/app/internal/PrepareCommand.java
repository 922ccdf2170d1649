package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.edgewise.io.NexusSpectrumWriter;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.preparation.Preparation;
import org.edgewise.spectrum.preparation.Recipes;

/**
 * {@code prepare --recipe NAME FILE... --out DIR}: applies a named preparation recipe to every spectrum of
 * each file and writes the prepared model input as NeXus ({@code DIR/<name>_prepared.nxs}), same layout as
 * the input on the recipe's grid.
 */
final class PrepareCommand implements Command {

	@Override
	public String name() {
		return "prepare";
	}

	@Override
	public String usage() {
		return "prepare --recipe NAME FILE... --out DIR "
				+ InputSpectra.SIGNAL_USAGE + "  the prepared model input (recipes: "
				+ String.join(", ", Recipes.names()) + ")";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("--recipe", "--out", InputSpectra.SIGNAL_OPTION));
		List<Path> inputs = arguments.inputFiles();
		if (arguments.option("--recipe") == null || arguments.option("--out") == null) {
			throw new UsageException("give --recipe and --out");
		}
		Preparation recipe = Recipes.byName(arguments.option("--recipe"));
		Path outDir = Path.of(arguments.option("--out")).toAbsolutePath();
		Files.createDirectories(outDir);
		for (Path input : inputs) {
			SpectrumSet prepared = recipe.apply(InputSpectra.read(input, arguments.option(InputSpectra.SIGNAL_OPTION)));
			Path output = outDir.resolve(OutputNames.withSuffix(input, "_prepared.nxs"));
			NexusSpectrumWriter.writeMap(output, prepared, "NXdata");
			out.println(input.getFileName() + ": " + prepared.size() + " spectra x " + prepared.energy().size()
					+ " points (" + recipe.name() + ") -> " + output);
		}
		return 0;
	}
}
