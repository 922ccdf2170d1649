package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.structure.LocalGeometry;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written XYZ and extended XYZ files. */
class XyzReaderTest {

	private static final String WATER = """
			3
			water, experimental gas-phase geometry
			O   0.000000   0.000000   0.117300
			H   0.000000   0.757200  -0.469200
			H   0.000000  -0.757200  -0.469200
			""";

	@TempDir
	Path dir;

	@Test
	void waterIsAClusterWithItsBondLengthAndAngle() throws Exception {
		Structure water = XyzReader.read(write("water.xyz", WATER));

		assertFalse(water.isPeriodic());
		assertNull(water.lattice());
		assertEquals(List.of("O", "H", "H"), water.species());
		assertArrayEquals(new double[] { 0, -0.7572, -0.4692 }, water.position(2), 1e-12);
		NeighbourList neighbours = NeighbourList.build(water, 2.0);
		var shell = LocalGeometry.nearestShell(neighbours, 0, "H");
		// sqrt(0.7572^2 + 0.5865^2) = 0.957776 Å and 2 atan(0.7572 / 0.5865) = 104.4798 degrees
		assertEquals(0.957776, LocalGeometry.averageBondLength(shell), 1e-6);
		assertEquals(104.4798, LocalGeometry.averageBondAngle(shell), 1e-4);
	}

	@Test
	void extendedXyzWithLatticeAndExtraColumnsIsPeriodic() throws Exception {
		Path file = write("nacl.extxyz", """
				2
				Lattice="0 2.82 2.82 2.82 0 2.82 2.82 2.82 0" Properties=id:I:1:species:S:1:pos:R:3:forces:R:3 pbc="T T T" energy=-7.2
				1 Na 0.0 0.0 0.0 0.1 0.0 0.0
				2 Cl 2.82 2.82 2.82 -0.1 0.0 0.0
				""");

		Structure structure = XyzReader.read(file);

		assertTrue(structure.isPeriodic());
		assertEquals(List.of("Na", "Cl"), structure.species());
		assertEquals(2 * 2.82 * 2.82 * 2.82, structure.lattice().volume(), 1e-9);
		assertArrayEquals(new double[] { 2.82, 0, 2.82 }, structure.lattice().vector(1), 1e-12);
		assertArrayEquals(new double[] { 0.5, 0.5, 0.5 }, structure.lattice().toFractional(structure.position(1)),
				1e-12);
		// rock salt: six Cl around Na at a/2 = 2.82 Å
		NeighbourList neighbours = NeighbourList.build(structure, 4.0);
		assertEquals(6, LocalGeometry.shellCoordinationNumber(neighbours, 0, "Cl"));
	}

	@Test
	void atomLineWithTooFewFieldsNamesFileAndLine() throws Exception {
		Path file = write("short.xyz", WATER.replace("H   0.000000  -0.757200  -0.469200", "H 0.0 -0.7572"));

		DataFileException e = assertThrows(DataFileException.class, () -> XyzReader.read(file));

		assertEquals(file + " line 5: atom line has 3 fields, expected at least 4", e.getMessage());
	}

	@Test
	void truncatedFileAndBadCountAreRefused() throws Exception {
		Path truncated = write("cut.xyz", "5\ncomment\nO 0 0 0\n");
		Path count = write("count.xyz", "three\ncomment\nO 0 0 0\n");
		Path lattice = write("lattice.xyz", "1\nLattice=\"1 0 0 0 1 0\"\nO 0 0 0\n");

		assertEquals("line 4", assertThrows(DataFileException.class, () -> XyzReader.read(truncated)).pathInFile());
		assertEquals("line 1", assertThrows(DataFileException.class, () -> XyzReader.read(count)).pathInFile());
		DataFileException e = assertThrows(DataFileException.class, () -> XyzReader.read(lattice));
		assertEquals("Lattice holds 6 numbers, expected 9", e.problem());
	}

	@Test
	void recognisesXyzByNameOrContent() {
		assertTrue(XyzReader.recognises(Path.of("w.txt"), WATER));
		assertTrue(XyzReader.recognises(Path.of("w.xyz"), "3\n\n8 0 0 0\n"));
		assertFalse(XyzReader.recognises(Path.of("cu.xmu"), "# XDI/1.0\n8979.0 1.2 3.4\n"));
		assertFalse(XyzReader.recognises(Path.of("w.txt"), "3\ncomment\n1.0 2.0 3.0 4.0\n"));
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text);
	}
}
