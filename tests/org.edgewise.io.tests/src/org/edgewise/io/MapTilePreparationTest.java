package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.preparation.Preparation;
import org.edgewise.spectrum.preparation.Recipes;
import org.edgewise.spectrum.simulation.Coordination;
import org.edgewise.spectrum.simulation.KEdgeModel;
import org.edgewise.spectrum.simulation.SimulatedKEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * A map as large as the benchmark's (512 x 512 spectra of 100 points, float32, gzip chunks of 64 x 64) is
 * prepared tile by tile, never whole, and the prepared spectra equal those the recipe gives for each spectrum
 * alone: the promise that a model sees the same input whether a map or a single spectrum arrives. Every tile
 * is prepared whole; one spectrum in {@value #CHECK_EVERY} of each tile, at a different place in every tile,
 * is prepared alone and compared bit for bit (all of them would double the test's minute).
 */
class MapTilePreparationTest {

	private static final int SIDE = 512;
	private static final int TILE = 64;
	private static final int CHECK_EVERY = 16;

	@TempDir
	Path folder;

	@Test
	void aRecipeAppliedTileByTileEqualsItAppliedSpectrumBySpectrum() throws Exception {
		Path file = folder.resolve("map.nxs");
		EnergyAxis energy = writeMap(file);
		Preparation recipe = Recipes.carboneKEdge();
		AtomicInteger compared = new AtomicInteger();

		try (NexusMap map = NexusMap.open(file)) {
			assertEquals(energy, map.energy());
			map.tiles(TILE, TILE).forEach(tile -> {
				List<Spectrum> raw = new ArrayList<>(tile.size());
				for (int i = 0; i < tile.size(); i++) {
					raw.add(new Spectrum(map.energy(), tile.spectra()[i], "(" + (tile.row() + i / tile.columns())
							+ ", " + (tile.column() + i % tile.columns()) + ")", map.metadata()));
				}
				List<Spectrum> preparedTile = recipe.applyAll(raw);
				for (int i = (7 * tile.row() / TILE + 3 * tile.column() / TILE) % CHECK_EVERY; i < raw.size();
						i += CHECK_EVERY) {
					Spectrum alone = recipe.apply(raw.get(i));
					assertEquals(alone.energy(), preparedTile.get(i).energy(), raw.get(i).label());
					assertArrayEquals(alone.mu(), preparedTile.get(i).mu(), 0.0, raw.get(i).label());
					compared.incrementAndGet();
				}
			});
		}
		assertEquals(SIDE * SIDE / CHECK_EVERY, compared.get());
	}

	/**
	 * Writes raw K-edge spectra that change across the map (256 simulated edges of varied energy, step and
	 * coordination, each scaled and offset by its position) as a NeXus signal [y, x, E] in float32, chunked
	 * and compressed like a beamline's map.
	 */
	private static EnergyAxis writeMap(Path file) {
		double[] energies = new double[100];
		for (int e = 0; e < energies.length; e++) {
			energies[e] = 8900 + 3.0 * e;
		}
		EnergyAxis axis = EnergyAxis.of(energies);
		Random random = new Random(11);
		Coordination[] kinds = Coordination.values();
		double[][] edges = new double[256][];
		for (int i = 0; i < edges.length; i++) {
			KEdgeModel model = new KEdgeModel(8975 + 10 * random.nextDouble(), 0.5 + random.nextDouble(),
					kinds[i % kinds.length], 1.9 + 0.3 * random.nextDouble());
			edges[i] = new SimulatedKEdge(model).spectrum(axis, 0.003, random, "").mu();
		}
		float[][][] values = new float[SIDE][SIDE][energies.length];
		for (int y = 0; y < SIDE; y++) {
			for (int x = 0; x < SIDE; x++) {
				double[] mu = edges[(31 * y + 17 * x) % edges.length];
				for (int e = 0; e < mu.length; e++) {
					values[y][x][e] = (float) (mu[e] * (1 + 0.001 * x) + 0.0001 * y);
				}
			}
		}
		double[] positions = new double[SIDE];
		for (int i = 0; i < SIDE; i++) {
			positions[i] = 0.5 * i;
		}
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup entry = out.putGroup("entry");
			entry.putAttribute("NX_class", "NXentry");
			WritableGroup data = entry.putGroup("data");
			data.putAttribute("NX_class", "NXdata");
			data.putAttribute("signal", "data");
			data.putAttribute("axes", new String[] { "y", "x", "energy" });
			data.putDataset("data", values, DatasetCreationOptions.builder().chunkDimensions(TILE, TILE, 100)
					.deflate(4).build());
			data.putDataset("energy", energies).putAttribute("units", "eV");
			data.putDataset("y", positions).putAttribute("units", "um");
			data.putDataset("x", positions).putAttribute("units", "um");
		}
		return axis;
	}
}
