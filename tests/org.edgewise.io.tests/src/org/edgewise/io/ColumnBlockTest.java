package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column files with several numeric blocks: SPEC files with several scans, rows split by a comment line. The
 * whole file reads as its last block, as in Larch and Athena, and says so; every block reads by its name.
 */
class ColumnBlockTest {

	/** Two "zapline" scans of the same Ge K edge, 456 and 906 rows of the same 18 counters. */
	private static final Path SNBL = BeamlineColumnReaderTest.beamline("ESRF_SNBL_2013.dat");

	@TempDir
	Path dir;

	@Test
	void everySpecScanIsABlockNamedByItsNumber() throws Exception {
		List<ColumnBlock> blocks = BeamlineColumnReader.blocks(SNBL);

		assertEquals(List.of("scan 1 'zapline mono 10.3073 9.89985 7244 100', lines 34-489, 456 rows, 18 columns",
				"scan 2 'zapline mono 10.3073 9.89985 3622 100', lines 515-1420, 906 rows, 18 columns"),
				blocks.stream().map(ColumnBlock::describe).toList());
	}

	@Test
	void eachScanReadsByNameWithItsOwnRows() throws Exception {
		SpectrumSet first = SpectrumFiles.read(SNBL, "scan 1");
		SpectrumSet second = SpectrumFiles.read(SNBL, "scan 2");

		// ZapEnergy is in keV; the first rows' monitor counts are 11131 and 12497
		assertEquals(456, first.energy().size());
		assertEquals(11050.021, first.energy().min(), 1e-6);
		assertEquals(11499.577, first.energy().max(), 1e-6);
		assertEquals("Mon", first.spectrum(0).label());
		assertEquals(11131, first.spectrum(0).mu(0));
		assertEquals("scan 1 (block 1 of 2, lines 34-489)", first.metadata().sourcePath());
		assertEquals(906, second.energy().size());
		assertEquals(11050.006, second.energy().min(), 1e-6);
		assertEquals(12497, second.spectrum(0).mu(0));
	}

	@Test
	void theWholeFileIsTheLastScanAndSaysSo() throws Exception {
		SpectrumSet whole = SpectrumFiles.read(SNBL);

		assertArrayEquals(SpectrumFiles.read(SNBL, "scan 2").energy().values(), whole.energy().values());
		assertEquals("scan 2 (block 2 of 2, lines 515-1420)", whole.metadata().sourcePath());
	}

	@Test
	void anUnknownPartNameListsTheBlocks() {
		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(SNBL, "scan 3"));

		assertEquals(SNBL, e.file());
		assertEquals("part 'scan 3'", e.pathInFile());
		assertEquals("no block has this name; the blocks are [scan 1, scan 2]", e.problem());
	}

	/** Each scan has its own "#L" labels and column count, so its own rule for mu. */
	@Test
	void eachScanHasItsOwnLabels() throws Exception {
		Path file = write("two-scans.spec", "#F two-scans.spec", "#S 1 ascan energy 8950 8960", "#N 3",
				"#L Energy I0 It", "8950 1000 500", "8960 1000 250", "#C scan aborted", "",
				"#S 2 ascan energy 8950 8970", "#N 4", "#L Energy I0 If Seconds", "8950 1000 10 1",
				"8960 1000 20 1", "8970 1000 30 1");

		SpectrumSet transmission = SpectrumFiles.read(file, "scan 1");
		SpectrumSet fluorescence = SpectrumFiles.read(file);

		assertEquals("transmission", transmission.metadata().mode());
		assertEquals("scan 1 (block 1 of 2, lines 5-6): ln(I0/It)", transmission.metadata().sourcePath());
		assertEquals(Math.log(4), transmission.spectrum(0).mu(1), 1e-12);
		assertEquals("fluorescence", fluorescence.metadata().mode());
		assertEquals("scan 2 (block 2 of 2, lines 12-14): (If)/I0", fluorescence.metadata().sourcePath());
		assertEquals(0.03, fluorescence.spectrum(0).mu(2), 1e-12);
	}

	/** A comment among the rows splits them: the rows above it are the first block, not lost header. */
	@Test
	void aCommentInsideTheRowsSplitsThemIntoTwoBlocks() throws Exception {
		Path file = write("refill.dat", "# energy i0 it", "8979 1000 500", "8980 1000 400", "# beam refilled",
				"8981 1000 300", "8982 1000 250");

		assertEquals(List.of("block 1, lines 2-3, 2 rows, 3 columns", "block 2, lines 5-6, 2 rows, 3 columns"),
				BeamlineColumnReader.blocks(file).stream().map(ColumnBlock::describe).toList());
		SpectrumSet whole = SpectrumFiles.read(file);
		assertEquals("block 2 of 2 (lines 5-6): ln(i0/it)", whole.metadata().sourcePath());
		assertArrayEquals(new double[] { 8981, 8982 }, whole.energy().values());
		SpectrumSet first = SpectrumFiles.read(file, "block 1");
		assertArrayEquals(new double[] { 8979, 8980 }, first.energy().values());
		assertEquals(Math.log(2), first.spectrum(0).mu(0), 1e-12);
	}

	/** Files appended to each other repeat scan numbers; their blocks are named by position instead. */
	@Test
	void repeatedScanNumbersNameBlocksByPosition() throws Exception {
		Path file = write("appended.spec", "#S 1 ascan", "#L Energy I0 It", "8950 1000 500", "8960 1000 250",
				"#S 1 ascan", "#L Energy I0 It", "8950 1000 400", "8960 1000 200");

		assertEquals(List.of("block 1", "block 2"),
				BeamlineColumnReader.blocks(file).stream().map(ColumnBlock::name).toList());
	}

	/** Tables of numbers between free-form header lines (PF's scan regions, SSRL's weights) are header. */
	@Test
	void numbersAmongFreeFormHeaderLinesAreNoBlock() throws Exception {
		List<ColumnBlock> pf = BeamlineColumnReader.blocks(BeamlineColumnReaderTest.beamline("PF9A_2022.dat"));
		assertEquals(List.of("block 1, lines 20-1445, 1426 rows, 5 columns"),
				pf.stream().map(ColumnBlock::describe).toList());
		assertEquals(1, BeamlineColumnReader.blocks(BeamlineColumnReaderTest.beamline("SSRL1_2006.dat")).size());
	}

	@Test
	void aBrokenRowInAnEarlierBlockNamesItsLine() throws Exception {
		Path file = write("broken.dat", "# energy i0 it", "8979 1000 500", "8980 1000", "# beam refilled",
				"8981 1000 300", "8982 1000 250");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(file));

		assertEquals("line 3", e.pathInFile());
		assertEquals("has 2 columns, line 2 has 3", e.problem());
	}

	private Path write(String name, String... lines) throws Exception {
		return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
	}
}
