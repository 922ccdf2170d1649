package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spectra written as XDI and read back with {@link XdiReader}: the same numbers, bit for bit. */
class XdiWriterTest {

	static final Path CU_XMU = SharedData.file("larch/xafsdata/cu.xmu");
	static final Path FEO = XdiReaderTest.GOOD.resolve("feo_rt1.xdi");

	@TempDir
	Path dir;

	@Test
	void cuFoilRoundTripsBitForBitWithItsElementAndEdge() throws Exception {
		Spectrum read = SpectrumFiles.read(CU_XMU).spectrum(0);
		SpectrumMetadata metadata = read.metadata().withEdge("Cu", "K").withMode("transmission")
				.withSample("Cu foil, 10 K");
		Spectrum cu = new Spectrum(read.energy(), read.mu(), read.label(), metadata);
		Path out = dir.resolve("cu.xdi");

		XdiWriter.write(out, cu);

		XdiFile file = XdiReader.read(out);
		// The fields XDI 1.0 asks for that Edgewise metadata does not hold are the only complaints.
		assertEquals(List.of("missing field Facility.name", "missing field Beamline.name",
				"missing field Mono.d_spacing"), file.warnings());
		assertEquals("1.0", file.version());
		assertEquals(List.of("Edgewise/0.1"), file.applications());
		assertEquals("energy", file.columns().get(0).name());
		assertEquals("eV", file.columns().get(0).units());
		assertEquals("mutrans", file.columns().get(1).name());
		assertNull(file.field("Mono.d_spacing"));
		assertTrue(file.comments().contains(CU_XMU.toString()), file.comments());
		Spectrum back = file.toSpectrumSet().spectrum(0);
		assertEquals(612, back.size());
		assertArrayEquals(cu.energy().values(), back.energy().values(), 0.0);
		assertArrayEquals(cu.mu(), back.mu(), 0.0);
		assertEquals(8786.204, back.energy().get(0), 0.0);
		assertEquals(1.013661, back.mu(0), 0.0);
		assertEquals("Cu", back.metadata().element());
		assertEquals("K", back.metadata().edge());
		assertEquals("transmission", back.metadata().mode());
		assertEquals("Cu foil, 10 K", back.metadata().sample());
	}

	@Test
	void xdiSpectrumWrittenAgainReadsTheSame() throws Exception {
		SpectrumSet feo = XdiReader.readSpectra(FEO);
		Path out = dir.resolve("feo.xdi");

		XdiWriter.write(out, feo, 0);

		SpectrumSet back = XdiReader.readSpectra(out);
		assertArrayEquals(feo.energy().values(), back.energy().values(), 0.0);
		assertArrayEquals(feo.spectrum(0).mu(), back.spectrum(0).mu(), 0.0);
		assertEquals("Fe", back.metadata().element());
		assertEquals("K", back.metadata().edge());
		assertEquals(feo.metadata().mode(), back.metadata().mode());
		assertEquals(feo.metadata().sample(), back.metadata().sample());
	}

	@Test
	void unknownModeIsWrittenAsMuAndUnknownFieldsAreLeftOut() throws Exception {
		Path out = dir.resolve("plain.xdi");

		XdiWriter.write(out, Spectrum.of(new double[] { 7100, 7110.5, 7120 }, new double[] { 0.1, 0.5, 1.0 }, "s"));

		List<String> lines = Files.readAllLines(out);
		assertEquals("# XDI/1.0 Edgewise/0.1", lines.get(0));
		assertEquals("# Column.2: mu", lines.get(2));
		assertFalse(lines.stream().anyMatch(l -> l.startsWith("# Element.") || l.startsWith("# Sample.")));
		assertEquals(List.of("#----", "# energy mu", "7100.0 0.1", "7110.5 0.5", "7120.0 1.0"),
				lines.subList(lines.size() - 5, lines.size()));
		assertArrayEquals(new double[] { 0.1, 0.5, 1.0 }, XdiReader.readSpectra(out).spectrum(0).mu(), 0.0);
	}

	@Test
	void nonFiniteMuIsRefusedAndNoFileIsLeft() {
		Path out = dir.resolve("nan.xdi");
		Spectrum bad = Spectrum.of(new double[] { 1, 2, 3 }, new double[] { 0.1, Double.NaN, 0.3 }, "bad pixel");

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XdiWriter.write(out, bad));

		assertTrue(e.getMessage().contains("'bad pixel'") && e.getMessage().contains("point 1"), e.getMessage());
		assertFalse(Files.exists(out));
	}
}
