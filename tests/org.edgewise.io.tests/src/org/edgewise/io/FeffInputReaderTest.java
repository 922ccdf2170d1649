package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeffInputReaderTest {

	@TempDir
	static Path dir;

	static Path inp;

	@TempDir
	Path scratch;

	@BeforeAll
	static void unpack() throws Exception {
		FeffArchive.unpack(dir, FeffArchive.RUN);
		inp = dir.resolve(FeffArchive.RUN).resolve("feff.inp");
	}

	@Test
	void readsTheCaMg14CuO16Cluster() throws Exception {
		FeffInput input = FeffInputReader.read(inp);

		assertEquals("K", input.edge());
		assertTrue(input.title().contains("Reduced formula:  CaMg14CuO16"), input.title());
		assertEquals(Map.of(0, "Cu", 1, "Ca", 2, "Mg", 3, "Cu", 4, "O"), input.potentials());
		assertEquals(305, input.cluster().size());
		assertEquals(0, input.absorberIndex());
		assertEquals("Cu", input.absorber());
		assertArrayEquals(new double[3], input.cluster().position(0), 0);
		assertEquals("O", input.cluster().species(1));
		assertArrayEquals(new double[] { 0, -1.98825, 0 }, input.cluster().position(1), 0);
		assertArrayEquals(new double[] { 8.64643, 0, 2.26841 }, input.cluster().position(304), 0);
		assertEquals(List.of("Cu", "O", "O", "O", "O", "O", "O", "Mg"), input.cluster().species().subList(0, 8));
	}

	@Test
	void readsTheUnitCellFromThePymatgenHeader() throws Exception {
		FeffInput input = FeffInputReader.read(inp);

		assertEquals(32, input.cell().size());
		assertEquals(4.323214 * 8.508638 * 8.668810, input.cell().lattice().volume(), 1e-9);
		assertEquals(14, Collections.frequency(input.cell().species(), "Mg"));
		assertEquals("Cu", input.cell().species(15));
		// fractional (0, 0.5, 0) in the orthorhombic cell
		assertArrayEquals(new double[] { 0, 4.254319, 0 }, input.cell().position(15), 1e-9);
	}

	@Test
	void noCellWithoutTheHeader() throws Exception {
		List<String> lines = Files.readAllLines(inp, StandardCharsets.ISO_8859_1).stream()
				.filter(l -> !l.startsWith("TITLE abc:")).toList();
		Path plain = Files.write(scratch.resolve("feff.inp"), lines, StandardCharsets.ISO_8859_1);

		FeffInput input = FeffInputReader.read(plain);

		assertNull(input.cell());
		assertEquals(305, input.cluster().size());
	}

	@Test
	void inputWithoutAtomsNamesTheFileAndLine() throws Exception {
		List<String> lines = Files.readAllLines(inp, StandardCharsets.ISO_8859_1);
		List<String> head = lines.subList(0, lines.indexOf("ATOMS"));
		Path cut = Files.write(scratch.resolve("feff.inp"), head, StandardCharsets.ISO_8859_1);

		DataFileException e = assertThrows(DataFileException.class, () -> FeffInputReader.read(cut));
		assertEquals(cut, e.file());
		assertEquals("line " + head.size() + " (end of file)", e.pathInFile());
		assertTrue(e.getMessage().contains("no ATOMS card"), e.getMessage());
	}

	@Test
	void unknownPotentialNamesTheAtomsLine() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(inp, StandardCharsets.ISO_8859_1));
		int first = lines.indexOf("ATOMS") + 4; // card, two comment lines, the absorber
		lines.set(first, "    0        -1.98825   0             9  O          1.98825       175");
		Path bad = Files.write(scratch.resolve("feff.inp"), lines, StandardCharsets.ISO_8859_1);

		DataFileException e = assertThrows(DataFileException.class, () -> FeffInputReader.read(bad));
		assertEquals("line " + (first + 1), e.pathInFile());
		assertEquals("ipot 9 is not in POTENTIALS", e.problem());
	}
}
