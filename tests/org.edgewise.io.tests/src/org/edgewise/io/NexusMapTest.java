package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import io.jhdf.api.dataset.ChunkedDataset;

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
	void aTileHoldingANaNIsRefusedNamingThePixelAndTheEnergyWhileTheOtherTilesRead() throws Exception {
		// a 5 x 4 map of 6-point spectra, mu = 100 y + 10 x + e but NaN at pixel (3, 2) and 7104 eV
		double[][][] counts = countsThatSayWhereTheyAre();
		counts[3][2][4] = Double.NaN;
		Path file = writeMap(dir.resolve("nan-pixel.nxs"), counts, ENERGY, CONTIGUOUS);

		try (NexusMap map = NexusMap.open(file)) {
			assertEquals(8, map.readTile(0, 0, 2, 4).size());
			SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> map.readTile(2, 0, 3, 4));
			UncheckedIOException streamed = assertThrows(UncheckedIOException.class, () -> map.tiles(2, 2).toList());

			assertEquals(file, e.file());
			assertEquals("/entry/map/counts", e.pathInFile());
			assertEquals("value of the spectrum at map position [3, 2], energy point 5 of 6 (7104 eV), is not"
					+ " finite: NaN", e.problem());
			assertEquals(e.getMessage(), streamed.getCause().getMessage());
		}
	}

	@Test
	void aMapWithANaNEnergyIsRefusedWhenOpened() throws Exception {
		double[] energy = ENERGY.clone();
		energy[1] = Double.NaN;
		Path file = writeMap(dir.resolve("nan-energy.nxs"), countsThatSayWhereTheyAre(), energy, CONTIGUOUS);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> NexusMap.open(file));

		assertEquals("/entry/map/energy", e.pathInFile());
		assertEquals("energy at index 1 is not finite: NaN", e.problem());
	}

	@Test
	void aDamagedChunkFailsTheTileThatHoldsItNamingTheSignalWhileTheOtherTilesRead() throws Exception {
		// one deflated chunk per spectrum; the compressed bytes of pixel (3, 2) are overwritten
		Path file = writeMap(dir.resolve("damaged-chunk.nxs"), countsThatSayWhereTheyAre(), ENERGY,
				DatasetCreationOptions.builder().chunkDimensions(1, 1, ENERGY.length).deflate(4).build());
		String compressed;
		try (HdfFile written = new HdfFile(file)) {
			ChunkedDataset signal = (ChunkedDataset) written.getDatasetByPath("/entry/map/counts");
			ByteBuffer chunk = signal.getRawChunkBuffer(new int[] { 3, 2, 0 });
			compressed = StandardCharsets.ISO_8859_1.decode(chunk).toString();
		}
		byte[] bytes = Files.readAllBytes(file);
		int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(compressed);
		assertTrue(at > 0, "the chunk's bytes are in the file");
		// keep the two bytes of zlib header: the stream starts well and then makes no sense
		Arrays.fill(bytes, at + 2, at + compressed.length(), (byte) 0xff);
		Files.write(file, bytes);

		try (NexusMap map = NexusMap.open(file)) {
			assertArrayEquals(new double[] { 110, 111, 112, 113, 114, 115 }, map.readTile(0, 0, 2, 2).spectrumAt(1, 1));
			SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> map.readTile(2, 2, 2, 2));

			assertEquals(file, e.file());
			assertEquals("/entry/map/counts", e.pathInFile());
			assertTrue(e.problem().startsWith("cannot read values: "), e.problem());
		}
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

	private static final double[] ENERGY = { 7100, 7101, 7102, 7103, 7104, 7105 };
	private static final DatasetCreationOptions CONTIGUOUS = DatasetCreationOptions.builder().build();

	/** @return a 5 x 4 map of spectra on {@link #ENERGY} whose values say where they are: 100 y + 10 x + e */
	private static double[][][] countsThatSayWhereTheyAre() {
		double[][][] counts = new double[5][4][ENERGY.length];
		for (int y = 0; y < 5; y++) {
			for (int x = 0; x < 4; x++) {
				for (int e = 0; e < ENERGY.length; e++) {
					counts[y][x][e] = 100 * y + 10 * x + e;
				}
			}
		}
		return counts;
	}

	/** Writes the map as the signal {@code /entry/map/counts} [y, x, E] with an energy axis (eV) alone. */
	private static Path writeMap(Path file, double[][][] counts, double[] energy, DatasetCreationOptions storage) {
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup entry = out.putGroup("entry");
			entry.putAttribute("NX_class", "NXentry");
			WritableGroup data = entry.putGroup("map");
			data.putAttribute("NX_class", "NXdata");
			data.putAttribute("signal", "counts");
			data.putAttribute("axes", new String[] { ".", ".", "energy" });
			data.putDataset("counts", counts, storage);
			data.putDataset("energy", energy);
		}
		return file;
	}
}
