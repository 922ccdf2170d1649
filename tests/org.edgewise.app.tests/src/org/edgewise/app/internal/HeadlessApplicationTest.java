package org.edgewise.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgewise.io.SpectrumFiles;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless application's command lines, run inside the OSGi framework as the launcher runs them:
 * outputs, files written, exit codes and error messages.
 */
class HeadlessApplicationTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new HeadlessApplication().run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void normalizePrintsLarchsE0ForCopperAsJson() {
		int code = run("normalize", SharedData.file("larch/xafsdata/cu.xmu").toString(), "--json");
		assertEquals(0, code, err());
		Matcher e0 = Pattern.compile("\"e0\": ([0-9.]+)").matcher(out());
		assertTrue(e0.find(), out());
		// Larch's pre_edge gives e0 = 8977.58 eV for cu.xmu (shared/data/larch-reference).
		assertEquals(8977.58, Double.parseDouble(e0.group(1)), 0.05);
		assertTrue(out().contains("\"nnorm\": 2"), out());
	}

	@Test
	void normalizeWritesTheFlattenedSpectraWhenAskedTo() throws Exception {
		Path cu = SharedData.file("larch/xafsdata/cu.xmu");
		assertEquals(0, run("normalize", cu.toString(), "--out", temp.toString()), err());
		SpectrumSet flattened = SpectrumFiles.read(temp.resolve("cu_normalised.nxs"));
		assertEquals(612, flattened.energy().size());
		// Larch's flat for cu.xmu at points 50 and 600 (shared/data/larch-reference/cu_xmu_pre_edge.txt).
		assertEquals(0.005072579057148078, flattened.spectrum(0).mu(50), 1e-9);
		assertEquals(0.9935485069896435, flattened.spectrum(0).mu(600), 1e-9);
	}

	@Test
	void inspectSaysWhatEachFileHoldsOrWhyItCannotBeRead() throws Exception {
		Path stxm = SharedData.file("nexus/sls-stxm-Sample_Stack_2021-03-16_128.hdf5");
		Path cu = SharedData.file("larch/xafsdata/cu.xmu");
		Path broken = Files.writeString(temp.resolve("broken.xmu"), "# e mu\n1 2\n2 x\n");
		assertEquals(1, run("inspect", stxm.toString(), cu.toString(), broken.toString(), "--json"));
		List<String> objects = out().lines().filter(l -> l.contains("\"file\"")).toList();
		assertEquals(3, objects.size(), out());
		assertTrue(objects.get(0).contains("\"format\": \"NeXus/HDF5\"") && objects.get(0).contains("\"spectra\": 2500")
				&& objects.get(0).contains("\"points\": 4"), objects.get(0));
		// the file offers one candidate, the map it was read from
		assertTrue(objects.get(0).contains("\"candidates\": [{\"path\": \"/entry1/counter0/data\", "
				+ "\"kind\": \"signal\", \"shape\": [4, 50, 50], \"axes\": [\"energy\", \"sample_y\", "
				+ "\"sample_x\"], \"energy_dimension\": 0}]"), objects.get(0));
		assertTrue(objects.get(1).contains("\"points\": 612"), objects.get(1));
		assertTrue(objects.get(2).contains("\"error\": ") && objects.get(2).contains("line 3"), objects.get(2));
		assertEquals(0, run("inspect", cu.toString()));
	}

	@Test
	void prepareWritesTheModelInputOnTheRecipesGrid() throws Exception {
		Path cu = SharedData.file("larch/xafsdata/cu.xmu");
		assertEquals(0, run("prepare", "--recipe", "carbone-k-edge", cu.toString(), "--out", temp.toString()), err());
		SpectrumSet prepared = SpectrumFiles.read(temp.resolve("cu_prepared.nxs"));
		// Carbone et al.: 100 points at 0.5 eV around the edge, here from E0 - 10 eV.
		assertEquals(100, prepared.energy().size());
		assertEquals(0.5, prepared.energy().get(1) - prepared.energy().get(0), 1e-9);
		assertEquals(1, run("prepare", "--recipe", "no-such-recipe", cu.toString(), "--out", temp.toString()));
		assertTrue(err().contains("no-such-recipe"), err());
	}

	@Test
	void analyzeWritesOneNexusResultPerInputAndASummary() throws Exception {
		Path scan = SharedData.file("nexus/gda-FeKedge_1_15.nxs");
		int code = run("analyze", scan.toString(), "--out", temp.toString());
		assertEquals(0, code, err());
		Path result = temp.resolve("gda-FeKedge_1_15" + AnalyzeCommand.RESULT_SUFFIX);
		assertTrue(Files.size(result) > 0);
		byte[] signature = Arrays.copyOf(Files.readAllBytes(result), 8);
		assertEquals("\u0089HDF\r\n\u001a\n", new String(signature, StandardCharsets.ISO_8859_1));
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(0).startsWith("file"), out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("gda-FeKedge_1_15.nxs") && l.contains(result.toString())),
				out());
	}

	@Test
	void signalPicksOneOfTheCandidatesInspectLists() {
		// The GDA scan holds transmission counters and a 64-element fluorescence detector; by the rules the
		// commands read transmission, and --signal reads the detector, one spectrum per element. Some elements
		// of this detector show no edge: those are rows with their error, the others normalised, and the exit is 1.
		String scan = SharedData.file("nexus/gda-FeKedge_1_15.nxs").toString();
		assertEquals(1, run("normalize", scan, "--signal", "/entry1/xspress2system/data"), err());
		List<String> rows = out().lines().filter(l -> l.startsWith("gda-FeKedge_1_15.nxs")).toList();
		assertEquals(64, rows.size(), out());
		long failed = rows.stream().filter(l -> l.contains(" error: ")).count();
		assertTrue(failed > 0 && failed < 32, out());
		out.reset();
		assertEquals(1, run("normalize", scan, "--signal", "/entry1/xspress2system/data", "--json"), err());
		assertEquals(failed, out().lines().filter(l -> l.contains("\"error\": ")).count(), out());
		assertEquals(1, run("normalize", scan, "--signal", "/entry1/no-such-data"));
		assertTrue(err().contains("gda-FeKedge_1_15.nxs:/entry1/no-such-data"), err());
	}

	@Test
	void inspectListsTheGroupsOfAnAthenaProjectAndSignalReadsOne() {
		// Fe-K-ALS-10.3.2.prj (xraylarch examples, MIT): eight Fe minerals measured on eight energy grids, so the
		// project is not one set; inspect says so and lists every group, and --signal reads one by its label.
		String project = SharedData.file("larch/Fe-K-ALS-10.3.2.prj").toString();
		assertEquals(1, run("inspect", project));
		assertTrue(out().contains("is not on the energy grid of group 'Chromite'"), out());
		List<String> groups = out().lines().filter(l -> l.startsWith("  group: ")).toList();
		assertEquals(8, groups.size(), out());
		assertTrue(groups.get(7).startsWith("  group: 8 'Olivine (Fo80)' (thmyv): XMU, 378 points, 7009.35 .. "
				+ "7907.67 eV, e0 7123.86 eV"), groups.get(7));

		assertEquals(0, run("normalize", project, "--signal", "Olivine (Fo80)", "--json"), err());
		assertTrue(out().contains("\"spectrum\": \"Olivine (Fo80)\", \"e0\": "), out());
	}

	@Test
	void inspectListsTheScansOfASpecFileAndSignalReadsTheEarlierOne() {
		// ESRF_SNBL_2013.dat (xraylarch examples) holds two SPEC scans: the last is read by default, as Larch
		// does, and inspect says so and lists both; --signal "scan 1" reads the other. The file names no mu
		// rule, so every column is a spectrum and the counters without an edge fail to normalise (exit 1).
		String spec = SharedData.file("larch/xafsdata/beamlines/ESRF_SNBL_2013.dat").toString();
		assertEquals(0, run("inspect", spec), err());
		assertTrue(out().contains("mu from:  scan 2 (block 2 of 2, lines "), out());
		assertEquals(2, out().lines().filter(l -> l.startsWith("  block: scan ")).count(), out());

		out.reset();
		assertEquals(1, run("normalize", spec, "--signal", "scan 1"), err());
		assertTrue(out().lines().anyMatch(l -> l.startsWith("ESRF_SNBL_2013.dat") && l.contains(" Ion2 ")
				&& !l.contains("error")), out());
		assertTrue(out().contains(":scan 1 (block 1 of 2, lines 34-489): no absorption edge"), out());
	}

	@Test
	void aTruncatedHdf5FileIsAnErrorNamingTheFile() throws Exception {
		Path source = SharedData.file("nexus/sls-stxm-Sample_Stack_2021-03-16_128.hdf5");
		Path truncated = temp.resolve("truncated.hdf5");
		Files.write(truncated, Arrays.copyOf(Files.readAllBytes(source), 4096));
		assertEquals(1, run("analyze", truncated.toString(), "--out", temp.toString()));
		assertTrue(err().contains("truncated.hdf5"), err());
	}

	@Test
	void aNonNumericRowIsAnErrorNamingFileAndLine() throws Exception {
		Path text = temp.resolve("broken.xmu");
		Files.writeString(text, "# energy mu\n8970.0 0.10\n8971.0 0.11\n8972.0 abc\n8973.0 0.12\n");
		assertEquals(1, run("normalize", text.toString()));
		assertTrue(err().contains("broken.xmu") && err().contains("4"), err());
	}

	@Test
	void wrongArgumentsExitWithTwoAndShowTheUsage() {
		assertEquals(2, run("normalize"));
		assertTrue(err().contains("usage: normalize"), err());
		assertEquals(2, run("no-such-command"));
		assertEquals(2, run("normalize", temp.resolve("missing.xmu").toString()));
		assertTrue(err().contains("no such file"), err());
	}

	@Test
	void describeWritesOneRowPerSiteOfTheChosenElement() throws Exception {
		// Li3FeO3.5 at 0 K (mdlu/neural-networks-with-XANES-and-battery-materials): 49 O among 105 atoms.
		Path poscar = SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k");
		Path csv = temp.resolve("o-sites.csv");
		int code = run("describe", poscar.toString(), "--descriptor", "local-geometry", "--sites", "O", "--out",
				csv.toString());
		assertEquals(0, code, err());
		List<String> rows = Files.readAllLines(csv);
		assertEquals("site,element,d0,d1,d2", rows.get(0));
		assertEquals(1 + 49, rows.size());
		assertTrue(rows.stream().skip(1).allMatch(r -> r.split(",")[1].equals("O")), rows.toString());
	}

	@Test
	void geometryGivesOneJsonObjectPerSiteWhoseVoronoiVolumesFillTheCell() {
		Path poscar = SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k");
		assertEquals(0, run("geometry", poscar.toString(), "--json"), err());
		List<String> sites = out().lines().filter(l -> l.contains("\"site\"")).toList();
		assertEquals(105, sites.size());
		double total = 0;
		Matcher volume = Pattern.compile("\"voronoi_volume\": ([0-9.Ee+-]+)").matcher(out());
		while (volume.find()) {
			total += Double.parseDouble(volume.group(1));
		}
		// The cell volume of POSCAR_0k is 1016.3754 Å^3 (|a . (b x c)| of its lattice vectors).
		assertEquals(1016.3754, total, 1e-3);
		assertTrue(sites.stream().allMatch(l -> l.contains("\"polyhedron\": \"")), out());
	}

	@Test
	void geometryTableListsTheChosenElementOnly() {
		Path poscar = SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k");
		assertEquals(0, run("geometry", poscar.toString(), "--sites", "Fe"), err());
		List<String> rows = out().lines().skip(1).toList();
		assertEquals(14, rows.size());
		assertTrue(rows.stream().allMatch(r -> r.trim().split("\\s+")[1].equals("Fe")), out());
	}

	@Test
	void describeNamesTheRegisteredDescriptorsWhenAskedForAnother() {
		Path poscar = SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k");
		assertEquals(2, run("describe", poscar.toString(), "--descriptor", "no-such", "--out",
				temp.resolve("x.csv").toString()));
		assertTrue(err().contains("local-geometry"), err());
	}

	@Test
	void helpListsEveryCommand() {
		assertEquals(0, run("help"));
		for (String command : List.of("analyze", "normalize", "inspect", "prepare", "examples", "geometry", "describe", "bench", "help")) {
			assertTrue(out().contains("  " + command), command + " missing from:\n" + out());
		}
	}
}
