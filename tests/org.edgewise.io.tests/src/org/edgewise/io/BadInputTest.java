package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.jhdf.AbstractNode;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.WritableGroup;
import io.jhdf.object.message.SymbolTableMessage;

/**
 * Every kind of bad input the issue lists, read through {@link SpectrumFiles#read(Path)}: each must give a
 * {@link SpectrumFileException} whose message names the file, the place inside it (an HDF5 path, a line or
 * column, a JSON field) where there is one, and the problem. Each case is made in a temporary folder, from
 * scratch or as a damaged copy of a real file of shared/data (cu.xmu and the Athena project are xraylarch
 * examples, MIT; the GDA scan is a DawnScience/scisoft-core test file, EPL).
 * <p>
 * Damaged HDF5 files are made by overwriting the structure jhdf reads to list a group's members: the object
 * header of a group written by jhdf (which keeps the group's links in it), and the object header, B-tree
 * (signature TREE) and name heap (signature HEAP) of a group written by the HDF5 library, found through jhdf.
 */
class BadInputTest {

	private static final Path CU_XMU = SharedData.file("larch/xafsdata/cu.xmu");
	private static final Path FE_PROJECT = SharedData.file("larch/Fe-K-ALS-10.3.2.prj");
	/** The GDA scan's NXdata group of I0 and It. */
	private static final String COUNTER_TIMER = "/entry1/counterTimer01";

	@TempDir
	Path dir;

	/** Makes a bad file in the given folder. */
	@FunctionalInterface
	private interface Maker {
		Path make(Path dir) throws IOException;
	}

	/**
	 * One bad input: how it is made, and what the error must say.
	 *
	 * @param pathInFile the place the error must name, or null where the whole file is at fault
	 * @param problem    words the problem must contain
	 */
	private record BadCase(String name, Maker maker, String pathInFile, String problem) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<BadCase> cases() {
		return Stream.of(
				new BadCase("empty file", dir -> Files.createFile(dir.resolve("empty.xmu")), null, "file is empty"),
				new BadCase("binary file with a text extension", BadInputTest::gzippedText, null,
						"unknown format: binary content"),
				new BadCase("truncated HDF5", dir -> cut(writtenMap(dir.resolve("cut.nxs")), 0.5), null,
						"the file is truncated"),
				new BadCase("HDF5 group by jhdf with a damaged object header: its parent cannot list it",
						BadInputTest::damagedObjectHeader, "/entry", "cannot read the group's members"),
				new BadCase("HDF5 group by the HDF5 library with a damaged B-tree",
						dir -> damagedGdaGroup(dir, group -> symbolTable(group).getBTreeAddress(), "TREE"),
						COUNTER_TIMER, "cannot read the group's members"),
				new BadCase("HDF5 group by the HDF5 library with a damaged name heap",
						dir -> damagedGdaGroup(dir, group -> symbolTable(group).getLocalHeapAddress(), "HEAP"),
						COUNTER_TIMER, "cannot read the group's members"),
				// jhdf reads such a header only for the group's attributes; version 1 has no signature but a
				// version byte
				new BadCase("HDF5 group by the HDF5 library with a damaged object header",
						dir -> damagedGdaGroup(dir, Group::getAddress, "\u0001"), COUNTER_TIMER,
						"cannot read attribute @NX_class"),
				new BadCase("signal dataset that does not exist",
						dir -> nexus(dir.resolve("signal.nxs"), "counts", new String[] { "energy" },
								Map.of("energy", new double[] { 1, 2, 3 }, "data", new double[] { 4, 5, 6 })),
						"/entry/data/counts", "does not exist"),
				new BadCase("map with a missing axis",
						dir -> nexus(dir.resolve("axisless.nxs"), "data", new String[] { "x", "energy" },
								Map.of("energy", new double[] { 1, 2, 3 }, "data", new double[][] { { 4, 5, 6 },
										{ 7, 8, 9 } })),
						"/entry/data/x", "axis named in @axes of /entry/data does not exist"),
				new BadCase("NaN in an HDF5 spectrum",
						dir -> nexus(dir.resolve("nan.nxs"), "data", new String[] { "energy" },
								Map.of("energy", new double[] { 1, 2, 3 }, "data", new double[] { 4, Double.NaN, 6 })),
						"/entry/data/data", "spectrum 1 of 1, energy point 2 of 3 (2 eV), is not finite: NaN"),
				new BadCase("infinite HDF5 energy",
						dir -> nexus(dir.resolve("inf.nxs"), "data", new String[] { "energy" }, Map.of("energy",
								new double[] { 1, Double.POSITIVE_INFINITY, 3 }, "data", new double[] { 4, 5, 6 })),
						"/entry/data/energy", "not finite"),
				new BadCase("HDF5 energies not monotonic",
						dir -> nexus(dir.resolve("zigzag.nxs"), "data", new String[] { "energy" },
								Map.of("energy", new double[] { 10, 11, 12, 13, 10.5, 11.5 }, "data", new double[6])),
						"/entry/data/energy", "not monotonic"),
				new BadCase("NaN in a column file", dir -> replacedInCuXmu(dir, "nan.xmu", ".9949864E+00", "nan"),
						"line 19", "non-finite value 'nan' in column 2"),
				new BadCase("infinity in a column file", dir -> replacedInCuXmu(dir, "inf.xmu", ".9949864E+00", "-inf"),
						"line 19", "non-finite value '-inf' in column 2"),
				new BadCase("column energies not monotonic: two scans in one file", BadInputTest::twoScans, "column energy",
						"not monotonic"),
				new BadCase("truncated gzipped Athena project", dir -> cut(copy(FE_PROJECT, dir), 0.5), null,
						"gzip data is truncated"),
				new BadCase("Materials Project document with x and y of different lengths",
						dir -> Files.writeString(dir.resolve("mp.json"), """
								{"material_id": "mp-1", "spectrum": {"x": [1, 2, 3], "y": [4, 5],
								 "absorbing_element": "Cu", "edge": "K", "spectrum_type": "XANES"}}"""),
						"field 'spectrum.y'", "has 2 values but spectrum.x has 3"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void badInputNamesTheFileThePlaceAndTheProblem(BadCase bad) throws IOException {
		Path file = bad.maker().make(dir);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(file));

		assertEquals(file, e.file());
		assertEquals(bad.pathInFile(), e.pathInFile(), e.getMessage());
		assertTrue(e.problem().contains(bad.problem()), e.getMessage());
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}

	/** A gzipped copy of a text file that keeps its text name: binary content behind a text extension. */
	private static Path gzippedText(Path dir) throws IOException {
		Path file = dir.resolve("cu.txt");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			Files.copy(CU_XMU, out);
		}
		return file;
	}

	/**
	 * A NeXus file written by jhdf with the object header of /entry/data overwritten. jhdf reads the object
	 * header of every member when it lists a group, so it is /entry that cannot be read.
	 */
	private static Path damagedObjectHeader(Path dir) throws IOException {
		Path file = nexus(dir.resolve("header.nxs"), "data", new String[] { "energy" },
				Map.of("energy", new double[] { 1, 2, 3 }, "data", new double[] { 4, 5, 6 }));
		long address;
		try (HdfFile written = new HdfFile(file)) {
			address = written.getByPath("/entry/data").getAddress();
		}
		return overwritten(file, file, address, "OHDR");
	}

	/** A copy of the GDA scan with bytes of its group of I0 and It overwritten at the address {@code part} gives. */
	private static Path damagedGdaGroup(Path dir, ToLongFunction<Group> part, String expected) throws IOException {
		Path gda = NexusSpectrumReaderTest.GDA;
		long address;
		try (HdfFile file = new HdfFile(gda)) {
			address = part.applyAsLong((Group) file.getByPath(COUNTER_TIMER));
		}
		return overwritten(gda, dir.resolve("damaged-gda.nxs"), address, expected);
	}

	/** @return the symbol table of a group the HDF5 library wrote: where its B-tree and its name heap lie */
	private static SymbolTableMessage symbolTable(Group group) {
		return ((AbstractNode) group).getHeader().getMessageOfType(SymbolTableMessage.class);
	}

	/**
	 * @return {@code copy}: {@code source} with the bytes at {@code address}, which must read {@code expected},
	 *         overwritten with 'X'
	 */
	private static Path overwritten(Path source, Path copy, long address, String expected) throws IOException {
		byte[] bytes = Files.readAllBytes(source);
		int at = Math.toIntExact(address);
		assertEquals(expected, new String(bytes, at, expected.length(), StandardCharsets.ISO_8859_1), "at " + at);
		Arrays.fill(bytes, at, at + expected.length(), (byte) 'X');
		return Files.write(copy, bytes);
	}

	/** A 2 x 2 map of 3-point spectra, written by {@link NexusSpectrumWriter}. */
	private static Path writtenMap(Path file) throws IOException {
		EnergyAxis energy = EnergyAxis.of(8970, 8980, 8990);
		List<Spectrum> spectra = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			spectra.add(new Spectrum(energy, new double[] { i, i + 1, i + 2 }, "pixel " + i, SpectrumMetadata.NONE));
		}
		SpectrumSet list = SpectrumSet.of(spectra, SpectrumMetadata.NONE);
		SpectrumSet map = SpectrumSet.ofMap(energy, list.data().reshape(2, 2, 3), 2,
				List.of(DataAxis.index("y", 2), DataAxis.index("x", 2)), SpectrumMetadata.NONE);
		NexusSpectrumWriter.writeMap(file, map, "NXstxm");
		return file;
	}

	/** An NXentry "entry" with one NXdata "data" holding {@code fields}, its signal and axes as given. */
	private static Path nexus(Path file, String signal, String[] axes, Map<String, Object> fields) throws IOException {
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup entry = out.putGroup("entry");
			entry.putAttribute("NX_class", "NXentry");
			WritableGroup data = entry.putGroup("data");
			data.putAttribute("NX_class", "NXdata");
			data.putAttribute("signal", signal);
			data.putAttribute("axes", axes);
			fields.forEach(data::putDataset);
		}
		return file;
	}

	private static Path replacedInCuXmu(Path dir, String name, String value, String replacement) throws IOException {
		String text = Files.readString(CU_XMU, StandardCharsets.ISO_8859_1);
		assertTrue(text.indexOf(value) >= 0 && text.indexOf(value) == text.lastIndexOf(value), "occurs once: " + value);
		return Files.writeString(dir.resolve(name), text.replace(value, replacement), StandardCharsets.ISO_8859_1);
	}

	/** cu.xmu with its data rows twice: a second scan appended to the first. */
	private static Path twoScans(Path dir) throws IOException {
		List<String> lines = Files.readAllLines(CU_XMU, StandardCharsets.ISO_8859_1);
		List<String> doubled = new ArrayList<>(lines);
		lines.stream().filter(line -> !line.startsWith("#")).forEach(doubled::add);
		return Files.write(dir.resolve("two-scans.xmu"), doubled, StandardCharsets.ISO_8859_1);
	}

	private static Path copy(Path file, Path dir) throws IOException {
		return Files.copy(file, dir.resolve(file.getFileName()));
	}

	/** @return the file, cut to {@code fraction} of its length */
	private static Path cut(Path file, double fraction) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		return Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
	}
}
