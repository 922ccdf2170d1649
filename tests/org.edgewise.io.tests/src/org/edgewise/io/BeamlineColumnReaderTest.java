package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Larch's beamline test files (xraylarch/xraylarch examples/xafsdata/beamlines, MIT). */
class BeamlineColumnReaderTest {

	static Path beamline(String name) {
		return SharedData.file("larch/xafsdata/beamlines/" + name);
	}

	@TempDir
	Path dir;

	/** file, expected rule, formula, first and last energy (eV), number of energies. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"APS10BM_2019.dat        | transmission | ln(Io/It)                 | 6389.9975 | 7601.3587 | 3462",
			"APS12BM_2019.dat        | fluorescence | (fla01+fla02+fla03+fla04+fla05+fla06+fla07+fla08+fla09+fla10+fla11+fla12+fla13)/i0 | 6339 | 6984.74 | 492",
			"APS13ID_2008.dat        | transmission | ln(I0/I1)                 | 9509      | 10405.76  | 469",
			"APS13ID_2019.dat        | fluorescence | (Mn_Ka_mca1*deadtime+Mn_Ka_mca2*deadtime+Mn_Ka_mca3*deadtime+Mn_Ka_mca4*deadtime)/I0 | 6389.001866 | 6537.007889 | 221",
			"APS20BM_2001.dat        | transmission | ln(I0/I1)                 | 6911.76713008 | 8084.09384657 | 412",
			"APS20ID_2018.dat        | fluorescence | (XMAP4:AsKa_Sum)/PreKB-I0 | 11716.98361094 | 12246.43572248 | 379",
			"APS20ID_2022.dat        | fluorescence | (XSP3:PbLa_Sum)/I0        | 12935.05779163 | 13135.07656657 | 259",
			"APS9BM_2006.dat         | fluorescence | (Lytle)/i0                | 2460      | 2500      | 258",
			"APS9BM_2019.dat         | fluorescence | (If-32)/I0-32             | 6287.67102626 | 7391.44875237 | 442",
			"ESRF_BM08_LISA_2021.dat | transmission | ln(I0_EH1/I1_EH1)         | 10906.925247165695 | 11505.616485957466 | 198",
			"NSLS6BM_2019.dat        | fluorescence | (DTC1+DTC2+DTC3+DTC4)/I0  | 5264.987  | 6120.533  | 352",
			"NSLS8ID_2019.dat        | fluorescence | (iff)/i0                  | 11686.059260 | 12847.257542 | 647",
			"NSLS_XDAC_2011.dat      | transmission | ln(I0/It)                 | 6912.00190 | 7757.71515 | 422",
			"PF9A_2022.dat           | fluorescence | (If)/I0                   | 6606.1    | 8211.1    | 1426",
			"PFBL12C_2005.dat        | transmission | ln(I0/It)                 | 12048.9   | 13259.9   | 818",
			"SLS_PHOENIX_2023.dat    | fluorescence | (D1_MgKa_corr_c12+D2_MgKa_corr_c14+D3_MgKa_corr_c16+D4_MgKa_corr_c18)/I0_KEITHLEY1_c4 | 1479.998754 | 1840.064883 | 301",
			"SSRL1_2006.dat          | transmission | ln(I0/I1)                 | 25285     | 26534.908 | 455",
			"SSRLmicro_2008.dat      | fluorescence | (SCA1.1+SCA1.2+SCA1.3+SCA1.4+SCA1.5+SCA1.6+SCA1.7+SCA1.8+SCA1.9+SCA1.10+SCA1.11+SCA1.12+SCA1.13+SCA1.14+SCA1.15+SCA1.16+SCA1.17+SCA1.18+SCA1.19+SCA1.20+SCA1.21+SCA1.22+SCA1.23+SCA1.24+SCA1.25+SCA1.26+SCA1.27+SCA1.28+SCA1.29+SCA1.30+SCA1.31+SCA1.32)/I0 | 10900 | 11411.2382813 | 296" })
	void formsMuByTheFilesOwnChannels(String name, String mode, String formula, double first, double last,
			int points) throws Exception {
		Path file = beamline(name);
		SpectrumSet set = BeamlineColumnReader.read(file);

		assertEquals(1, set.size());
		Spectrum mu = set.spectrum(0);
		assertEquals(mode, mu.metadata().mode());
		assertEquals(formula, mu.metadata().sourcePath());
		assertEquals(file.toString(), mu.metadata().sourceFile());
		assertEquals(points, set.energy().size());
		// angles (PF) are converted, so their energies are checked to 0.1 eV only
		assertEquals(first, set.energy().min(), 0.1);
		assertEquals(last, set.energy().max(), 0.1);
		assertPlausible(set);
		assertTrue(BeamlineColumnReader.recognises(file, head(file)));
	}

	/** Files whose labels name no rule give one spectrum per non-energy column. */
	@ParameterizedTest
	@CsvSource({ "CLSHXMA.dat, 10, Event-ID, 11667, 12842.36", "ESRF_SNBL_2013.dat, 17, Mon, 11050.021, 11499.8",
			"generic_columns_no_header.dat, 6, col2, 10906.925247165695, 11505.616485957466" })
	void withoutARuleEveryColumnIsASpectrum(String name, int spectra, String firstLabel, double first, double last)
			throws Exception {
		SpectrumSet set = BeamlineColumnReader.read(beamline(name));

		assertEquals(spectra, set.size());
		assertEquals(firstLabel, set.spectrum(0).label());
		assertNull(set.spectrum(0).metadata().mode());
		assertEquals(first, set.energy().min(), 0.1);
		assertEquals(last, set.energy().max(), 0.1);
		assertPlausible(set);
	}

	@Test
	void transmissionIsTheLogOfTheRatio() throws Exception {
		// ESRF BM08 stores its own mu = ln(I0_EH1/I1_EH1) next to the channels: 0.04057276171434559 first
		SpectrumSet set = BeamlineColumnReader.read(beamline("ESRF_BM08_LISA_2021.dat"));

		assertEquals(Math.log(1522483.0 / 1461948.0), set.spectrum(0).mu(0), 1e-12);
		assertEquals(0.04057276171434559, set.spectrum(0).mu(0), 1e-9);
	}

	@Test
	void aKevColumnBecomesElectronVolts() throws Exception {
		// APS 12-BM writes "1_Energy (keV)": 6.339 keV in the first row
		SpectrumSet set = BeamlineColumnReader.read(beamline("APS12BM_2019.dat"));

		assertEquals(6339.0, set.energy().min(), 1e-9);
	}

	@Test
	void decimalCommaCsvReads() throws Exception {
		Path file = dir.resolve("spectrum.csv");
		Files.writeString(file, "energy;I0;It\n8979,5;1000;500\n8980,5;1000;250\n8981,5;2000;250\n");

		SpectrumSet set = BeamlineColumnReader.read(file);

		assertEquals(List.of(8979.5, 8980.5, 8981.5), List.of(set.energy().get(0), set.energy().get(1),
				set.energy().get(2)));
		assertEquals("transmission", set.spectrum(0).metadata().mode());
		assertEquals(Math.log(2), set.spectrum(0).mu(0), 1e-12);
		assertEquals(Math.log(8), set.spectrum(0).mu(2), 1e-12);
	}

	@Test
	void tabSeparatedStoredMuReads() throws Exception {
		Path file = dir.resolve("spectrum.tsv");
		Files.writeString(file, "E (keV)\tmu\n8.9815\t0.25\n8.9795\t0.5\n");

		SpectrumSet set = BeamlineColumnReader.read(file);

		assertEquals(8979.5, set.energy().min(), 1e-9);
		assertEquals("stored mu", set.spectrum(0).metadata().mode());
		assertEquals(0.25, set.spectrum(0).mu(1), 1e-12);
	}

	@Test
	void aWordInTheDataNamesFileAndLine() throws Exception {
		Path file = dir.resolve("broken.dat");
		Files.writeString(file, "# energy i0 it\n8979.0 1000 500\n8980.0 abc 500\n8981.0 1000 500\n");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> BeamlineColumnReader.read(file));

		assertEquals(file, e.file());
		assertEquals("line 3", e.pathInFile());
		assertTrue(e.getMessage().contains("broken.dat line 3: non-numeric value 'abc' in column 2"), e.getMessage());
	}

	@Test
	void fdmnesAndBinaryAreNotColumnFiles() throws Exception {
		Path fdmnes = beamline("FDMNES_2022_Mo2C_out.dat");
		assertFalse(BeamlineColumnReader.recognises(fdmnes, head(fdmnes)));
		assertFalse(BeamlineColumnReader.recognises(fdmnes, "\0\1\2"));
		Path words = dir.resolve("words.txt");
		Files.writeString(words, "just some\nwords here\n");
		assertFalse(BeamlineColumnReader.recognises(words, head(words)));
	}

	private static void assertPlausible(SpectrumSet set) {
		double[] energies = set.energy().values();
		// the soft X-ray SLS file starts at 1.48 keV, every other one above 2 keV
		assertTrue(energies[0] >= 1400 && energies[energies.length - 1] <= 30_000, set.energy().toString());
		for (int i = 1; i < energies.length; i++) {
			assertTrue(energies[i] > energies[i - 1]);
		}
		for (Spectrum spectrum : set.spectra()) {
			for (double mu : spectrum.mu()) {
				assertTrue(Double.isFinite(mu), spectrum.describe());
			}
		}
	}

	static String head(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		return new String(bytes, 0, Math.min(4096, bytes.length), StandardCharsets.ISO_8859_1);
	}
}
