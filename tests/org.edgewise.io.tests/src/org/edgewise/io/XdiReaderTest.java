package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XDI files: the XDI reference library's good and bad example files (xraypy/XraySpecFiles and
 * XraySpecFiles/xdi tests) and Larch's feo_rt1.xdi.
 */
class XdiReaderTest {

	static final Path GOOD = SharedData.file("xdi/good");
	static final Path BAD = SharedData.file("xdi/bad");

	/** What bad/BadFiles.txt says of each file: an error at a line, a read with a warning, or a clean read. */
	enum Kind {
		ERROR, WARNING, CLEAN
	}

	record Expect(Kind kind, int line, String text) {
	}

	static Expect error(int line, String text) {
		return new Expect(Kind.ERROR, line, text);
	}

	static Expect warning(String text) {
		return new Expect(Kind.WARNING, 0, text);
	}

	static final Expect CLEAN = new Expect(Kind.CLEAN, 0, null);

	/** BadFiles.txt as a table: "error msg" -> ERROR, "file read(1/2/3/7)" -> WARNING, "file read(4/5/6)" -> CLEAN. */
	static final Map<String, Expect> BAD_FILES = Map.ofEntries(Map.entry("bad_00.xdi", CLEAN),
			Map.entry("bad_01.xdi", error(1, "XDI version line")),
			Map.entry("bad_02.xdi", warning("missing field Element.edge")),
			Map.entry("bad_03.xdi", warning("missing field Element.symbol")),
			Map.entry("bad_04.xdi", warning("Element.edge 'Foo' is not an absorption edge")),
			Map.entry("bad_05.xdi", warning("Element.symbol 'Foo' is not an element symbol")),
			Map.entry("bad_06.xdi", warning("no '# ----' line")),
			Map.entry("bad_07.xdi", warning("column names taken from the label line")),
			Map.entry("bad_08.xdi", warning("no Column.4 field; column named col4")),
			Map.entry("bad_09.xdi", warning("Column.5 ignored")),
			Map.entry("bad_10.xdi", warning("Column.7 ignored")),
			Map.entry("bad_11.xdi", warning("line 12: unrecognised comment character '!'")),
			Map.entry("bad_12.xdi", warning("angle column without a valid Mono.d_spacing")),
			Map.entry("bad_13.xdi", error(31, "has 3 columns, the first data row has 4")),
			Map.entry("bad_14.xdi", error(36, "has 6 columns, the first data row has 4")),
			Map.entry("bad_15.xdi", error(29, "value 'nan' in column 2")),
			Map.entry("bad_16.xdi", error(30, "non-numeric value 'STRING' in column 2")),
			Map.entry("bad_17.xdi", error(29, "non-numeric value '1.4.9' in column 2")),
			Map.entry("bad_18.xdi", error(8, "'Family.key' has no value")),
			Map.entry("bad_19.xdi", error(8, "(no ':')")),
			Map.entry("bad_20.xdi", error(8, "name 'Family' is not 'Family.key'")),
			Map.entry("bad_21.xdi", error(8, "name 'Family key' is not")),
			Map.entry("bad_22.xdi", error(8, "name 'Family.key.subkey' is not")),
			Map.entry("bad_23.xdi", CLEAN),
			Map.entry("bad_24.xdi", error(8, "name '2000Family.key' is not")),
			Map.entry("bad_25.xdi", CLEAN), Map.entry("bad_26.xdi", CLEAN), Map.entry("bad_27.xdi", CLEAN),
			Map.entry("bad_28.xdi", warning("Scan.start_time '2001-Jun-26 22:27:31' is not an ISO 8601")),
			Map.entry("bad_29.xdi", warning("Scan.start_time '2001-26-6T22:27:31' is not an ISO 8601")),
			Map.entry("bad_30.xdi", warning("Element.symbol 'Foo' is not an element symbol")),
			Map.entry("bad_31.xdi", warning("Mono.d_spacing 'three point one three five five three' is not a positive")),
			Map.entry("bad_32.xdi", warning("missing field Facility.name")),
			Map.entry("bad_33.xdi", warning("Sample.temperature '300.0a K' is not a number with units")),
			Map.entry("bad_34.xdi", warning("Facility.energy '7.00 missing units' is not a number with units")),
			Map.entry("bad_35.xdi", warning("Facility.current '101x ma' is not a number with units")));

	/** Files that read but give no spectrum: an angle without d-spacing, no energy column ("Energie"). */
	static final Map<String, String> NO_SPECTRUM = Map.of("bad_12.xdi", "needs a positive Mono.d_spacing",
			"bad_32.xdi", "no column named 'energy' or 'angle' among [Energie");

	@TempDir
	Path dir;

	@Test
	void everyBadFileIsHandledAsBadFilesTxtSays() throws Exception {
		assertEquals(new TreeSet<>(BAD_FILES.keySet()), xdiFiles(BAD));
		for (Map.Entry<String, Expect> entry : BAD_FILES.entrySet()) {
			Path file = BAD.resolve(entry.getKey());
			Expect expect = entry.getValue();
			if (expect.kind() == Kind.ERROR) {
				SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> XdiReader.read(file),
						entry.getKey());
				assertEquals("line " + expect.line(), e.pathInFile(), entry.getKey());
				assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
				assertTrue(e.problem().contains(expect.text()), entry.getKey() + ": " + e.problem());
				continue;
			}
			XdiFile xdi = XdiReader.read(file);
			if (expect.kind() == Kind.CLEAN) {
				assertEquals(List.of(), xdi.warnings(), entry.getKey());
			} else {
				assertTrue(xdi.warnings().stream().anyMatch(w -> w.contains(expect.text())),
						entry.getKey() + ": " + xdi.warnings());
			}
			String noSpectrum = NO_SPECTRUM.get(entry.getKey());
			if (noSpectrum == null) {
				assertEquals(1, xdi.toSpectrumSet().size(), entry.getKey());
			} else {
				SpectrumFileException e = assertThrows(SpectrumFileException.class, xdi::toSpectrumSet);
				assertTrue(e.problem().contains(noSpectrum), e.problem());
			}
		}
	}

	@Test
	void badFileDetails() throws Exception {
		assertEquals(List.of(), XdiReader.read(BAD.resolve("bad_25.xdi")).applications());
		assertEquals("", XdiReader.read(BAD.resolve("bad_26.xdi")).comments());
		assertEquals("Value", XdiReader.read(BAD.resolve("bad_23.xdi")).field("Family.00key"));
		List<String> both = XdiReader.read(BAD.resolve("bad_30.xdi")).warnings();
		assertTrue(both.stream().anyMatch(w -> w.startsWith("Element.edge 'Bar'")), both.toString());
		// bad_07 has no Column.N: the label line names the columns, so mu is still found
		XdiFile unlabelled = XdiReader.read(BAD.resolve("bad_07.xdi"));
		assertEquals(List.of("energy", "i0", "itrans", "mutrans"),
				unlabelled.columns().stream().map(XdiFile.XdiColumn::name).toList());
		// bad_08 lacks Column.4 (mutrans): mu falls back to ln(i0/itrans)
		Spectrum fallback = XdiReader.readSpectra(BAD.resolve("bad_08.xdi")).spectrum(0);
		assertEquals("ln(i0/itrans)", fallback.metadata().sourcePath());
		assertEquals(Math.log(149013.7 / 550643.089065), fallback.mu(0), 1e-12);
	}

	@Test
	void everyGoodFileReads() throws Exception {
		Set<String> names = xdiFiles(GOOD);
		assertEquals(16, names.size());
		Set<String> noEnergy = Set.of("nonxafs_1d.xdi", "nonxafs_negvalues.xdi");
		for (String name : names) {
			XdiFile xdi = XdiReader.read(GOOD.resolve(name));
			assertTrue(xdi.columns().size() >= 2, name);
			if (noEnergy.contains(name)) {
				assertThrows(SpectrumFileException.class, xdi::toSpectrumSet, name);
			} else {
				SpectrumSet set = xdi.toSpectrumSet();
				assertTrue(set.energy().size() > 200, name);
				assertTrue(xdi.warnings().stream().noneMatch(w -> w.startsWith("line")), name + xdi.warnings());
			}
		}
	}

	@Test
	void cuMetalRoomTemperature() throws Exception {
		XdiFile xdi = XdiReader.read(GOOD.resolve("cu_metal_rt.xdi"));
		assertEquals("1.0", xdi.version());
		assertEquals(List.of("GSE/1.0"), xdi.applications());
		assertEquals(3.13553, xdi.dSpacing(), 0);
		assertEquals(List.of("energy", "i0", "itrans", "mutrans"),
				xdi.columns().stream().map(XdiFile.XdiColumn::name).toList());
		assertEquals("eV", xdi.columns().get(0).units());
		assertNull(xdi.columns().get(1).units());
		assertEquals(List.of(), xdi.warnings());
		SpectrumSet set = xdi.toSpectrumSet();
		assertEquals(408, set.energy().size());
		assertEquals(8779.0, set.energy().min(), 0);
		assertEquals(10145.86, set.energy().max(), 1e-9);
		Spectrum cu = set.spectrum(0);
		assertEquals(-1.3070486, cu.mu(0), 0);
		assertEquals(0.24890911, cu.mu(407), 0);
		assertEquals("Cu", cu.metadata().element());
		assertEquals("K", cu.metadata().edge());
		assertEquals("transmission", cu.metadata().mode());
		assertEquals("mutrans", cu.metadata().sourcePath());
		assertEquals("Cu", cu.metadata().sample());
	}

	@Test
	void platinumL3FromIntensities() throws Exception {
		XdiFile xdi = XdiReader.read(GOOD.resolve("pt_metal_rt.xdi"));
		assertEquals("L3", xdi.field("element.edge"));
		assertEquals(3.13555, xdi.dSpacing(), 0);
		assertEquals(List.of("energy", "time", "itrans", "i0"),
				xdi.columns().stream().map(XdiFile.XdiColumn::name).toList());
		Spectrum pt = xdi.toSpectrumSet().spectrum(0);
		assertEquals(418, pt.size());
		assertEquals("ln(i0/itrans)", pt.metadata().sourcePath());
		assertEquals(Math.log(56237.7 / 332768.1), pt.mu(0), 1e-12);
		assertEquals("Pt", pt.metadata().element());
		assertEquals("Pt metal foil", pt.metadata().sample());
	}

	@Test
	void twoDimensionalScanKeepsOuterValues() throws Exception {
		XdiFile xdi = XdiReader.read(GOOD.resolve("nonxafs_2d.xdi"));
		Map<Integer, Double> outer = xdi.outerValues();
		assertEquals(41, outer.size());
		assertEquals(1.0, outer.get(0), 0);
		assertEquals(1.1, outer.get(5), 0);
		assertEquals(1.2, outer.get(9), 0);
		assertEquals(List.of(5.0), outer.entrySet().stream().skip(40).map(Map.Entry::getValue).toList());
		assertEquals(203, xdi.columns().get(0).values().length);
		assertEquals(Map.of(), XdiReader.read(GOOD.resolve("cu_metal_rt.xdi")).outerValues());
	}

	@Test
	void larchFeoRt1() throws Exception {
		XdiFile xdi = XdiReader.read(SharedData.file("larch/xafsdata/feo_rt1.xdi"));
		assertEquals(List.of(), xdi.applications());
		assertEquals(3.13553, xdi.dSpacing(), 0);
		assertEquals("FeO", xdi.field("Sample.name"));
		Spectrum feo = xdi.toSpectrumSet().spectrum(0);
		assertEquals(412, feo.size());
		assertEquals(6911.7671, feo.energy().min(), 1e-9);
		assertEquals(8084.0938, feo.energy().max(), 1e-9);
		assertEquals(-0.03599259, feo.mu(0), 0);
		assertEquals(0.42842774, feo.mu(411), 0);
		assertEquals("Fe", feo.metadata().element());
		assertEquals("K", feo.metadata().edge());
	}

	@Test
	void braggAngleBecomesEnergy() throws Exception {
		Path file = dir.resolve("angle.xdi");
		Files.writeString(file, """
				# XDI/1.0
				# Column.1: angle degrees
				# Column.2: i0
				# Column.3: ifluor
				# Mono.d_spacing: 3.13553
				# Element.symbol: Cu
				# Element.edge: K
				#----
				# angle i0 ifluor
				14.0  100.0  5.0
				13.0  100.0  7.0
				""", StandardCharsets.ISO_8859_1);
		Spectrum s = XdiReader.readSpectra(file).spectrum(0);
		// sorted ascending in energy: the larger angle gives the lower energy
		assertEquals(12398.4198 / (2 * 3.13553 * Math.sin(Math.toRadians(14))), s.energy().get(0), 1e-9);
		assertEquals(8172.41, s.energy().get(0), 0.01);
		assertEquals(0.05, s.mu(0), 1e-15);
		assertEquals(0.07, s.mu(1), 1e-15);
		assertEquals("fluorescence", s.metadata().mode());
		assertEquals("ifluor/i0", s.metadata().sourcePath());
	}

	@Test
	void recognisesOnlyXdiHeads() throws IOException {
		Path cu = GOOD.resolve("cu_metal_rt.xdi");
		assertTrue(XdiReader.recognises(cu, Files.readString(cu, StandardCharsets.ISO_8859_1)));
		Path xmu = SharedData.file("larch/xafsdata/cu.xmu");
		assertFalse(XdiReader.recognises(xmu, Files.readString(xmu, StandardCharsets.ISO_8859_1)));
	}

	private static Set<String> xdiFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xdi"))
					.collect(Collectors.toCollection(TreeSet::new));
		}
	}
}
