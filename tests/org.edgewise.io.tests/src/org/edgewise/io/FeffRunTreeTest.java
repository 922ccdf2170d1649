package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeffRunTreeTest {

	@TempDir
	Path dir;

	/** Every one of the 4,831 Cu K-edge runs: xmu.dat, feff.inp and the material's POSCAR. */
	@Test
	void readsEveryRunOfTheCuArchive() throws Exception {
		FeffArchive.unpack(dir);
		long start = System.nanoTime();
		List<FeffRunTree.Run> runs = FeffRunTree.read(dir);
		System.out.printf("FeffRunTree: %d runs read in %.1f s%n", runs.size(), (System.nanoTime() - start) / 1e9);

		assertEquals(4831, runs.size());
		Set<String> materials = new HashSet<>();
		TreeSet<Double> thresholds = new TreeSet<>();
		for (int i = 0; i < runs.size(); i++) {
			FeffRunTree.Run run = runs.get(i);
			String where = run.folder().toString();
			if (i > 0) {
				assertTrue(runs.get(i - 1).folder().compareTo(run.folder()) < 0, where);
			}
			Spectrum mu = run.spectrum();
			assertEquals(173, mu.size(), where);
			assertEquals("Cu", mu.metadata().element(), where);
			assertEquals("K", mu.metadata().edge(), where);
			// Cu K edge 8979 eV: the grid runs from ~10 eV below to ~140 eV above it
			assertTrue(mu.energy().min() > 8940 && mu.energy().min() < 8995, where + " " + mu.energy().min());
			assertTrue(mu.energy().max() > 9080 && mu.energy().max() < 9200, where + " " + mu.energy().max());
			for (int e = 0; e < mu.size(); e++) {
				assertTrue(Double.isFinite(mu.mu(e)), where);
				assertTrue(e == 0 || mu.energy().get(e) > mu.energy().get(e - 1), where);
			}
			// each run's own threshold (omega - e), the grid starting some eV below it
			double threshold = mu.metadata().threshold();
			assertTrue(threshold - mu.energy().min() > 5 && threshold - mu.energy().min() < 20, where + " " + threshold);
			assertEquals(threshold, mu.metadata().excitationEnergy(), 0, where);
			thresholds.add(threshold);
			FeffInput input = run.input();
			assertEquals("Cu", input.absorber(), where);
			assertEquals("K", input.edge(), where);
			assertArrayEquals(new double[3], input.cluster().position(input.absorberIndex()), 0, where);
			assertNotNull(run.poscar(), where);
			assertTrue(run.poscar().species().contains("Cu"), where);
			// feff.inp's header cell and the POSCAR describe the same crystal
			assertEquals(run.poscar().size(), input.cell().size(), where);
			assertEquals(run.poscar().lattice().volume(), input.cell().lattice().volume(),
					1e-4 * run.poscar().lattice().volume(), where);
			materials.add(run.folder().getParent().getParent().getFileName().toString());
		}
		// 2,303 material folders, 108 of which hold only a POSCAR and no run
		assertEquals(2195, materials.size());
		// FEFF's calculated Cu K threshold differs from site to site, over 15 eV in this set
		assertTrue(thresholds.last() - thresholds.first() > 15, thresholds.first() + " .. " + thresholds.last());
	}

	/** The publishers' split names sites "<material-id>_<NNN>", each a folder Cu/<material-id>/FEFF-XANES/<NNN>_Cu. */
	@Test
	void everySiteOfTheTrainAndValidationListsIsARun() throws Exception {
		FeffArchive.unpack(dir);
		List<String> train = Files.readAllLines(SharedData.file("feff-cu/Cu_FEFF_train.txt"));
		List<String> val = Files.readAllLines(SharedData.file("feff-cu/Cu_FEFF_val.txt"));
		assertEquals(3340, train.size());
		assertEquals(416, val.size());
		for (List<String> ids : List.of(train, val)) {
			for (String id : ids) {
				assertTrue(Files.isRegularFile(run(id).resolve("xmu.dat")), id);
				assertTrue(Files.isRegularFile(run(id).resolve("feff.inp")), id);
			}
		}
	}

	@Test
	void runWithoutFeffInpIsNamed() throws Exception {
		FeffArchive.unpack(dir, FeffArchive.RUN);
		Path inp = dir.resolve(FeffArchive.RUN).resolve("feff.inp");
		Files.delete(inp);

		DataFileException e = assertThrows(DataFileException.class, () -> FeffRunTree.read(dir));
		assertEquals(inp, e.file());
	}

	private Path run(String id) {
		int cut = id.lastIndexOf('_');
		return dir.resolve("Cu").resolve(id.substring(0, cut)).resolve("FEFF-XANES").resolve(id.substring(cut + 1) + "_Cu");
	}
}
