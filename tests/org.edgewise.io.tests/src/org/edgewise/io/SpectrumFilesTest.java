package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the reader by content, and the errors for files that are not spectra at all. */
class SpectrumFilesTest {

	/** Eight Fe minerals, a gzipped Athena project of the xraylarch examples (MIT). */
	private static final Path FE_PROJECT = SharedData.file("larch/Fe-K-ALS-10.3.2.prj");

	@TempDir
	Path dir;

	@Test
	void hdf5ContentGoesToTheNexusReaderWhateverTheName() throws Exception {
		Path renamed = dir.resolve("stack.dat");
		Files.copy(NexusSpectrumReaderTest.STXM, renamed);

		SpectrumSet set = SpectrumFiles.read(renamed);

		assertEquals("/entry1/counter0/data", set.metadata().sourcePath());
		assertEquals(2500, set.size());
	}

	/** Each format is told by its content; the names of these files would mislead (.dat, .xmu, .xdi ...). */
	@ParameterizedTest
	@CsvSource({ "nexus/gda-FeKedge_1_15.nxs, NeXus/HDF5", "xdi/good/cu_metal_rt.xdi, XDI",
			"larch/xafsdata/beamlines/FDMNES_2022_Mo2C_out.dat, FDMNES",
			"larch/xafsdata/beamlines/APS10BM_2019.dat, beamline columns",
			"larch/xafsdata/beamlines/SSRL1_2006.dat, beamline columns",
			"larch/xafsdata/beamlines/NSLS6BM_2019.dat, XDI", "larch/xafsdata/beamlines/APS13ID_2019.dat, XDI" })
	void theContentChoosesTheFormat(String file, String format) throws Exception {
		assertEquals(format, SpectrumFiles.formatOf(SharedData.file(file)).name());
		assertTrue(SpectrumFiles.read(SharedData.file(file)).size() >= 1);
	}

	@Test
	void athenaProjectsAreRecognisedGzippedOrPlain() throws Exception {
		Path plain = dir.resolve("fe.dat");
		try (InputStream in = new GZIPInputStream(Files.newInputStream(FE_PROJECT))) {
			Files.copy(in, plain);
		}

		assertEquals("Athena project", SpectrumFiles.formatOf(FE_PROJECT).name());
		assertEquals("Athena project", SpectrumFiles.formatOf(plain).name());
	}

	@Test
	void athenaGroupsOnOneGridAreOneSetLabelledByGroup() throws Exception {
		Path file = Files.writeString(dir.resolve("two.prj"), String.join("\n",
				"# Athena project file -- Demeter version 0.9.26",
				"$old_group = 'aaaaa';",
				"@args = ('label','Cu foil','is_xmu',1,'bkg_z','Cu','fft_edge','K');",
				"@x = ('8970','8980','8990');",
				"@y = ('0.1','0.9','1.0');",
				"[record]",
				"$old_group = 'bbbbb';",
				"@args = ('label','Cu2O','is_xmu',1,'bkg_z','Cu','fft_edge','K');",
				"@x = ('8970','8980','8990');",
				"@y = ('0.2','0.8','1.1');",
				"[record]",
				"1;", ""));

		SpectrumSet set = SpectrumFiles.read(file);

		assertEquals(List.of("Cu foil", "Cu2O"), set.spectra().stream().map(Spectrum::label).toList());
		assertEquals(0.8, set.spectrum(1).mu(1), 0);
		assertEquals("Cu", set.metadata().element());
	}

	@Test
	void athenaGroupsOnDifferentGridsAreRefusedNotResampled() {
		// the eight Fe minerals were measured on eight grids; which grid to share is the caller's choice
		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(FE_PROJECT));

		assertEquals(FE_PROJECT, e.file());
		assertTrue(e.problem().startsWith("group 'Hercynite' (EnergyAxis[241 points"), e.problem());
		assertTrue(e.problem().endsWith("; name one group by its label to read it alone"), e.problem());
	}

	/**
	 * The named part is an Athena group's label, a NeXus candidate's path or a column file's block; other formats
	 * have none.
	 */
	@Test
	void aNamedPartIsOneAthenaGroupOrOneNexusCandidateOrOneColumnBlock() throws Exception {
		SpectrumSet hercynite = SpectrumFiles.read(FE_PROJECT, "Hercynite");
		assertEquals("Hercynite", hercynite.spectrum(0).label());
		assertEquals(241, hercynite.energy().size());

		SpectrumSet stack = SpectrumFiles.read(NexusSpectrumReaderTest.STXM, "/entry1/counter0/data");
		assertEquals(2500, stack.size());

		Path cu = SharedData.file("larch/xafsdata/cu.xmu");
		assertEquals(SpectrumFiles.BEAMLINE_COLUMNS, SpectrumFiles.formatOf(cu));
		SpectrumSet whole = SpectrumFiles.read(cu);
		SpectrumSet onlyBlock = SpectrumFiles.read(cu, "block 1");
		assertArrayEquals(whole.energy().values(), onlyBlock.energy().values());
		assertArrayEquals(whole.spectrum(0).mu(), onlyBlock.spectrum(0).mu());

		Path feo = SharedData.file("larch/xafsdata/feo_rt1.xdi");
		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(feo, "mu"));
		assertEquals("cannot read a part named 'mu': XDI files have no named parts", e.problem());
	}

	/**
	 * Materials Project XAS spectra as two columns of text. No downloaded file is public; the layout is the one
	 * the Materials Project documents for spectrum files (materialsproject/docs, docs/user-guide/xas-matcher.md,
	 * "Uploading Spectra"): two values per line separated by a comma or a tab, '#' comment lines ignored, the
	 * energy in eV first, then the absorption in arbitrary units.
	 */
	@Test
	void materialsProjectTwoColumnSpectraReadWithEitherSeparator() throws Exception {
		for (String separator : List.of("\t", ",")) {
			Path file = Files.writeString(dir.resolve("mp-30-Cu-K.txt"), String.join("\n",
					"# Materials Project mp-30, Cu K-edge XANES computed with FEFF",
					"# energy in eV, absorption in arbitrary units",
					"8980.0" + separator + "0.10",
					"8981.0" + separator + "0.30",
					"8981.0" + separator + "0.50",
					"8982.5" + separator + "0.90", ""));

			SpectrumSet set = SpectrumFiles.read(file);

			assertEquals(1, set.size(), separator);
			assertArrayEquals(new double[] { 8980, 8981, 8982.5 }, set.energy().values(), 0, "eV, repeat merged");
			assertArrayEquals(new double[] { 0.1, 0.4, 0.9 }, set.spectrum(0).mu(), 1e-12, "the repeat's mean");
			assertNull(set.metadata().element(), "comments are not parsed for what they might mean");
		}
	}

	/** The same layout with a label line, and at an edge below 1 keV (Fe L3, about 707 eV), stays in eV. */
	@Test
	void materialsProjectTwoColumnSpectraWithLabelsOrSoftEdges() throws Exception {
		Path labelled = Files.writeString(dir.resolve("labelled.tsv"), "energy\tmu\n8980\t0.1\n8981\t0.3\n8982\t0.9\n");
		SpectrumSet stored = SpectrumFiles.read(labelled);
		assertEquals("mu", stored.spectrum(0).label());
		assertEquals("stored mu", stored.metadata().mode());

		Path soft = Files.writeString(dir.resolve("fe-l3.txt"),
				"# Fe L3 edge\n700.0,0.2\n705.5,0.6\n708.0,1.4\n712.0,0.8\n");
		SpectrumSet iron = SpectrumFiles.read(soft);
		assertEquals(700, iron.energy().min(), 0);
		assertEquals(712, iron.energy().max(), 0);
	}

	@Test
	void textContentGoesToTheColumnReader() throws Exception {
		SpectrumSet set = SpectrumFiles.read(SharedData.file("larch/xafsdata/cu.xmu"));

		assertEquals(612, set.energy().size());
	}

	@Test
	void missingFile() {
		Path missing = dir.resolve("nowhere.nxs");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(missing));

		assertEquals(missing, e.file());
		assertEquals("file does not exist", e.problem());
	}

	@Test
	void emptyFile() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.xmu"));

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(empty));

		assertEquals("file is empty", e.problem());
		assertTrue(e.getMessage().contains("empty.xmu"), e.getMessage());
	}

	@Test
	void directory() {
		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(dir));

		assertEquals("is a directory, not a file", e.problem());
	}

	@Test
	void binaryThatIsNotHdf5() throws Exception {
		// the STXM file's 32 KiB user block alone: binary, but no HDF5 superblock
		byte[] all = Files.readAllBytes(NexusSpectrumReaderTest.STXM);
		Path head = Files.write(dir.resolve("head.bin"), Arrays.copyOf(all, 4096));

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(head));

		assertTrue(e.problem().startsWith("unknown format: binary content that is none of [NeXus/HDF5, "),
				e.problem());
	}

	@Test
	void truncatedStxmCopyNamesTheFile() throws Exception {
		byte[] all = Files.readAllBytes(NexusSpectrumReaderTest.STXM);
		Path truncated = Files.write(dir.resolve("cut.hdf5"), Arrays.copyOf(all, 40_000));

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(truncated));

		assertEquals(truncated, e.file());
		assertTrue(e.getMessage().startsWith(truncated.toString()), e.getMessage());
	}
}
