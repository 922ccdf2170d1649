package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-spectrum results as CSV: for the STXM map and for a list of spectra with awkward labels. */
class ResultCsvWriterTest {

	@TempDir
	Path dir;

	@Test
	void stxmMapGivesOneRowPerPixelWithItsAxesAndResult() throws Exception {
		SpectrumSet stxm = NexusSpectrumReader.read(NexusSpectrumReaderTest.STXM);
		DoubleDataset jump = DatasetFactory.zeros(DoubleDataset.class, stxm.mapShape());
		for (int i = 0; i < stxm.size(); i++) {
			double[] mu = stxm.spectrum(i).mu();
			jump.set(mu[mu.length - 1] - mu[0], stxm.position(i));
		}
		Path out = dir.resolve("results.csv");

		ResultCsvWriter.write(out, stxm, List.of(new ResultMap("edge_jump", "counts", jump)));

		String text = Files.readString(out, StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertEquals(2501, lines.size());
		assertTrue(text.endsWith("\r\n"));
		String y = stxm.mapAxes().get(0).name();
		String x = stxm.mapAxes().get(1).name();
		assertEquals("index,label," + y + "," + x + ",edge_jump (counts)", lines.get(0));
		int index = 2 * 50 + 7;
		double[] mu = stxm.spectrum(index).mu();
		assertEquals(index + ",\"[2, 7]\"," + stxm.mapAxes().get(0).values()[2] + ","
				+ stxm.mapAxes().get(1).values()[7] + "," + (mu[mu.length - 1] - mu[0]), lines.get(1 + index));
	}

	@Test
	void labelsAreQuotedAndNanIsEmpty() throws Exception {
		SpectrumSet set = SpectrumSet.of(List.of(spectrum("plain"), spectrum("Fe, \"oxide\""), spectrum("x")),
				SpectrumMetadata.NONE);
		DoubleDataset e0 = DatasetFactory.createFromObject(DoubleDataset.class, new double[] { 7112.25, Double.NaN, 0.1 });
		DoubleDataset fraction = DatasetFactory.createFromObject(DoubleDataset.class, new double[] { 1, 0.5, -2e-9 });
		Path out = dir.resolve("list.csv");

		ResultCsvWriter.write(out, set, List.of(new ResultMap("e0", "eV", e0), new ResultMap("fraction", "", fraction)));

		String axis = set.mapAxes().get(0).name();
		assertEquals("index,label," + axis + ",e0 (eV),fraction\r\n"
				+ "0,plain,0.0,7112.25,1.0\r\n"
				+ "1,\"Fe, \"\"oxide\"\"\",1.0,,0.5\r\n"
				+ "2,x,2.0,0.1,-2.0E-9\r\n", Files.readString(out, StandardCharsets.UTF_8));
	}

	@Test
	void resultOfTheWrongShapeIsRefusedByName() {
		SpectrumSet set = SpectrumSet.of(List.of(spectrum("a"), spectrum("b")), SpectrumMetadata.NONE);
		Path out = dir.resolve("wrong.csv");
		ResultMap wrong = new ResultMap("e0", "eV", DatasetFactory.zeros(DoubleDataset.class, 3));

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ResultCsvWriter.write(out, set, List.of(wrong)));

		assertTrue(e.getMessage().contains("'e0'") && e.getMessage().contains("[3]"), e.getMessage());
		assertFalse(Files.exists(out));
	}

	private static Spectrum spectrum(String label) {
		return new Spectrum(EnergyAxis.of(1, 2), new double[] { 0, 1 }, label, SpectrumMetadata.NONE);
	}
}
