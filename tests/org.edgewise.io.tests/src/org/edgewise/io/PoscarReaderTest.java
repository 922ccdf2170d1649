package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.edgewise.structure.Structure;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POSCAR of the Li3FeO3.5 0 K snapshot (mdlu/neural-networks-with-XANES-and-battery-materials, MIT). */
class PoscarReaderTest {

	static final Path POSCAR = SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k");

	@TempDir
	Path dir;

	@Test
	void readsTheLi3FeO35Cell() throws Exception {
		Structure structure = PoscarReader.read(POSCAR);

		assertEquals(105, structure.size());
		assertEquals(14, Collections.frequency(structure.species(), "Fe"));
		assertEquals(42, Collections.frequency(structure.species(), "Li"));
		assertEquals(49, Collections.frequency(structure.species(), "O"));
		assertEquals("Fe", structure.species(0));
		assertEquals("O", structure.species(104));
		assertEquals(1016.375406502, structure.lattice().volume(), 1e-6);
		// fractional (0.4277, 0.8489, 0.0160) times the cell, computed with numpy
		assertArrayEquals(new double[] { 5.91408382, -1.86781649, -4.77665106 }, structure.position(0), 1e-7);
		assertArrayEquals(new double[] { 9.4557009, -10.46322923, 11.17772854 }, structure.position(104), 1e-7);
	}

	@Test
	void cartesianWithSelectiveDynamicsAndAScaleFactor() throws Exception {
		Path file = write("POSCAR", "NaCl", "2.0", "1 0 0", "0 1 0", "0 0 1", "Na_pv Cl", "1 1", "Selective dynamics",
				"Cartesian", "0 0 0 T T T", "0.5 0.5 0.5 F F F");

		Structure structure = PoscarReader.read(file);

		assertEquals(List.of("Na", "Cl"), structure.species());
		assertEquals(8.0, structure.lattice().volume(), 1e-12);
		assertArrayEquals(new double[] { 1, 1, 1 }, structure.position(1), 1e-12);
	}

	@Test
	void negativeScaleIsTheCellVolume() throws Exception {
		Path file = write("POSCAR", "cube", "-27", "1 0 0", "0 1 0", "0 0 1", "Cu", "1", "Direct", "0.5 0.5 0.5");

		Structure structure = PoscarReader.read(file);

		assertEquals(27.0, structure.lattice().volume(), 1e-9);
		assertArrayEquals(new double[] { 1.5, 1.5, 1.5 }, structure.position(0), 1e-12);
	}

	@Test
	void countsThatDoNotMatchTheSymbolsNameTheLine() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(POSCAR));
		lines.set(6, "    14    42");
		Path broken = Files.write(dir.resolve("POSCAR_0k"), lines);

		DataFileException e = assertThrows(DataFileException.class, () -> PoscarReader.read(broken));

		assertEquals("line 7", e.pathInFile());
		assertEquals("3 element symbols but 2 atom counts", e.problem());
	}

	@Test
	void missingAtomsNameTheLineWhereTheFileEnds() throws Exception {
		List<String> lines = Files.readAllLines(POSCAR).subList(0, 8 + 100);
		Path cut = Files.write(dir.resolve("POSCAR_cut"), lines);

		DataFileException e = assertThrows(DataFileException.class, () -> PoscarReader.read(cut));

		assertEquals("line 109", e.pathInFile());
		assertEquals("file ends where the position of atom 101 of 105 should be", e.problem());
	}

	@Test
	void vasp4FilesWithoutSymbolsAreRefused() throws Exception {
		Path file = write("POSCAR4", "old", "1.0", "1 0 0", "0 1 0", "0 0 1", "1", "Direct", "0 0 0");

		DataFileException e = assertThrows(DataFileException.class, () -> PoscarReader.read(file));

		assertEquals("line 6", e.pathInFile());
	}

	private Path write(String name, String... lines) throws Exception {
		return Files.write(dir.resolve(name), List.of(lines));
	}
}
