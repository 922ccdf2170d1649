package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FDMNES output of Mo2C at the Mo K edge from Larch's beamline examples (xraylarch, MIT). */
class FdmnesReaderTest {

	@TempDir
	Path dir;

	/** Energies are written relative to E_edge = 20000 eV; the file's first row is added to it. */
	@ParameterizedTest
	@CsvSource({ "FDMNES_2022_Mo2C_out.dat, 559, 19975.0, 20119.8, 1.1943264E-04, 7.0504961E-02",
			"FDMNES_2022_Mo2C_out_conv.dat, 589, 19960.0, 20119.8, 1.7372707E-03, 7.1744752E-02" })
	void readsTheXanesColumnOnAbsoluteEnergies(String name, int points, double first, double last, double firstMu,
			double lastMu) throws Exception {
		Path file = BeamlineColumnReaderTest.beamline(name);
		SpectrumSet set = FdmnesReader.read(file);

		assertTrue(FdmnesReader.recognises(file, BeamlineColumnReaderTest.head(file)));
		assertEquals(1, set.size());
		assertEquals(points, set.energy().size());
		assertEquals(first, set.energy().min(), 1e-9);
		assertEquals(last, set.energy().max(), 1e-9);
		assertEquals(firstMu, set.spectrum(0).mu(0), 1e-15);
		assertEquals(lastMu, set.spectrum(0).mu(points - 1), 1e-15);
		assertEquals("xanes", set.spectrum(0).label());
		assertEquals("simulated", set.spectrum(0).metadata().mode());
		assertEquals("simulated", set.metadata().mode());
	}

	@Test
	void beamlineFilesAreNotFdmnes() throws Exception {
		Path file = BeamlineColumnReaderTest.beamline("APS10BM_2019.dat");
		assertFalse(FdmnesReader.recognises(file, BeamlineColumnReaderTest.head(file)));
	}

	@Test
	void aMissingEdgeLineIsNamed() throws Exception {
		Path file = dir.resolve("x_out.dat");
		Files.writeString(file, "# FDMNES program\n    Energy    <xanes>\n  -1.0  0.1\n  1.0  0.2\n");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> FdmnesReader.read(file));

		assertEquals(file, e.file());
		assertTrue(e.getMessage().contains("no '= E_edge' line"), e.getMessage());
	}
}
