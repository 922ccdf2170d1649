package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * Reads the real NeXus files of shared/data/nexus: an SLS STXM image stack (nexusformat/exampledata) and a
 * Diamond GDA Fe K-edge scan (DawnScience/scisoft-core test files, EPL).
 */
class NexusSpectrumReaderTest {

	static final Path STXM = SharedData.file("nexus/sls-stxm-Sample_Stack_2021-03-16_128.hdf5");
	static final Path GDA = SharedData.file("nexus/gda-FeKedge_1_15.nxs");
	static final Path NXXAS_SKELETON = SharedData.file("nexus/nxdl-skeleton-NXxas.hdf5");

	@TempDir
	Path dir;

	@Test
	void stxmStackIsAMapOfSpectraWithEnergyOnDimensionZero() throws Exception {
		SpectrumSet set = NexusSpectrumReader.read(STXM);

		assertArrayEquals(new double[] { 280.0, 284.5, 285.0, 320.0 }, set.energy().values());
		assertEquals(0, set.energyDimension());
		assertArrayEquals(new int[] { 4, 50, 50 }, set.data().getShape());
		assertArrayEquals(new int[] { 50, 50 }, set.mapShape());
		assertEquals(2500, set.size());
		assertEquals("/entry1/counter0/data", set.metadata().sourcePath());
		assertEquals(STXM.toString(), set.metadata().sourceFile());
		// the file's own counts at pixel (0, 0) and (49, 49), as h5py reads them
		assertArrayEquals(new double[] { 1080, 535, 478, 1583 }, set.spectrum(0).mu());
		assertArrayEquals(new double[] { 966, 403, 477, 1215 }, set.spectrum(2499).mu());
	}

	@Test
	void stxmMapAxesKeepTheirValuesAndUnits() throws Exception {
		List<DataAxis> axes = NexusSpectrumReader.read(STXM).mapAxes();

		assertEquals(List.of("sample_y", "sample_x"), axes.stream().map(DataAxis::name).toList());
		// the file stores UTF-8 "\u03bcm" in an ASCII-declared string
		assertEquals("\u03bcm", axes.get(0).units());
		assertEquals("\u03bcm", axes.get(1).units());
		assertEquals(50, axes.get(1).length());
		assertEquals(5189.38790224, axes.get(0).values()[0], 1e-6);
		assertEquals(-4982.26883836, axes.get(1).values()[0], 1e-6);
		assertEquals(0.5, axes.get(1).values()[1] - axes.get(1).values()[0], 1e-9);
	}

	@Test
	void gdaTransmissionScanGivesLnI0OverItEqualToTheFilesOwnLnI0It() throws Exception {
		SpectrumSet set = NexusSpectrumReader.read(GDA);

		assertEquals(1, set.size());
		assertEquals(489, set.energy().size());
		double[] energies = set.energy().values();
		for (int i = 1; i < energies.length; i++) {
			assertTrue(energies[i] > energies[i - 1], "energies ascend at " + i);
		}
		assertEquals(6912.0, energies[0], 1e-9);
		assertEquals(7962.0, energies[488], 1e-9);
		assertEquals("ln(/entry1/counterTimer01/I0 / /entry1/counterTimer01/It)", set.metadata().sourcePath());
		assertEquals("transmission", set.metadata().mode());
		double[] lnI0It;
		double[] fileEnergy;
		try (HdfFile file = new HdfFile(GDA)) {
			lnI0It = (double[]) file.getDatasetByPath("/entry1/counterTimer01/lnI0It").getData();
			fileEnergy = (double[]) file.getDatasetByPath("/entry1/FFI0/Energy").getData();
		}
		assertArrayEquals(fileEnergy, energies);
		assertArrayEquals(lnI0It, set.spectrum(0).mu(), 1e-12);
		assertEquals(-2.71647363, set.spectrum(0).mu(0), 1e-8);
	}

	@Test
	void namedSignalUsesTheOldAxisAttributeForEnergy() throws Exception {
		// the 64-channel Xspress detector: data (489, 1, 64) with signal=1, Energy with axis=1
		SpectrumSet set = NexusSpectrumReader.read(GDA, "/entry1/xspress2system/data");

		assertEquals(0, set.energyDimension());
		assertArrayEquals(new int[] { 1, 64 }, set.mapShape());
		assertEquals(489, set.energy().size());
		assertEquals("/entry1/xspress2system/data", set.metadata().sourcePath());
	}

	@Test
	void energyAxisIsFoundByNameWhereverItSitsAndKeVIsConverted() throws Exception {
		// a [y, x, E] map with energy last, in keV, scanned downwards, with one repeated energy
		Path file = dir.resolve("kev-last.nxs");
		double[][][] data = new double[2][3][4];
		for (int y = 0; y < 2; y++) {
			for (int x = 0; x < 3; x++) {
				data[y][x] = new double[] { 40 + y, 30 + x, 20, 10 };
			}
		}
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup entry = out.putGroup("entry");
			entry.putAttribute("NX_class", "NXentry");
			WritableGroup nxdata = entry.putGroup("maps");
			nxdata.putAttribute("NX_class", "NXdata");
			nxdata.putAttribute("signal", "counts");
			nxdata.putAttribute("axes", new String[] { "y", "x", "mono_energy" });
			nxdata.putDataset("counts", data);
			nxdata.putDataset("mono_energy", new double[] { 8.002, 8.001, 8.001, 8.000 })
					.putAttribute("units", "keV");
			nxdata.putDataset("y", new double[] { 0, 1 });
			nxdata.putDataset("x", new double[] { 0, 1, 2 });
		}

		SpectrumSet set = NexusSpectrumReader.read(file);

		assertEquals(2, set.energyDimension());
		assertArrayEquals(new double[] { 8000, 8001, 8002 }, set.energy().values(), 1e-9);
		assertArrayEquals(new int[] { 2, 3 }, set.mapShape());
		// sorted ascending; 8001 eV was measured twice (30 + x and 20): their mean
		assertArrayEquals(new double[] { 10, 25, 40 }, set.spectrum(0).mu(), 1e-12);
		assertArrayEquals(new double[] { 10, 25.5, 41 }, set.spectrum(4).mu(), 1e-12);
		assertNull(set.mapAxes().get(0).units());
	}

	@Test
	void missingDatasetPathNamesFileAndPath() {
		SpectrumFileException e = assertThrows(SpectrumFileException.class,
				() -> NexusSpectrumReader.read(GDA, "/entry1/counter0/data"));

		assertEquals(GDA, e.file());
		assertEquals("/entry1/counter0/data", e.pathInFile());
		assertEquals("dataset does not exist", e.problem());
		assertTrue(e.getMessage().endsWith("gda-FeKedge_1_15.nxs:/entry1/counter0/data: dataset does not exist"),
				e.getMessage());
	}

	@Test
	void theReaderItselfRefusesNaNInAMapNamingThePixelAndTheEnergy() throws Exception {
		// a 2 x 3 map of 4-point spectra, mu = 1 everywhere but at pixel (1, 2) and 7003 eV
		double[][][] counts = new double[2][3][4];
		for (double[][] row : counts) {
			for (double[] spectrum : row) {
				Arrays.fill(spectrum, 1);
			}
		}
		counts[1][2][3] = Double.NaN;
		Path file = dir.resolve("nan-pixel.nxs");
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup data = nxdata(out, "map");
			data.putAttribute("signal", "counts");
			data.putAttribute("axes", new String[] { ".", ".", "energy" });
			data.putDataset("counts", counts);
			data.putDataset("energy", new double[] { 7000, 7001, 7002, 7003 });
		}

		SpectrumFileException byTheRules = assertThrows(SpectrumFileException.class,
				() -> NexusSpectrumReader.read(file));
		SpectrumFileException byName = assertThrows(SpectrumFileException.class,
				() -> NexusSpectrumReader.read(file, "/entry/map/counts"));

		for (SpectrumFileException e : List.of(byTheRules, byName)) {
			assertEquals(file, e.file());
			assertEquals("/entry/map/counts", e.pathInFile());
			assertEquals("value of spectrum 6 of 6 (map position [1, 2]), energy point 4 of 4 (7003 eV), is not"
					+ " finite: NaN", e.problem());
		}
	}

	@Test
	void anInfiniteI0MakesAnInfiniteMuThatTheReaderRefuses() throws Exception {
		Path file = dir.resolve("infinite-i0.nxs");
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup scan = nxdata(out, "scan");
			scan.putAttribute("axes", new String[] { "energy" });
			scan.putDataset("energy", new double[] { 7000, 7001, 7002 });
			scan.putDataset("I0", new double[] { 1e5, Double.POSITIVE_INFINITY, 1e5 });
			scan.putDataset("It", new double[] { 5e4, 5e4, 5e4 });
		}

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> NexusSpectrumReader.read(file));

		// mu is computed from two fields: the formula names both
		assertEquals("ln(/entry/scan/I0 / /entry/scan/It)", e.pathInFile());
		assertEquals("value of spectrum 1 of 1, energy point 2 of 3 (7001 eV), is not finite: Infinity",
				e.problem());
	}

	@Test
	void skeletonWithPlaceholderValuesIsRefusedWithTheEnergyPath() {
		// NXxas layout with scalar placeholders instead of a scan
		SpectrumFileException e = assertThrows(SpectrumFileException.class,
				() -> NexusSpectrumReader.read(NXXAS_SKELETON));

		assertEquals("/entry/instrument/monochromator/energy", e.pathInFile());
		assertTrue(e.problem().contains("at least 2 points"), e.problem());
	}

	@Test
	void truncatedFileNamesTheFile() throws Exception {
		byte[] all = Files.readAllBytes(STXM);
		Path truncated = dir.resolve("stxm-truncated.hdf5");
		Files.write(truncated, Arrays.copyOf(all, all.length / 2));

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> NexusSpectrumReader.read(truncated));

		assertEquals(truncated, e.file());
		assertTrue(e.getMessage().contains("stxm-truncated.hdf5"), e.getMessage());
	}

	@Test
	void textFileIsNotHdf5() {
		SpectrumFileException e = assertThrows(SpectrumFileException.class,
				() -> NexusSpectrumReader.read(SharedData.file("larch/xafsdata/cu.xmu")));

		assertEquals("not an HDF5 file (no HDF5 signature found)", e.problem());
	}

	/** @return a new NXdata group {@code name} in a new NXentry "entry" */
	private static WritableGroup nxdata(WritableHdfFile out, String name) {
		WritableGroup entry = out.putGroup("entry");
		entry.putAttribute("NX_class", "NXentry");
		WritableGroup data = entry.putGroup(name);
		data.putAttribute("NX_class", "NXdata");
		return data;
	}
}
