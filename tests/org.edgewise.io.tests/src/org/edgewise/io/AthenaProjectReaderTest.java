package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Athena project files from the xraylarch examples (MIT): Vglasses.prj (28 V K-edge XANES of silicate
 * glasses, Demeter 0.9.24), Mn.prj (14 Mn K-edge standards, Athena 0.8.056) and Fe-K-ALS-10.3.2.prj (8 Fe
 * minerals, Demeter 0.9.20); constructed projects for the grammar; damaged copies for the errors.
 */
class AthenaProjectReaderTest {

	static final Path VGLASSES = SharedData.file("larch/Vglasses.prj");
	static final Path MN = SharedData.file("larch/Mn.prj");
	static final Path FE = SharedData.file("larch/Fe-K-ALS-10.3.2.prj");

	@TempDir
	Path dir;

	@Test
	void vanadiumGlassesHold28SpectraWithAthenasParameters() throws Exception {
		AthenaProject project = AthenaProjectReader.read(VGLASSES);

		assertEquals(28, project.groups().size());
		assertEquals(28, project.muGroups().size());
		assertEquals("Athena project file -- Demeter version 0.9.24", project.header().get(0));
		AthenaGroup first = project.groups().get(0);
		assertEquals("nuldi", first.id());
		assertEquals("ALL_45 NNO+3.8", first.label());
		assertEquals(1, first.record());
		assertEquals(AthenaGroup.DataType.XMU, first.dataType());
		assertEquals("Duffresne_NNO+4.73", project.groups().get(27).label());
		// is_xanes overrides is_xmu, as in Demeter
		assertEquals(AthenaGroup.DataType.XANES, project.group("ALL_25 NNO+1.8").orElseThrow().dataType());

		assertEquals(331, first.energy().size());
		assertEquals(5365, first.energy().get(0), 0);
		assertEquals(0.402113444998642, first.mu()[0], 0);
		assertEquals(331, first.array("i0").orElseThrow().length);
		assertEquals(0, first.array("signal").orElseThrow().length);

		AthenaNormalization athena = first.normalization();
		assertEquals(5480, athena.e0(), 0);
		assertEquals(-114.63, athena.pre1(), 0);
		assertEquals(-24.45, athena.pre2(), 0);
		assertEquals(109.78, athena.nor1(), 0);
		assertEquals(132.16, athena.nor2(), 0);
		assertEquals(2, athena.nnorm());
		assertEquals(0.1108846, athena.step(), 0);
		assertFalse(athena.fixedStep());
		assertEquals(0, athena.energyShift(), 0);
		assertEquals("autobk", first.parameter("bkg_algorithm").orElseThrow());

		Spectrum spectrum = first.spectrum();
		assertEquals("ALL_45 NNO+3.8", spectrum.label());
		assertEquals("V", spectrum.metadata().element());
		assertEquals("K", spectrum.metadata().edge());
		assertEquals(VGLASSES.toString(), spectrum.metadata().sourceFile());
		assertEquals("record 1", spectrum.metadata().sourcePath());
	}

	@Test
	void everyGroupHasAscendingEnergiesAndFiniteMu() throws Exception {
		for (Path file : List.of(VGLASSES, MN, FE)) {
			for (AthenaGroup group : AthenaProjectReader.read(file).muGroups()) {
				double[] e = group.energy().values();
				for (int i = 1; i < e.length; i++) {
					assertTrue(e[i] > e[i - 1], group + " at point " + i);
				}
				assertTrue(Arrays.stream(group.mu()).allMatch(Double::isFinite), group.toString());
				assertEquals(e.length, group.array("x").orElseThrow().length, group + ": no repeated energies");
			}
		}
	}

	@Test
	void manganeseStandardsFromOldAthenaApplyTheEnergyShift() throws Exception {
		AthenaProject project = AthenaProjectReader.read(MN);

		assertEquals("Athena project file -- Athena version 0.8.056", project.header().get(0));
		assertEquals(List.of("Mn foil", "MnO", "MnOx", "Mn2O3x", "Li2MnO3", "MnCl2", "Mn Oxalate", "Rhodochrosite",
				"g-MnOOH", "Psilomelane", "Pyrolusite", "Ramsdellite", "Todorokite", "Mn3O4"),
				project.groups().stream().map(AthenaGroup::label).toList());
		AthenaGroup foil = project.groups().get(0);
		assertEquals(2207, foil.energy().size());
		assertEquals(1.29820000000018, foil.normalization().energyShift(), 0);
		assertEquals(6380.0961, foil.array("x").orElseThrow()[0], 0);
		assertEquals(6380.0961 + 1.29820000000018, foil.energy().get(0), 1e-9);
		assertEquals(3, foil.normalization().nnorm());
		assertEquals("Mn", foil.spectrum().metadata().element());
		assertEquals(9, foil.titles().size());
		assertEquals("MRCAT_XAFS V0.3 Datafile", foil.titles().get(0));
		assertEquals("These data are from Jeremy Kropf, who says:", project.journal().get(0));
		assertEquals(19.1, project.group("Mn3O4").orElseThrow().normalization().energyShift(), 0);
	}

	@Test
	void ironMineralsAreEightGroupsOnTheirOwnGrids() throws Exception {
		AthenaProject project = AthenaProjectReader.read(FE);

		assertEquals(List.of("Chromite", "Hercynite", "Pentlandite", "Pyrrhotite", "Troilite", "Olivine (Fo0)",
				"Olivine (Fo40)", "Olivine (Fo80)"), project.groups().stream().map(AthenaGroup::label).toList());
		assertEquals(List.of(251, 241, 265, 270, 248, 235, 268, 378),
				project.groups().stream().map(g -> g.energy().size()).toList());
		assertEquals("fuhea", project.groups().get(0).id());
		assertEquals(7119.2043, project.groups().get(0).normalization().e0(), 0);
		assertFalse(project.sharesOneGrid());
		assertEquals(8, project.toSpectra().size());
		IllegalStateException e = assertThrows(IllegalStateException.class, project::toSpectrumSet);
		assertTrue(e.getMessage().contains("Hercynite"), e.getMessage());
	}

	/** inspect lists the groups of a project that is not one set: all three shared projects are such. */
	@Test
	void everyGroupOfTheSharedProjectsIsListedWithItsGridAndAthenasRanges() throws Exception {
		for (Path file : List.of(VGLASSES, MN, FE)) {
			AthenaProject project = AthenaProjectReader.read(file);
			assertFalse(project.sharesOneGrid(), file.toString());
			List<AthenaGroupSummary> summaries = project.summaries();
			assertEquals(project.groups().stream().map(AthenaGroup::label).toList(),
					summaries.stream().map(AthenaGroupSummary::label).toList());
			for (AthenaGroupSummary summary : summaries) {
				AthenaGroup group = project.groups().get(summary.record() - 1);
				assertEquals(group.energy().size(), summary.points(), summary.describe());
				assertEquals(group.energy().min(), summary.energyMin(), 0, summary.describe());
				assertEquals(group.energy().max(), summary.energyMax(), 0, summary.describe());
				assertEquals(group.normalization(), summary.normalization(), summary.describe());
			}
		}

		AthenaGroupSummary hercynite = AthenaProjectReader.read(FE).summaries().get(1);
		assertEquals("2 'Hercynite' (arjfs): XMU, 241 points, 7068.67 .. 7544.95 eV, e0 7128.32 eV, "
				+ "pre-edge -59.65 .. -30.00 eV, post-edge 150.00 .. 316.63 eV", hercynite.describe());
		AthenaGroupSummary mn3o4 = AthenaProjectReader.read(MN).summaries().get(13);
		assertEquals(6358.9026, mn3o4.energyMin(), 1e-9, "the stored 6339.8026 plus Athena's shift of 19.1 eV");
	}

	@Test
	void oneGroupOfAProjectOnManyGridsIsReadByItsLabel() throws Exception {
		SpectrumSet olivine = AthenaProjectReader.readSpectra(FE, "Olivine (Fo80)");

		assertEquals(1, olivine.size());
		assertEquals("Olivine (Fo80)", olivine.spectrum(0).label());
		assertEquals(378, olivine.energy().size());
		assertEquals(7009.35, olivine.energy().min(), 0);
		assertEquals("Fe", olivine.metadata().element());
		assertEquals("record 8", olivine.metadata().sourcePath());

		SpectrumSet glass = AthenaProjectReader.readSpectra(VGLASSES, "ALL_35 NNO+2.8");
		assertEquals(328, glass.energy().size(), "the group that keeps Vglasses.prj from being one set");
		assertEquals(7009.35, AthenaProjectReader.readSpectra(FE, "thmyv").energy().min(), 0, "or by its id");
	}

	@Test
	void aGroupNameThatIsNoLabelIsRefusedListingTheLabels() {
		SpectrumFileException e = assertThrows(SpectrumFileException.class,
				() -> AthenaProjectReader.readSpectra(FE, "Magnetite"));

		assertEquals(FE + " group 'Magnetite': no group has this label or id; the labels are ['Chromite', "
				+ "'Hercynite', 'Pentlandite', 'Pyrrhotite', 'Troilite', 'Olivine (Fo0)', 'Olivine (Fo40)', "
				+ "'Olivine (Fo80)']", e.getMessage());
	}

	@Test
	void aRepeatedLabelIsNamedByIdAndAChiGroupIsNoSpectrum() throws Exception {
		Path file = gzip("repeats.prj", String.join("\n",
				"# Athena project file -- Demeter version 0.9.26",
				"$old_group = 'aaaaa';",
				"@args = ('label','Cu foil','is_xmu',1);",
				"@x = ('8970','8980','8990');",
				"@y = ('0.1','0.9','1.0');",
				"[record]",
				"$old_group = 'bbbbb';",
				"@args = ('label','Cu foil','is_xmu',1);",
				"@x = ('8975','8985');",
				"@y = ('0.2','0.8');",
				"[record]",
				"$old_group = 'ccccc';",
				"@args = ('label','Cu chi','is_chi',1);",
				"@x = ('0.5','1.0');",
				"@y = ('0.1','0.2');",
				"[record]",
				"1;", ""));

		SpectrumFileException repeated = assertThrows(SpectrumFileException.class,
				() -> AthenaProjectReader.readSpectra(file, "Cu foil"));
		assertEquals(file + " group 'Cu foil': 2 groups have this label; name one by its id: aaaaa, bbbbb",
				repeated.getMessage());
		assertEquals(8975, AthenaProjectReader.readSpectra(file, "bbbbb").energy().min(), 0);

		SpectrumFileException chi = assertThrows(SpectrumFileException.class,
				() -> AthenaProjectReader.readSpectra(file, "Cu chi"));
		assertEquals(file + " record 3 'ccccc': the group holds CHI data, not mu(E)", chi.getMessage());
		AthenaGroupSummary chiSummary = AthenaProjectReader.read(file).summaries().get(2);
		assertEquals("3 'Cu chi' (ccccc): CHI, 2 points", chiSummary.describe());
	}

	@Test
	void constructedProjectExercisesTheGrammar() throws Exception {
		Path file = gzip("grammar.prj", String.join("\n",
				"# Athena project file -- Demeter version 0.9.26",
				"# written by hand",
				"",
				"$old_group = 'abcde';",
				"@args = ('label',\"Cu \\x{e9}t\\\"e\\t1\",'bkg_e0','8980','is_xmu',1,'bkg_nnorm',2,'bkg_fixstep','1',",
				"  'bkg_step','0.5','bkg_z','cu','fft_edge','k','titles',['one', 'it\\'s'],'xdi_beamline',{'name' => {}},",
				"  'nothing',undef,'obj',bless( {'a' => [1, -2.5e-3, .5]}, 'Xray::XDI' ), 'bare', {key => 'v'},);",
				"@x = ('3','1','2','2');  # unsorted, with a repeat",
				"@y = ('30','10','20','24');",
				"$xdi = undef;",
				"[record]   # create object",
				"",
				"$old_group = 'fghij';",
				"@args = ('label','second','is_xmu','1','bkg_z','Cu','fft_edge','K');",
				"@x = (1,2,3);",
				"@y = (-1,-2,-3e0);",
				"[record]",
				"",
				"$old_group = 'klmno';",
				"@args = ('label','a chi group','is_chi',1);",
				"@x = ('0.5','1.0');",
				"@y = ('0.1','0.2');",
				"[record]",
				"",
				"@journal = ('first line','second line');",
				"%plot_features = ('c4' => 'darkorange', 'k_w' => 2);",
				"@indicator = (0,['',' ',' ']);",
				"1;",
				""));

		AthenaProject project = AthenaProjectReader.read(file);

		assertEquals(3, project.groups().size());
		AthenaGroup first = project.groups().get(0);
		assertEquals("Cu \u00e9t\"e\t1", first.label());
		assertEquals(List.of("one", "it's"), first.titles());
		assertArrayEquals(new double[] { 1, 2, 3 }, first.energy().values(), 0);
		assertArrayEquals(new double[] { 10, 22, 30 }, first.mu(), 0, "repeated energy 2 merged into the mean");
		assertArrayEquals(new double[] { 3, 1, 2, 2 }, first.array("x").orElseThrow(), 0, "stored order kept");
		assertTrue(first.normalization().fixedStep());
		assertEquals(0.5, first.normalizationSettings().getStep(), 0);
		assertEquals(1, first.normalizationSettings().getNnorm(), "Athena's 2 terms are a line");
		assertEquals("Cu", first.spectrum().metadata().element());
		assertFalse(first.parameters().containsKey("nothing"), "undef is no value");
		assertFalse(first.parameters().containsKey("obj"), "hashes are not scalar parameters");
		assertEquals("8980", first.parameters().get("bkg_e0"));
		assertEquals(Double.NaN, first.normalization().pre1(), "not stored");

		AthenaGroup chi = project.groups().get(2);
		assertEquals(AthenaGroup.DataType.CHI, chi.dataType());
		assertThrows(IllegalStateException.class, chi::spectrum);
		assertEquals(2, project.muGroups().size());
		assertEquals(List.of("first line", "second line"), project.journal());

		assertTrue(project.sharesOneGrid());
		SpectrumSet set = project.toSpectrumSet();
		assertEquals(2, set.size());
		assertEquals(EnergyAxis.of(1, 2, 3), set.energy());
		assertEquals("second", set.spectrum(1).label());
		assertEquals(-3, set.spectrum(1).mu(2), 0);
		assertEquals("Cu", set.metadata().element());
		assertEquals("K", set.metadata().edge());
	}

	@Test
	void uncompressedProjectTextIsReadToo() throws Exception {
		Path file = dir.resolve("plain.prj");
		Files.writeString(file, text(FE), StandardCharsets.UTF_8);

		assertEquals(8, AthenaProjectReader.read(file).groups().size());
	}

	@Test
	void truncatedCopyIsRefusedNamingTheFile() throws Exception {
		byte[] bytes = Files.readAllBytes(VGLASSES);
		Path file = dir.resolve("truncated.prj");
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("gzip data is truncated"), e.getMessage());
	}

	@Test
	void textTruncatedInsideARecordIsRefused() throws Exception {
		String text = text(FE);
		Path file = gzip("cut.prj", text.substring(0, text.indexOf("$old_group = 'lyume'") + 300));

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertTrue(e.getMessage().startsWith(file + " record 4 'lyume', line"), e.getMessage());
		assertTrue(e.getMessage().contains("truncated?"), e.getMessage());
	}

	@Test
	void columnFileIsNotAnAthenaProject() throws Exception {
		Path file = dir.resolve("cu.prj");
		Files.copy(SharedData.file("larch/xafsdata/cu.xmu"), file);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertEquals(file + ": not an Athena project: neither gzip data (which starts with bytes 1f 8b) nor text "
				+ "starting with '# Athena project file'", e.getMessage());
	}

	@Test
	void gzipOfOtherTextIsNotAnAthenaProject() throws Exception {
		Path file = gzip("other.prj", "# just a comment\n1 2 3\n");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertTrue(e.getMessage().startsWith(file + " line 1: not an Athena project"), e.getMessage());
	}

	@Test
	void corruptGzipDataIsRefused() throws Exception {
		byte[] bytes = Files.readAllBytes(FE);
		for (int i = 2000; i < 2064; i++) {
			bytes[i] ^= (byte) 0x5a;
		}
		Path file = dir.resolve("corrupt.prj");
		Files.write(file, bytes);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertTrue(e.getMessage().startsWith(file + ": the gzip data is"), e.getMessage());
	}

	@Test
	void garbageInARecordNamesTheRecordAndLine() throws Exception {
		String text = text(MN);
		int at = text.indexOf("$old_group = 'ehsa'");
		int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
		String damaged = text.substring(0, at) + text.substring(at).replaceFirst("@y = \\('", "@y = (system('ls'),'");
		Path file = gzip("damaged.prj", damaged);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		// the record's statements follow $old_group: @args on the next line, @x, then @y
		assertEquals(file + " record 4 'ehsa', line " + (line + 3) + ": bare word 'system' is not data",
				e.getMessage());
	}

	@Test
	void nonNumericDataValueIsRefused() throws Exception {
		String damaged = text(FE).replaceFirst("@y = \\('0.0047907241'", "@y = ('nan'");
		Path file = gzip("nan.prj", damaged);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertTrue(e.getMessage().startsWith(file + " record 2 'arjfs', line "), e.getMessage());
		assertTrue(e.getMessage().endsWith(": value 1 of @y is 'nan', not a finite number"), e.getMessage());
	}

	@Test
	void interpolationInADoubleQuotedStringIsRefused() throws Exception {
		Path file = gzip("interpolate.prj", "# Athena project file -- Demeter version 0.9.26\n"
				+ "$old_group = 'abcde';\n@args = ('label',\"${\\ system('ls')}\");\n");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertEquals(file + " record 1 'abcde', line 3: '$' in a double-quoted string would interpolate a variable; "
				+ "not data", e.getMessage());
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		Path file = Files.createFile(dir.resolve("empty.prj"));

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> AthenaProjectReader.read(file));

		assertEquals(file + ": file is empty", e.getMessage());
	}

	/** Mutated copies of a real project: every outcome is a project or our typed error, nothing else. */
	@Test
	void mutatedProjectsGiveOnlyTypedErrors() throws Exception {
		byte[] original = text(FE).getBytes(StandardCharsets.ISO_8859_1);
		Random random = new Random(20240611);
		byte[] alphabet = "'\"\\,;()[]{}=>$@%#\n 0123456789.-eE_abcxyz[record]".getBytes(StandardCharsets.ISO_8859_1);
		int refused = 0;
		for (int trial = 0; trial < 300; trial++) {
			byte[] bytes = original.clone();
			for (int k = 0, edits = 1 + random.nextInt(4); k < edits; k++) {
				bytes[random.nextInt(bytes.length)] = alphabet[random.nextInt(alphabet.length)];
			}
			Path file = dir.resolve("mutant.prj");
			Files.write(file, bytes);
			try {
				AthenaProjectReader.read(file);
			} catch (SpectrumFileException e) {
				assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
				refused++;
			}
		}
		assertTrue(refused > 30, "most single-character damage to Perl data is detected: " + refused);
	}

	/** @return the decompressed text of a project file */
	static String text(Path prj) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(prj))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Path gzip(String name, String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return Files.write(dir.resolve(name), bytes.toByteArray());
	}
}
