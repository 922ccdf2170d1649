package org.edgewise.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.edgewise.io.AthenaGroupSummary;
import org.edgewise.io.AthenaNormalization;
import org.edgewise.io.AthenaProjectReader;
import org.edgewise.io.BeamlineColumnReader;
import org.edgewise.io.ColumnBlock;
import org.edgewise.io.NexusCandidate;
import org.edgewise.io.NexusSpectrumReader;
import org.edgewise.io.SpectrumFileException;
import org.edgewise.io.SpectrumFiles;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/**
 * {@code inspect FILE... [--json]}: what Edgewise finds in each file (format, spectra and map shape, energy
 * range, element and edge, the dataset or columns mu came from and how), or why it cannot read it, for a
 * NeXus file every candidate it could read spectra from (path, shape, axes, energy dimension), and for an
 * Athena project every group (label, points, energy range, Athena's E0 and ranges), and for a column file of
 * several numeric blocks (SPEC scans) every block. This is how a user finds which dataset, group or block to
 * analyse ({@code --signal}). Exit code 1 when any file failed.
 */
final class InspectCommand implements Command {

	@Override
	public String name() {
		return "inspect";
	}

	@Override
	public String usage() {
		return "inspect FILE... [--json]   what each file holds (format, spectra, energies, element, source)"
				+ " or why it cannot be read";
	}

	/**
	 * What was found in one file, or the error, with the NeXus candidates, the Athena groups and the blocks of a
	 * column file that has several (none for other formats).
	 */
	private record Finding(Path file, String format, SpectrumSet spectra, String error,
			List<NexusCandidate> candidates, List<AthenaGroupSummary> groups, List<ColumnBlock> blocks) {
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("--json"), Set.of());
		List<Finding> findings = new ArrayList<>();
		for (Path file : arguments.inputFiles()) {
			findings.add(inspect(file));
		}
		if (arguments.flag("--json")) {
			printJson(findings, out);
		} else {
			findings.forEach(f -> printText(f, out));
		}
		return findings.stream().anyMatch(f -> f.error() != null) ? 1 : 0;
	}

	private static Finding inspect(Path file) {
		String format = null;
		List<NexusCandidate> candidates = List.of();
		List<AthenaGroupSummary> groups = List.of();
		List<ColumnBlock> blocks = List.of();
		try {
			SpectrumFiles.Format found = SpectrumFiles.formatOf(file);
			format = found.name();
			// each format's named parts, which --signal picks from
			candidates = found == SpectrumFiles.NEXUS ? candidates(file) : List.of();
			groups = found == SpectrumFiles.ATHENA_PROJECT ? athenaGroups(file) : List.of();
			blocks = found == SpectrumFiles.BEAMLINE_COLUMNS ? columnBlocks(file) : List.of();
			return new Finding(file, format, SpectrumFiles.read(file), null, candidates, groups, blocks);
		} catch (SpectrumFileException e) {
			return new Finding(file, format, null, e.getMessage(), candidates, groups, blocks);
		}
	}

	/** @return the blocks of a column file when it has several; one block is the file itself */
	private static List<ColumnBlock> columnBlocks(Path file) {
		try {
			List<ColumnBlock> blocks = BeamlineColumnReader.blocks(file);
			return blocks.size() > 1 ? blocks : List.of();
		} catch (SpectrumFileException broken) {
			// reading it reports why
			return List.of();
		}
	}

	private static List<NexusCandidate> candidates(Path file) {
		try {
			return NexusSpectrumReader.candidates(file);
		} catch (SpectrumFileException damaged) {
			// reading it reports why
			return List.of();
		}
	}

	private static List<AthenaGroupSummary> athenaGroups(Path file) {
		try {
			return AthenaProjectReader.read(file).summaries();
		} catch (SpectrumFileException damaged) {
			// reading it reports why
			return List.of();
		}
	}

	private static void printText(Finding f, PrintStream out) {
		out.println(f.file());
		if (f.error() != null) {
			out.println("  error: " + f.error());
			f.candidates().forEach(c -> out.println("  candidate: " + c.describe()));
			f.groups().forEach(g -> out.println("  group: " + g.describe()));
			f.blocks().forEach(b -> out.println("  block: " + b.describe()));
			return;
		}
		SpectrumSet s = f.spectra();
		SpectrumMetadata m = s.metadata();
		out.println("  format:   " + f.format());
		String map = s.mapShape().length > 1 ? " (map " + Arrays.toString(s.mapShape()) + ")" : "";
		out.println("  spectra:  " + s.size() + map);
		out.printf(Locale.ROOT, "  energy:   %d points, %.2f .. %.2f eV (dimension %d of %s)%n", s.energy().size(),
				s.energy().min(), s.energy().max(), s.energyDimension(), Arrays.toString(s.data().getShape()));
		out.println("  element:  " + orDash(m.element()) + " " + orDash(m.edge()) + " edge, mode " + orDash(m.mode()));
		out.println("  mu from:  " + orDash(m.sourcePath()));
		f.candidates().forEach(c -> out.println("  candidate: " + c.describe()));
		f.groups().forEach(g -> out.println("  group: " + g.describe()));
		f.blocks().forEach(b -> out.println("  block: " + b.describe()));
	}

	private static void printJson(List<Finding> findings, PrintStream out) {
		out.println("[");
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			StringBuilder json = new StringBuilder("  {\"file\": ").append(JsonText.quote(f.file().toString()));
			if (f.format() != null) {
				json.append(", \"format\": ").append(JsonText.quote(f.format()));
			}
			if (f.error() != null) {
				json.append(", \"error\": ").append(JsonText.quote(f.error()));
			} else {
				SpectrumSet s = f.spectra();
				SpectrumMetadata m = s.metadata();
				json.append(", \"spectra\": ").append(s.size()).append(", \"shape\": ")
						.append(Arrays.toString(s.data().getShape())).append(", \"energy_dimension\": ")
						.append(s.energyDimension()).append(", \"points\": ").append(s.energy().size())
						.append(", \"energy_min\": ").append(JsonText.number(s.energy().min()))
						.append(", \"energy_max\": ").append(JsonText.number(s.energy().max()))
						.append(", \"element\": ").append(quoteOrNull(m.element())).append(", \"edge\": ")
						.append(quoteOrNull(m.edge())).append(", \"mode\": ").append(quoteOrNull(m.mode()))
						.append(", \"source\": ").append(quoteOrNull(m.sourcePath()));
			}
			if (!f.candidates().isEmpty()) {
				json.append(", \"candidates\": [")
						.append(String.join(", ", f.candidates().stream().map(InspectCommand::candidateJson).toList()))
						.append(']');
			}
			if (!f.groups().isEmpty()) {
				json.append(", \"groups\": [")
						.append(String.join(", ", f.groups().stream().map(InspectCommand::groupJson).toList()))
						.append(']');
			}
			if (!f.blocks().isEmpty()) {
				json.append(", \"blocks\": [")
						.append(String.join(", ", f.blocks().stream().map(InspectCommand::blockJson).toList()))
						.append(']');
			}
			out.println(json.append('}').append(i + 1 < findings.size() ? "," : ""));
		}
		out.println("]");
	}

	private static String candidateJson(NexusCandidate c) {
		List<String> axes = c.axes().stream().map(JsonText::quote).toList();
		return "{\"path\": " + JsonText.quote(c.path()) + ", \"kind\": "
				+ JsonText.quote(c.kind().name().toLowerCase(Locale.ROOT)) + ", \"shape\": "
				+ Arrays.toString(c.shape()) + ", \"axes\": [" + String.join(", ", axes) + "], \"energy_dimension\": "
				+ c.energyDimension() + "}";
	}

	private static String groupJson(AthenaGroupSummary g) {
		AthenaNormalization n = g.normalization();
		return "{\"record\": " + g.record() + ", \"id\": " + JsonText.quote(g.id()) + ", \"label\": "
				+ JsonText.quote(g.label()) + ", \"type\": "
				+ JsonText.quote(g.dataType().name().toLowerCase(Locale.ROOT)) + ", \"points\": " + g.points()
				+ ", \"energy_min\": " + JsonText.number(g.energyMin()) + ", \"energy_max\": "
				+ JsonText.number(g.energyMax()) + ", \"e0\": " + JsonText.number(n.e0()) + ", \"pre1\": "
				+ JsonText.number(n.pre1()) + ", \"pre2\": " + JsonText.number(n.pre2()) + ", \"nor1\": "
				+ JsonText.number(n.nor1()) + ", \"nor2\": " + JsonText.number(n.nor2()) + "}";
	}

	private static String blockJson(ColumnBlock b) {
		return "{\"name\": " + JsonText.quote(b.name()) + ", \"title\": " + quoteOrNull(b.title())
				+ ", \"first_line\": " + b.firstLine() + ", \"last_line\": " + b.lastLine() + ", \"rows\": "
				+ b.rows() + ", \"columns\": " + b.columns() + "}";
	}

	private static String orDash(String text) {
		return text == null ? "-" : text;
	}

	private static String quoteOrNull(String text) {
		return text == null ? "null" : JsonText.quote(text);
	}
}
