package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeffXmuReaderTest {

	@TempDir
	static Path dir;

	static Path xmu;

	@TempDir
	Path scratch;

	@BeforeAll
	static void unpack() throws Exception {
		FeffArchive.unpack(dir, FeffArchive.RUN);
		xmu = dir.resolve(FeffArchive.RUN).resolve("xmu.dat");
	}

	@Test
	void readsOmegaAndMuOfTheCaMg14CuO16Site() throws Exception {
		SpectrumSet set = FeffXmuReader.read(xmu);

		assertEquals(1, set.size());
		Spectrum mu = set.spectrum(0);
		assertEquals(173, mu.size());
		assertEquals("mu (FEFF 9.9.1)", mu.label());
		assertEquals("Cu", mu.metadata().element());
		assertEquals("K", mu.metadata().edge());
		assertEquals("simulated", mu.metadata().mode());
		assertEquals("015_Cu", mu.metadata().sample());
		// the last two rows of the file
		assertEquals(9126.814, mu.energy().max(), 1e-9);
		assertEquals(9124.991, mu.energy().get(171), 1e-9);
		assertEquals(1.01136, mu.mu(172), 1e-12);
		assertEquals(1.01962, mu.mu(171), 1e-12);
		// the first row: omega 8985.845 at e = -13.531 eV, so FEFF's threshold is 8999.376 eV on the omega axis
		assertEquals(8999.376, mu.metadata().threshold(), 1e-3);
		assertEquals(mu.metadata().threshold(), mu.metadata().excitationEnergy(), 0);
		assertEquals(mu.metadata(), set.metadata());
	}

	@Test
	void columnsWhoseDifferenceIsNotConstantAreNotOmegaAndE() throws Exception {
		List<String> lines = Files.readAllLines(xmu, StandardCharsets.ISO_8859_1);
		int row10 = (int) lines.stream().takeWhile(l -> l.startsWith("#")).count() + 9;
		// data row 10 reads "8988.094  -11.282  -0.640 ...": an e 100 eV off breaks omega - e = threshold
		assertTrue(lines.get(row10).contains(" 8988.094    -11.282 "), lines.get(row10));
		lines.set(row10, lines.get(row10).replace("-11.282", "-111.282"));
		Path edited = Files.write(scratch.resolve("xmu.dat"), lines, StandardCharsets.ISO_8859_1);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> FeffXmuReader.read(edited));
		assertEquals("data row 10", e.pathInFile());
		assertTrue(e.problem().endsWith("the columns are not FEFF's omega and e"), e.problem());
	}

	@Test
	void recognisesXmuButNotOtherColumnText() throws Exception {
		assertTrue(FeffXmuReader.recognises(xmu, head(xmu)));
		Path cu = SharedData.file("larch/xafsdata/cu.xmu");
		assertFalse(FeffXmuReader.recognises(cu, head(cu)));
	}

	@Test
	void truncatedXmuNamesTheFileAndLine() throws Exception {
		List<String> lines = Files.readAllLines(xmu, StandardCharsets.ISO_8859_1);
		String last = lines.get(lines.size() - 1);
		lines.set(lines.size() - 1, last.substring(0, last.length() / 2));
		Path cut = Files.write(scratch.resolve("xmu.dat"), lines, StandardCharsets.ISO_8859_1);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> FeffXmuReader.read(cut));
		assertEquals(cut, e.file());
		assertEquals("line " + lines.size(), e.pathInFile());
		assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
	}

	@Test
	void headerOnlyXmuIsRefused() throws Exception {
		Path header = Files.write(scratch.resolve("xmu.dat"),
				Files.readAllLines(xmu, StandardCharsets.ISO_8859_1).subList(0, 20), StandardCharsets.ISO_8859_1);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> FeffXmuReader.read(header));
		assertTrue(e.problem().contains("no data rows"), e.problem());
	}

	@Test
	void readsChiDatKAndChi() throws Exception {
		// FEFF's chi.dat layout: '#' header, column line, then k chi mag phase
		Path chi = Files.writeString(scratch.resolve("chi.dat"), """
				# Cu metal, FEFF 9.9.1
				#  -----------------------------------------------------------------------
				#       k          chi          mag           phase @#
				    0.0000   1.524570E-02   1.524570E-02   0.000000E+00
				    0.0500   1.507030E-02   1.512500E-02  -1.110000E-01
				    0.1000   1.455280E-02   1.476300E-02  -2.210000E-01
				""");

		FeffXmuReader.Chi read = FeffXmuReader.readChi(chi);

		assertArrayEquals(new double[] { 0, 0.05, 0.1 }, read.k(), 0);
		assertArrayEquals(new double[] { 1.52457e-2, 1.50703e-2, 1.45528e-2 }, read.chi(), 0);
		Files.writeString(chi, "#  k chi mag phase\n 0.1 1 1 0\n 0.05 1 1 0\n");
		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> FeffXmuReader.readChi(chi));
		assertEquals("data row 2", e.pathInFile());
	}

	private static String head(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
	}
}
