package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/**
 * Multi-element fluorescence detectors: the detector's NXdata group reads as mu = If/I0, If the dead-time
 * corrected counts summed over the elements; its signal dataset still reads each element on its own.
 */
class NexusFluorescenceDetectorTest {

	private static final String XSPRESS = "/entry1/xspress2system";

	@TempDir
	Path dir;

	@Test
	void gdaXspressSumOverI0EqualsAHandSumOfThe64Elements() throws Exception {
		SpectrumSet set = NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, XSPRESS);

		double[][][] counts;
		double[] i0;
		try (HdfFile file = new HdfFile(NexusSpectrumReaderTest.GDA)) {
			counts = (double[][][]) file.getDatasetByPath(XSPRESS + "/data").getData();
			i0 = (double[]) file.getDatasetByPath("/entry1/counterTimer01/I0").getData();
		}
		assertEquals(1, set.size());
		assertEquals(489, set.energy().size());
		// the scan ascends, so point k of the file is point k of the spectrum
		for (int k : new int[] { 0, 100, 300, 488 }) {
			double sum = 0;
			for (int element = 0; element < 64; element++) {
				sum += counts[k][0][element];
			}
			assertEquals(sum / i0[k], set.spectrum(0).mu(k), 1e-12 * Math.abs(sum / i0[k]), "point " + k);
		}
		// the file gives no ICR/OCR or dead-time factor, so the formula has no correction
		assertEquals("sum over 64 elements of /entry1/xspress2system/data / /entry1/counterTimer01/I0",
				set.metadata().sourcePath());
		assertEquals("fluorescence", set.metadata().mode());
	}

	@Test
	void eachElementStaysReadableAndTheElementsAddUpToTheSummedSpectrum() throws Exception {
		SpectrumSet summed = NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, XSPRESS);
		SpectrumSet elements = NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, XSPRESS + "/data");
		double[] i0;
		try (HdfFile file = new HdfFile(NexusSpectrumReaderTest.GDA)) {
			i0 = (double[]) file.getDatasetByPath("/entry1/counterTimer01/I0").getData();
		}

		assertEquals(64, elements.size());
		assertArrayEquals(summed.energy().values(), elements.energy().values());
		for (int k = 0; k < i0.length; k++) {
			double sum = 0;
			for (int element = 0; element < elements.size(); element++) {
				sum += elements.spectrum(element).mu(k);
			}
			assertEquals(sum / i0[k], summed.spectrum(0).mu(k), 1e-12 * Math.abs(sum / i0[k]), "point " + k);
		}
	}

	@Test
	void aDeadTimeFactorBesideTheSignalMultipliesEachElement() throws Exception {
		Path file = dir.resolve("dtfactor.nxs");
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup detector = detector(entry(out), new double[][] { { 10, 20 }, { 30, 40 }, { 50, 60 } }, null);
			detector.putDataset("DTFactor", new double[][] { { 1, 2 }, { 1, 1 }, { 1.5, 1 } });
		}

		SpectrumSet set = NexusSpectrumReader.read(file, "/entry/detector");

		// (10*1 + 20*2)/2, (30 + 40)/5, (50*1.5 + 60)/10
		assertArrayEquals(new double[] { 25, 14, 13.5 }, set.spectrum(0).mu(), 1e-12);
		assertEquals("sum over 2 elements of (/entry/detector/data * /entry/detector/DTFactor) / /entry/counts/I0",
				set.metadata().sourcePath());
	}

	@Test
	void inputOverOutputCountRatesInTheLinkedDetectorGroupCorrectEachElement() throws Exception {
		Path file = dir.resolve("icr-ocr.nxs");
		try (WritableHdfFile out = HdfFile.write(file)) {
			WritableGroup entry = entry(out);
			// as GDA links an NXdetector's data into an NXdata group: the link's @target names the detector
			detector(entry, new double[][] { { 10, 20 }, { 30, 40 }, { 50, 60 } }, "/entry/instrument/xspress3/data");
			WritableGroup instrument = entry.putGroup("instrument");
			instrument.putAttribute("NX_class", "NXinstrument");
			WritableGroup xspress3 = instrument.putGroup("xspress3");
			xspress3.putAttribute("NX_class", "NXdetector");
			xspress3.putDataset("ICR", new double[][] { { 200, 100 }, { 100, 100 }, { 100, 100 } });
			// no output counts at the last point of element 1: its counts stay as measured
			xspress3.putDataset("OCR", new double[][] { { 100, 100 }, { 100, 50 }, { 100, 0 } });
		}

		SpectrumSet set = NexusSpectrumReader.read(file, "/entry/detector");

		// (10*2 + 20)/2, (30 + 40*2)/5, (50 + 60)/10
		assertArrayEquals(new double[] { 20, 22, 11 }, set.spectrum(0).mu(), 1e-12);
		assertEquals("sum over 2 elements of (/entry/detector/data * /entry/instrument/xspress3/ICR"
				+ " / /entry/instrument/xspress3/OCR) / /entry/counts/I0", set.metadata().sourcePath());
	}

	/** Writes the NXentry of a three-point scan with NXdata "counts" holding I0 = 2, 5, 10. */
	private static WritableGroup entry(WritableHdfFile out) {
		WritableGroup entry = out.putGroup("entry");
		entry.putAttribute("NX_class", "NXentry");
		WritableGroup ionChambers = entry.putGroup("counts");
		ionChambers.putAttribute("NX_class", "NXdata");
		ionChambers.putDataset("I0", new double[] { 2, 5, 10 });
		return entry;
	}

	/**
	 * Writes NXdata "detector": the counts [energy, element] with the {@code @target} attribute when it is not
	 * {@code null}, and their Energy axis.
	 */
	private static WritableGroup detector(WritableGroup entry, double[][] counts, String target) {
		WritableGroup detector = entry.putGroup("detector");
		detector.putAttribute("NX_class", "NXdata");
		detector.putAttribute("signal", "data");
		detector.putAttribute("axes", new String[] { "Energy", "." });
		WritableDataset data = detector.putDataset("data", counts);
		if (target != null) {
			data.putAttribute("target", target);
		}
		detector.putDataset("Energy", new double[] { 7100, 7110, 7120 }).putAttribute("units", "eV");
		return detector;
	}
}
