package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edgewise.spectrum.SpectrumMetadata;
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

	/**
	 * The calculation's line reads "20000.000 42 1 1 0.00000 -19.30749 -5.01332 1 1 19831.401 ... = E_edge, Z,
	 * n_edge, j_edge, Abs_before_edge, VO_interstitial, E_Fermi, ninitl, ninit1, Epsii, ...": Mo, the K edge,
	 * and the Fermi level 5.01332 eV below the tabulated edge energy.
	 */
	@Test
	void theCalculationStatesElementEdgeAndThreshold() throws Exception {
		SpectrumSet set = FdmnesReader.read(BeamlineColumnReaderTest.beamline("FDMNES_2022_Mo2C_out.dat"));

		SpectrumMetadata metadata = set.spectrum(0).metadata();
		assertEquals("Mo", metadata.element());
		assertEquals("K", metadata.edge());
		assertEquals(20000 - 5.01332, metadata.threshold(), 1e-9);
		assertTrue(Double.isNaN(metadata.excitationEnergy()), "Epsii is the core level, not the transition");
	}

	/** The convoluted file's line "20000.0 1.25 15.0 0.0 = E_edge, Gamma_hole, Gamma_max, E_cut" states no threshold. */
	@Test
	void theConvolutionStatesNoThreshold() throws Exception {
		SpectrumSet set = FdmnesReader.read(BeamlineColumnReaderTest.beamline("FDMNES_2022_Mo2C_out_conv.dat"));

		assertTrue(Double.isNaN(set.metadata().threshold()), "E_cut is the convolution's setting");
		assertNull(set.metadata().element());
	}

	/** Older FDMNES versions label the Fermi level E_cut; a calculation with several Epsii values labels them (1..2). */
	@Test
	void olderHeadersNameTheFermiLevelECut() throws Exception {
		Path file = Files.writeString(dir.resolve("fe_out.txt"), String.join("\n",
				"  7112.000   26  1  1  9.5222797E-03 -4.9956723E+00 -3.2821184E-01  2  1  7.2650319E+03"
						+ "  7.2651000E+03  0.0000000E+00 = E_edge, Z, n_edge, j_edge, Abs_before_edge,"
						+ " VO_interstitial, E_cut, ninitl, ninit1, Epsii(1..2), Atom_density",
				"    Energy    <xanes>    ",
				"  -10.000  1.0E-03",
				"    0.000  2.0E-02",
				"   10.000  3.0E-02", ""));

		SpectrumSet set = FdmnesReader.read(file);

		assertEquals("Fe", set.metadata().element());
		assertEquals(7112 - 0.32821184, set.metadata().threshold(), 1e-9);
		assertEquals(7102, set.energy().min(), 1e-9);
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
