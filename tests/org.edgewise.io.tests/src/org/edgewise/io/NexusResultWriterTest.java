package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.eclipse.january.dataset.IntegerDataset;
import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.api.Node;

/** Result maps written next to the STXM input and read back with jhdf. */
class NexusResultWriterTest {

	static final ProcessInfo PROCESS = new ProcessInfo("Edgewise", "0.1.0", "2025-01-01T00:00:00Z",
			Map.of("step", "edge-step normalisation", "pre/edge", "-200:-30"));

	@TempDir
	Path dir;

	SpectrumSet input;
	DoubleDataset e0;
	IntegerDataset classes;

	@BeforeEach
	void computeMaps() throws Exception {
		input = NexusSpectrumReader.read(NexusSpectrumReaderTest.STXM);
		e0 = DatasetFactory.zeros(DoubleDataset.class, 50, 50);
		classes = DatasetFactory.zeros(IntegerDataset.class, 50, 50);
		for (int i = 0; i < input.size(); i++) {
			int[] position = input.position(i);
			double[] mu = input.spectrum(i).mu();
			e0.set(mu[3] - mu[0], position);
			classes.set(i % 3, position);
		}
	}

	@Test
	void eachResultIsAPlottableNxdataWithTheInputAxes() throws Exception {
		Path out = dir.resolve("results.nxs");

		NexusResultWriter.write(out, input, PROCESS,
				List.of(new ResultMap("edge_jump", "counts", e0), new ResultMap("class", "", classes)));

		try (HdfFile file = new HdfFile(out)) {
			assertEquals("entry", file.getAttribute("default").getData());
			Node entry = file.getByPath("/entry");
			assertEquals("NXentry", entry.getAttribute("NX_class").getData());
			assertEquals("edge_jump", entry.getAttribute("default").getData());

			Node data = file.getByPath("/entry/edge_jump");
			assertEquals("NXdata", data.getAttribute("NX_class").getData());
			assertEquals("edge_jump", data.getAttribute("signal").getData());
			assertArrayEquals(new String[] { "sample_y", "sample_x" }, (String[]) data.getAttribute("axes").getData());
			assertEquals(0, ((Number) data.getAttribute("sample_y_indices").getData()).intValue());
			assertEquals(1, ((Number) data.getAttribute("sample_x_indices").getData()).intValue());
			double[][] values = (double[][]) file.getDatasetByPath("/entry/edge_jump/edge_jump").getData();
			// pixel (0, 0): 1583 - 1080 counts; pixel (49, 49): 1215 - 966
			assertEquals(503, values[0][0], 0.0);
			assertEquals(249, values[49][49], 0.0);
			assertEquals("counts", file.getByPath("/entry/edge_jump/edge_jump").getAttribute("units").getData());
			assertArrayEquals(input.mapAxes().get(1).values(),
					(double[]) file.getDatasetByPath("/entry/edge_jump/sample_x").getData(), 0.0);
			assertEquals("\u03bcm", file.getByPath("/entry/edge_jump/sample_x").getAttribute("units").getData());

			long[][] classValues = (long[][]) file.getDatasetByPath("/entry/class/class").getData();
			assertEquals(2, classValues[0][2]);
			assertEquals(null, file.getByPath("/entry/class/class").getAttribute("units"));

			assertEquals("NXprocess", file.getByPath("/entry/process").getAttribute("NX_class").getData());
			assertEquals("Edgewise", file.getDatasetByPath("/entry/process/program").getData());
			assertEquals("0.1.0", file.getDatasetByPath("/entry/process/version").getData());
			assertEquals("2025-01-01T00:00:00Z", file.getDatasetByPath("/entry/process/date").getData());
			assertEquals(NexusSpectrumReaderTest.STXM.toString(),
					file.getDatasetByPath("/entry/process/input_file").getData());
			assertEquals("/entry1/counter0/data", file.getDatasetByPath("/entry/process/input_path").getData());
			assertEquals("NXparameters",
					file.getByPath("/entry/process/parameters").getAttribute("NX_class").getData());
			assertEquals("edge-step normalisation", file.getDatasetByPath("/entry/process/parameters/step").getData());
			assertEquals("-200:-30", file.getDatasetByPath("/entry/process/parameters/pre_edge").getData());
		}
	}

	@Test
	void refusesToWriteOverItsInputAndLeavesItUntouched() throws Exception {
		Path copy = Files.copy(NexusSpectrumReaderTest.STXM, dir.resolve("stack.hdf5"));
		SpectrumSet fromCopy = NexusSpectrumReader.read(copy);
		byte[] before = Files.readAllBytes(copy);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> NexusResultWriter.write(copy,
				fromCopy, PROCESS, List.of(new ResultMap("edge_jump", "counts", e0))));

		assertEquals(copy, e.file());
		assertArrayEquals(before, Files.readAllBytes(copy));
	}

	@Test
	void resultShapeMustMatchTheMap() {
		DoubleDataset wrong = DatasetFactory.zeros(DoubleDataset.class, 50, 49);

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NexusResultWriter
				.write(dir.resolve("r.nxs"), input, PROCESS, List.of(new ResultMap("e0", "eV", wrong))));

		assertEquals("result 'e0' has shape [50, 49], the input's map is [50, 50]", e.getMessage());
	}

	@Test
	void resultNamedLikeAMapAxisIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> NexusResultWriter.write(dir.resolve("r.nxs"), input,
				PROCESS, List.of(new ResultMap("sample_x", "", e0))));
	}
}
