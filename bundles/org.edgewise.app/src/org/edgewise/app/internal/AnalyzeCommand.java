package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edgewise.analysis.NormalizationMaps;
import org.edgewise.analysis.SpectrumAnalysisService;
import org.edgewise.io.NexusResultWriter;
import org.edgewise.io.ProcessInfo;
import org.edgewise.io.ResultMap;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code analyze FILE... [--out DIR]}: the main job. Reads every spectrum of each file, runs the analysis
 * service over it and writes the result maps as NeXus (NXprocess + NXdata) next to the input or into
 * {@code DIR}, then prints a summary table.
 */
final class AnalyzeCommand implements Command {

	static final String RESULT_SUFFIX = "_edgewise.nxs";

	@Override
	public String name() {
		return "analyze";
	}

	@Override
	public String usage() {
		return "analyze FILE... [--out DIR] "
				+ InputSpectra.SIGNAL_USAGE + "  analyse every spectrum, write NeXus results, print a summary";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("--out", InputSpectra.SIGNAL_OPTION));
		List<Path> inputs = arguments.inputFiles();
		Path outDir = arguments.option("--out") == null ? null : Path.of(arguments.option("--out")).toAbsolutePath();
		if (outDir != null) {
			Files.createDirectories(outDir);
		}
		SpectrumAnalysisService service = ServiceLookup.get(SpectrumAnalysisService.class);
		NormalizationSettings settings = new NormalizationSettings();
		SummaryTable table = new SummaryTable();
		int failedSpectra = 0;
		for (Path input : inputs) {
			SpectrumSet set = InputSpectra.read(input, arguments.option(InputSpectra.SIGNAL_OPTION));
			NormalizationMaps maps = service.normalize(set, settings, new ConsoleProgressMonitor(out));
			Path output = (outDir != null ? outDir : input.getParent())
					.resolve(OutputNames.withSuffix(input, RESULT_SUFFIX));
			NexusResultWriter.write(output, set, process(input, settings),
					List.of(new ResultMap("e0", "eV", maps.e0()), new ResultMap("edge_step", "", maps.edgeStep())));
			table.add(input, maps, output);
			failedSpectra += maps.failures().size();
			maps.failures().stream().limit(5).forEach(f -> out.println("  not normalised: " + f.problem()));
		}
		table.print(out);
		return failedSpectra == 0 ? 0 : 1;
	}

	private static ProcessInfo process(Path input, NormalizationSettings settings) {
		String version = FrameworkUtil.getBundle(AnalyzeCommand.class).getVersion().toString();
		String date = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		return new ProcessInfo("Edgewise", version, date, Map.of("input", input.toString(), "steps",
				"edge-step normalisation (Larch pre_edge)", "normalization", settings.toString()));
	}
}
