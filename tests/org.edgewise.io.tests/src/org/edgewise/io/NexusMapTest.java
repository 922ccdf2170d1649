package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * Reading maps tile by tile with {@link NexusMap}: every tile agrees with the whole read of
 * {@link NexusSpectrumReader}, whatever the tile size and wherever the energy dimension sits. The real file is
 * the SLS STXM stack of shared/data/nexus (nexusformat/exampledata), which has a user block and is chunked
 * (1, 1, 50) with gzip.
 */
class NexusMapTest {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "tiles of {0} x {1}")
	@CsvSource({ "50, 50", "25, 10", "16, 16", "7, 50", "1, 3" })
	void stxmTilesEqualTheWholeReadForTilesThatDoAndDoNotDivideTheMap(int tileRows, int tileColumns)
			throws Exception {
		SpectrumSet whole = NexusSpectrumReader.read(NexusSpectrumReaderTest.STXM);

		try (NexusMap map = NexusMap.open(NexusSpectrumReaderTest.STXM)) {
			assertEquals(whole.energy(), map.energy());
			assertEquals(0, map.energyDimension());
			assertArrayEquals(new int[] { 4, 50, 50 }, map.shape());
			assertEquals(50, map.rows());
			assertEquals(50, map.columns());
			assertEquals(whole.metadata(), map.metadata());
			assertEquals(List.of("sample_y", "sample_x"), map.mapAxes().stream().map(DataAxis::name).toList());
			assertArrayEquals(whole.mapAxes().get(1).values(), map.mapAxes().get(1).values());
			assertTilesEqual(whole, map, tileRows, tileColumns);
		}
	}

	/** Every map position is in exactly one tile, with the spectrum the whole read gives at that position. */
	private static void assertTilesEqual(SpectrumSet whole, NexusMap map, int tileRows, int tileColumns) {
		int[] seen = new int[map.rows() * map.columns()];
		map.tiles(tileRows, tileColumns).forEach(tile -> {
			assertTrue(tile.rows() <= tileRows && tile.columns() <= tileColumns, tile.toString());
			for (int r = tile.row(); r < tile.row() + tile.rows(); r++) {
				for (int c = tile.column(); c < tile.column() + tile.columns(); c++) {
					int index = r * map.columns() + c;
					seen[index]++;
					assertArrayEquals(whole.spectrum(index).mu(), tile.spectrumAt(r, c), "at (" + r + ", " + c + ")");
				}
			}
		});
		for (int index = 0; index < seen.length; index++) {
			assertEquals(1, seen[index], "times spectrum " + index + " was read");
		}
	}

	@Test
	void tilesReadInParallelAreTheTilesReadInTurn() throws Exception {
		try (NexusMap map = NexusMap.open(NexusSpectrumReaderTest.STXM)) {
			List<SpectrumTile> inTurn = map.tiles(5, 5).toList();
			List<SpectrumTile> inParallel = map.tiles(5, 5).parallel().toList();

			assertEquals(100, inParallel.size());
			for (int i = 0; i < inTurn.size(); i++) {
				assertEquals(inTurn.get(i).row(), inParallel.get(i).row());
				assertEquals(inTurn.get(i).column(), inParallel.get(i).column());
				assertArrayEquals(inTurn.get(i).spectra(), inParallel.get(i).spectra());
			}
		}
	}

	@ParameterizedTest(name = "energy on dimension {0}")
	@CsvSource({ "0", "2" })
	void energyFirstAndEnergyLastMapsGiveTheSameSpectra(int energyDimension) throws Exception {
		// a 5 x 4 map of 6-point spectra whose values say where they are: 100 y + 10 x + e
		int[] shape = energyDimension == 0 ? new int[] { 6, 5, 4 } : new int[] { 5, 4, 6 };
		DoubleDataset mu = DatasetFactory.zeros(DoubleDataset.class, shape);
		for (int y = 0; y < 5; y++) {
			for (int x = 0; x < 4; x++) {
				for (int e = 0; e < 6; e++) {
					double value = 100 * y + 10 * x + e;
					if (energyDimension == 0) {
						mu.set(value, e, y, x);
					} else {
						mu.set(value, y, x, e);
					}
				}
			}
		}
		SpectrumSet set = SpectrumSet.ofMap(EnergyAxis.of(7100, 7101, 7102, 7103, 7104, 7105), mu, energyDimension,
				List.of(DataAxis.index("y", 5), DataAxis.index("x", 4)), SpectrumMetadata.NONE);
		Path file = dir.resolve("map-" + energyDimension + ".nxs");
		NexusSpectrumWriter.writeMap(file, set, "NXstxm");

		try (NexusMap map = NexusMap.open(file)) {
			assertEquals(energyDimension, map.energyDimension());
			assertEquals(5, map.rows());
			assertEquals(4, map.columns());
			SpectrumTile corner = map.readTile(3, 2, 2, 2);
			assertArrayEquals(new double[] { 420, 421, 422, 423, 424, 425 }, corner.spectrumAt(4, 2));
			assertArrayEquals(new double[] { 330, 331, 332, 333, 334, 335 }, corner.spectrumAt(3, 3));
			assertTilesEqual(set, map, 2, 3);
		}
	}

	@Test
	void chunkedFloatMapWithEnergyInTheMiddleScannedDownInKeV() throws Exception {
		// [y, E, x] float32, chunked 2 x 3 x 2 with gzip: 3 x 3 tiles cross chunk borders; 8.001 keV twice
		float[][][] values = new float[5][3][7];
		for (int y = 0; y < 5; y++) {
			for (int e = 0; e < 3; e++) {
				for (int x = 0; x < 7; x++) {
					values[y][e][x] = 100 * y + 10 * x + e;
				}
			}
		}
		Path file = dir.resolve("chunked.nxs");
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup entry = out.putGroup("entry");
			entry.putAttribute("NX_class", "NXentry");
			WritableGroup data = entry.putGroup("map");
			data.putAttribute("NX_class", "NXdata");
			data.putAttribute("signal", "counts");
			data.putAttribute("axes", new String[] { "y", "energy", "x" });
			data.putDataset("counts", values,
					DatasetCreationOptions.builder().chunkDimensions(2, 3, 2).deflate(4).build());
			data.putDataset("energy", new double[] { 8.002, 8.001, 8.001 }).putAttribute("units", "keV");
			data.putDataset("y", new double[] { 0, 1, 2, 3, 4 });
			data.putDataset("x", new double[] { 0, 1, 2, 3, 4, 5, 6 });
		}
		SpectrumSet whole = NexusSpectrumReader.read(file);

		try (NexusMap map = NexusMap.open(file)) {
			assertEquals(1, map.energyDimension());
			assertArrayEquals(new double[] { 8001, 8002 }, map.energy().values(), 1e-9);
			// at (4, 6): 8001 eV is the mean of e = 1 and e = 2, 8002 eV is e = 0
			assertArrayEquals(new double[] { 461.5, 460 }, map.readTile(4, 6, 1, 1).spectra()[0]);
			assertTilesEqual(whole, map, 3, 3);
		}
	}

	@Test
	void aNamedDetectorSignalIsAMapOfOneRow() throws Exception {
		// the GDA scan's 64-channel fluorescence detector: data (489, 1, 64), energy first
		String detector = "/entry1/xspress2system/data";
		SpectrumSet whole = NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, detector);

		try (NexusMap map = NexusMap.open(NexusSpectrumReaderTest.GDA, detector)) {
			assertEquals(1, map.rows());
			assertEquals(64, map.columns());
			assertEquals(489, map.energy().size());
			assertEquals(detector, map.metadata().sourcePath());
			assertTilesEqual(whole, map, 1, 10);
		}
	}

	@Test
	void aTransmissionScanIsNotAMap() {
		// the rules choose the GDA file's ln(I0/It) scan: one spectrum computed from two fields
		SpectrumFileException e = assertThrows(SpectrumFileException.class,
				() -> NexusMap.open(NexusSpectrumReaderTest.GDA));

		assertEquals("/entry1/counterTimer01", e.pathInFile());
		assertTrue(e.problem().contains("not a map of spectra"), e.problem());
	}

	@Test
	void tilesOutsideTheMapAreRefused() throws Exception {
		try (NexusMap map = NexusMap.open(NexusSpectrumReaderTest.STXM)) {
			IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
					() -> map.readTile(45, 0, 10, 10));
			assertTrue(outside.getMessage().contains("outside the map of 50 x 50"), outside.getMessage());
			assertThrows(IllegalArgumentException.class, () -> map.readTile(0, 0, 0, 5));
			assertThrows(IllegalArgumentException.class, () -> map.tiles(8, 0));
		}
	}
}
