package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.edgewise.io.NexusSpectrumWriter;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationResult;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * {@code normalize FILE... [--json]}: Larch-style edge-step normalisation of every spectrum, printing the
 * parameters used (E0, edge step, pre-edge and normalisation ranges, post-edge order) per spectrum; with
 * {@code --out DIR} also writes the flattened spectra ({@code DIR/<name>_normalised.nxs}, NaN where a
 * spectrum could not be normalised). A spectrum that cannot be normalised is a row with its error (an
 * "error" field in JSON) and makes the exit code 1; the others are still normalised.
 */
final class NormalizeCommand implements Command {

	@Override
	public String name() {
		return "normalize";
	}

	@Override
	public String usage() {
		return "normalize FILE... [--json] [--out DIR] "
				+ InputSpectra.SIGNAL_USAGE + "  E0, edge step and ranges of every spectrum (Larch pre_edge);"
				+ " with --out the flattened spectra as NeXus";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("--json"), Set.of("--out", InputSpectra.SIGNAL_OPTION));
		boolean json = arguments.flag("--json");
		List<Path> files = arguments.inputFiles();
		Path outDir = arguments.option("--out") == null ? null : Path.of(arguments.option("--out")).toAbsolutePath();
		if (outDir != null) {
			Files.createDirectories(outDir);
		}
		EdgeStepNormalization normalization = new EdgeStepNormalization(new NormalizationSettings());
		int failures = 0;
		if (json) {
			out.println("[");
		} else {
			out.printf(Locale.ROOT, "%-28s %-14s %10s %10s %8s %8s %7s %9s %5s%n", "file", "spectrum", "e0/eV",
					"edge_step", "pre1", "pre2", "norm1", "norm2", "nnorm");
		}
		boolean first = true;
		for (Path file : files) {
			SpectrumSet set = InputSpectra.read(file, arguments.option(InputSpectra.SIGNAL_OPTION));
			double[][] flattened = new double[set.size()][];
			for (int i = 0; i < set.size(); i++) {
				Spectrum spectrum = set.spectrum(i);
				String name = file.getFileName().toString();
				if (json) {
					out.print(first ? "  " : ",\n  ");
				}
				first = false;
				try {
					NormalizationResult r = normalization.apply(spectrum);
					flattened[i] = r.flat();
					if (json) {
						out.print(toJson(name, spectrum.label(), r));
					} else {
						out.printf(Locale.ROOT, "%-28s %-14s %10.3f %10.5g %8.2f %8.2f %7.2f %9.2f %5d%n", name,
								spectrum.label(), r.e0(), r.edgeStep(), r.pre1(), r.pre2(), r.norm1(), r.norm2(), r.nnorm());
					}
				} catch (PreparationException e) {
					// in the table, in the file's order, so a failed spectrum is not lost among the others
					flattened[i] = new double[set.energy().size()];
					Arrays.fill(flattened[i], Double.NaN);
					failures++;
					if (json) {
						out.printf("{\"file\": %s, \"spectrum\": %s, \"error\": %s}", JsonText.quote(name),
								JsonText.quote(spectrum.label()), JsonText.quote(e.getMessage()));
					} else {
						out.printf(Locale.ROOT, "%-28s %-14s error: %s%n", name, spectrum.label(), e.getMessage());
					}
				}
			}
			if (outDir != null) {
				NexusSpectrumWriter.writeMap(outDir.resolve(OutputNames.withSuffix(file, "_normalised.nxs")),
						set.withSpectra(flattened), "NXdata");
			}
		}
		if (json) {
			out.println("\n]");
		}
		return failures == 0 ? 0 : 1;
	}

	private static String toJson(String file, String label, NormalizationResult r) {
		return String.format(Locale.ROOT,
				"{\"file\": %s, \"spectrum\": %s, \"e0\": %s, \"edge_step\": %s, \"pre1\": %s, \"pre2\": %s,"
						+ " \"norm1\": %s, \"norm2\": %s, \"nnorm\": %d, \"nvict\": %d}",
				JsonText.quote(file), JsonText.quote(label), JsonText.number(r.e0()), JsonText.number(r.edgeStep()),
				JsonText.number(r.pre1()), JsonText.number(r.pre2()), JsonText.number(r.norm1()),
				JsonText.number(r.norm2()), r.nnorm(), r.nvict());
	}
}
