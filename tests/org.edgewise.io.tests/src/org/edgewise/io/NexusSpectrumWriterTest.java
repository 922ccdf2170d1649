package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.january.dataset.Dataset;
import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;

/** Writing spectra and reading them back with {@link NexusSpectrumReader}. */
class NexusSpectrumWriterTest {

	@TempDir
	Path dir;

	@Test
	void stxmMapRoundTrip() throws Exception {
		SpectrumSet original = NexusSpectrumReader.read(NexusSpectrumReaderTest.STXM);
		Path out = dir.resolve("map.nxs");

		NexusSpectrumWriter.writeMap(out, original, "NXstxm");
		SpectrumSet back = NexusSpectrumReader.read(out);

		assertSameSpectra(original, back);
		assertEquals("/entry/data/data", back.metadata().sourcePath());
		try (HdfFile file = new HdfFile(out)) {
			assertEquals("entry", file.getAttribute("default").getData());
			assertEquals("NXstxm", file.getDatasetByPath("/entry/definition").getData());
			assertEquals("eV", file.getByPath("/entry/data/energy").getAttribute("units").getData());
			assertArrayEquals(new String[] { "energy", "sample_y", "sample_x" },
					(String[]) file.getByPath("/entry/data").getAttribute("axes").getData());
		}
	}

	@Test
	void listOfSpectraRoundTripKeepsEnergyOnTheLastDimension() throws Exception {
		SpectrumSet original = ColumnTextReader.read(SharedData.file("larch/xafsdata/cu.xmu"));
		Path out = dir.resolve("cu.nxs");

		NexusSpectrumWriter.writeMap(out, original, "NXxas");
		SpectrumSet back = NexusSpectrumReader.read(out);

		assertEquals(1, back.energyDimension());
		assertSameSpectra(original, back);
	}

	@Test
	void energyLastMapRoundTrip() throws Exception {
		EnergyAxis energy = EnergyAxis.of(7100, 7110, 7120);
		Dataset mu = DatasetFactory.createRange(DoubleDataset.class, 2 * 2 * 3).reshape(2, 2, 3);
		SpectrumSet original = SpectrumSet.ofMap(energy, mu, 2,
				List.of(new DataAxis("y", "mm", new double[] { 0.5, 1.5 }), DataAxis.index("x", 2)),
				SpectrumMetadata.NONE.withEdge("Fe", "K").withSample("pellet"));
		Path out = dir.resolve("yxe.nxs");

		NexusSpectrumWriter.writeMap(out, original, "NXstxm");
		SpectrumSet back = NexusSpectrumReader.read(out);

		assertEquals(2, back.energyDimension());
		assertSameSpectra(original, back);
		assertEquals("Fe", back.metadata().element());
		assertEquals("K", back.metadata().edge());
		assertEquals("pellet", back.metadata().sample());
	}

	@Test
	void xasScanRoundTripGivesTheGdaSpectrum() throws Exception {
		SpectrumSet gda = NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA);
		double[] i0;
		double[] it;
		try (HdfFile file = new HdfFile(NexusSpectrumReaderTest.GDA)) {
			i0 = (double[]) file.getDatasetByPath("/entry1/counterTimer01/I0").getData();
			it = (double[]) file.getDatasetByPath("/entry1/counterTimer01/It").getData();
		}
		Path out = dir.resolve("fe.nxs");

		NexusSpectrumWriter.writeXasScan(out, gda.energy(), i0, it,
				new SpectrumMetadata("Fe", "K", "transmission", "Fe foil", null, null));
		SpectrumSet back = NexusSpectrumReader.read(out);

		assertEquals(gda.energy(), back.energy());
		assertArrayEquals(gda.spectrum(0).mu(), back.spectrum(0).mu(), 0.0);
		assertEquals("transmission", back.metadata().mode());
		assertEquals("Fe", back.metadata().element());
		assertEquals("K", back.metadata().edge());
		assertEquals("Fe foil", back.metadata().sample());
		assertEquals("ln(/entry/instrument/incoming_beam/data / /entry/instrument/absorbed_beam/data)",
				back.metadata().sourcePath());
		try (HdfFile file = new HdfFile(out)) {
			assertEquals("NXxas", file.getDatasetByPath("/entry/definition").getData());
			assertEquals("Transmission", file.getDatasetByPath("/entry/data/mode").getData());
		}
	}

	@Test
	void rewritingReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
		SpectrumSet set = ColumnTextReader.read(SharedData.file("larch/xafsdata/cu.xmu"));
		Path out = dir.resolve("again.nxs");

		NexusSpectrumWriter.writeMap(out, set, "NXxas");
		NexusSpectrumWriter.writeMap(out, set, "NXxas");

		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(out), files.toList());
		}
		assertEquals(612, NexusSpectrumReader.read(out).energy().size());
	}

	@Test
	void mismatchedScanLengthsAreRefused() {
		EnergyAxis energy = EnergyAxis.of(1, 2, 3);
		assertThrows(IllegalArgumentException.class, () -> NexusSpectrumWriter.writeXasScan(dir.resolve("x.nxs"),
				energy, new double[3], new double[2], SpectrumMetadata.NONE));
	}

	static void assertSameSpectra(SpectrumSet expected, SpectrumSet actual) {
		assertEquals(expected.energy(), actual.energy());
		assertEquals(expected.energyDimension(), actual.energyDimension());
		assertArrayEquals(expected.data().getShape(), actual.data().getShape());
		for (int i = 0; i < expected.size(); i++) {
			assertArrayEquals(expected.spectrum(i).mu(), actual.spectrum(i).mu(), 0.0, "spectrum " + i);
		}
		assertEquals(expected.mapAxes().size(), actual.mapAxes().size());
		for (int d = 0; d < expected.mapAxes().size(); d++) {
			DataAxis e = expected.mapAxes().get(d);
			DataAxis a = actual.mapAxes().get(d);
			assertEquals(e.name(), a.name());
			assertEquals(e.units(), a.units());
			assertArrayEquals(e.values(), a.values(), 0.0);
		}
	}
}
