package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column text: Larch's cu.xmu (xraylarch examples, MIT) and a site-resolved O K-edge file
 * (mdlu/neural-networks-with-XANES-and-battery-materials, MIT).
 */
class ColumnTextReaderTest {

	static final Path CU = SharedData.file("larch/xafsdata/cu.xmu");

	@TempDir
	Path dir;

	@Test
	void cuXmuHas612PointsOfMu() throws Exception {
		SpectrumSet set = ColumnTextReader.read(CU);

		assertEquals(1, set.size());
		assertEquals(612, set.energy().size());
		assertEquals(8786.204, set.energy().min(), 1e-9);
		assertEquals(11362.47, set.energy().max(), 1e-9);
		assertEquals(1.013661, set.spectrum(0).mu(0), 1e-12);
		assertEquals(1.344309, set.spectrum(0).mu(611), 1e-12);
		assertEquals("mu", set.spectrum(0).label());
		assertEquals("mu", set.metadata().sourcePath());
	}

	@Test
	void everyColumnAfterTheFirstIsOneSpectrum() throws Exception {
		SpectrumSet set = ColumnTextReader.read(SharedData.file("oxygen-k-li3feo3.5/0K_Combo_O_all.dat"));

		assertEquals(49, set.size());
		assertEquals(1200, set.energy().size());
		assertEquals(-40.726296, set.energy().min(), 1e-9);
		assertEquals(4.25622e-08, set.spectrum(0).mu(0), 1e-20);
		assertEquals("column 2", set.spectrum(0).label());
	}

	@Test
	void energiesAreSortedAndRepeatsAveraged() throws Exception {
		Path file = write("down.txt", "# energy mu", "3 30", "2 20", "2 24", "1 10");

		SpectrumSet set = ColumnTextReader.read(file);

		assertArrayEquals(new double[] { 1, 2, 3 }, set.energy().values());
		assertArrayEquals(new double[] { 10, 22, 30 }, set.spectrum(0).mu());
	}

	@Test
	void aStepBackSmallerThanTheMedianStepIsJitterAndSorted() throws Exception {
		// the read-back of a monochromator: 2.95 comes after 3, 0.05 eV back against steps of 1 eV
		Path file = write("jitter.txt", "# energy mu", "1 10", "2 20", "3 30", "2.95 29.5", "4 40", "5 50");

		SpectrumSet set = ColumnTextReader.read(file);

		assertArrayEquals(new double[] { 1, 2, 2.95, 3, 4, 5 }, set.energy().values());
		assertArrayEquals(new double[] { 10, 20, 29.5, 30, 40, 50 }, set.spectrum(0).mu());
	}

	@Test
	void aStepBackLargerThanTheMedianStepIsRefused() throws Exception {
		// a second sweep starting again at the bottom: sorting would interleave two scans into a zigzag
		Path file = write("two-sweeps.txt", "# energy mu", "1 10", "2 20", "3 30", "1.5 15", "2.5 25", "3.5 35");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> ColumnTextReader.read(file));

		assertEquals("column 1", e.pathInFile());
		assertTrue(e.problem().startsWith("energies are not monotonic: energy at index 3 (1.5) goes back from 3.0"),
				e.problem());
	}

	@Test
	void nonNumericRowNamesFileLineAndColumn() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(CU, StandardCharsets.ISO_8859_1));
		lines.set(19, "   .8806253E+04    abc"); // line 20 of the file
		Path broken = dir.resolve("cu.xmu");
		Files.write(broken, lines, StandardCharsets.ISO_8859_1);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> ColumnTextReader.read(broken));

		assertEquals("line 20", e.pathInFile());
		assertTrue(e.getMessage().endsWith("cu.xmu line 20: non-numeric value 'abc' in column 2"), e.getMessage());
	}

	@Test
	void tooFewColumnsIsRefused() throws Exception {
		Path file = write("one.txt", "# energy", "1.0", "2.0");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> ColumnTextReader.read(file));

		assertEquals("line 2", e.pathInFile());
		assertEquals("need at least 2 columns (energy and mu), found 1", e.problem());
	}

	@Test
	void raggedRowIsRefused() throws Exception {
		Path file = write("ragged.txt", "1 2", "2 3", "3");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> ColumnTextReader.read(file));

		assertEquals("line 3", e.pathInFile());
		assertEquals("has 1 columns, line 1 has 2", e.problem());
	}

	@Test
	void commentsOnlyIsNoData() throws Exception {
		Path file = write("header.txt", "# energy mu", "", "# nothing measured");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> ColumnTextReader.read(file));

		assertEquals("no data rows (only comments or blank lines)", e.problem());
	}

	@Test
	void singleEnergyIsNotASpectrum() throws Exception {
		Path file = write("flat.txt", "5 1", "5 2");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> ColumnTextReader.read(file));

		assertEquals("column 1", e.pathInFile());
	}

	private Path write(String name, String... lines) throws Exception {
		return Files.write(dir.resolve(name), List.of(lines));
	}
}
