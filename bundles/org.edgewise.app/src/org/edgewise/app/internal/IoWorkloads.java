package org.edgewise.app.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.edgewise.io.NexusMap;
import org.edgewise.io.SpectrumTile;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * The file-reading workload of shared/peers/peer_bench.py, h5-read: a 512 x 512 x 100 float32 map chunked
 * 64 x 64 x 100 with gzip level 4, read spectrum by spectrum in 64 x 64 tiles.
 */
final class IoWorkloads {

	private static final int SIDE = 512;
	private static final int ENERGIES = 100;
	private static final int TILE = 64;
	private static final int GZIP_LEVEL = 4;

	private IoWorkloads() {
	}

	/**
	 * h5-read. The map is written once, with jhdf, as the signal {@code /entry/data/data} [y, x, E] of a NeXus
	 * file in the temporary folder (deleted when the JVM exits), uniform random values in [0, 1) as the peer
	 * writes. Each timed call opens it with {@link NexusMap}, reads every 64 x 64 tile on both cores and
	 * closes it.
	 *
	 * @throws IOException if the file cannot be written
	 */
	static BenchWorkload h5Read() throws IOException {
		Path file = Files.createTempFile("edgewise-h5-read", ".nxs");
		file.toFile().deleteOnExit();
		writeMap(file);
		return new BenchWorkload(SIDE * SIDE, "spectra/s", () -> readTiles(file));
	}

	private static void writeMap(Path file) {
		SplittableRandom random = new SplittableRandom(7);
		float[][][] values = new float[SIDE][SIDE][ENERGIES];
		for (float[][] row : values) {
			for (float[] spectrum : row) {
				for (int e = 0; e < ENERGIES; e++) {
					spectrum[e] = random.nextFloat();
				}
			}
		}
		double[] energies = new double[ENERGIES];
		double[] positions = new double[SIDE];
		for (int e = 0; e < ENERGIES; e++) {
			energies[e] = 8950 + e;
		}
		for (int i = 0; i < SIDE; i++) {
			positions[i] = i;
		}
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup entry = out.putGroup("entry");
			entry.putAttribute("NX_class", "NXentry");
			WritableGroup data = entry.putGroup("data");
			data.putAttribute("NX_class", "NXdata");
			data.putAttribute("signal", "data");
			data.putAttribute("axes", new String[] { "y", "x", "energy" });
			data.putDataset("data", values, DatasetCreationOptions.builder().chunkDimensions(TILE, TILE, ENERGIES)
					.deflate(GZIP_LEVEL).build());
			data.putDataset("energy", energies).putAttribute("units", "eV");
			data.putDataset("y", positions);
			data.putDataset("x", positions);
		}
	}

	private static void readTiles(Path file) {
		try (NexusMap map = NexusMap.open(file)) {
			long spectra = map.tiles(TILE, TILE).parallel().mapToInt(SpectrumTile::size).sum();
			if (spectra != SIDE * SIDE) {
				throw new IllegalStateException("read " + spectra + " spectra of " + SIDE * SIDE);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
