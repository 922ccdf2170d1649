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

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * Every kind of bad input the issue lists, read through {@link SpectrumFiles#read(Path)}: each must give a
 * {@link SpectrumFileException} whose message names the file, the place inside it (an HDF5 path, a line or
 * column, a JSON field) where there is one, and the problem. Each case is made in a temporary folder, from
 * scratch or as a damaged copy of a real file of shared/data (cu.xmu and the Athena project are xraylarch
 * examples, MIT).
 */
class BadInputTest {

	private static final Path CU_XMU = SharedData.file("larch/xafsdata/cu.xmu");
	private static final Path FE_PROJECT = SharedData.file("larch/Fe-K-ALS-10.3.2.prj");

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
				new BadCase("corrupt HDF5", BadInputTest::corruptHdf5, null, "cannot read HDF5"),
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
						"/entry/data/data", "at 2.0 eV is not finite: NaN"),
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

	/** A NeXus map written by our writer, then a run of bytes in the middle overwritten. */
	private static Path corruptHdf5(Path dir) throws IOException {
		Path file = writtenMap(dir.resolve("corrupt.nxs"));
		byte[] bytes = Files.readAllBytes(file);
		Arrays.fill(bytes, bytes.length / 4, bytes.length / 2, (byte) 0xff);
		return Files.write(file, bytes);
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
