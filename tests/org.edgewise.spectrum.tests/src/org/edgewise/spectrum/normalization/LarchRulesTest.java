package org.edgewise.spectrum.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Branches of Larch's pre_edge() that the Cu reference does not reach, on real spectra from
 * larch/xafsdata (xraypy/xraylarch examples, MIT). The expected figures were computed by running the
 * functions of larch/xafs/pre_edge.py and larch/math/utils.py (xraylarch commit a272abc, numpy 2.4) on
 * exactly the inputs built here.
 */
class LarchRulesTest {

	private static final double TOLERANCE = 1e-9;

	private static double[][] cu() throws IOException {
		return ColumnFile.read(SharedData.file("larch/xafsdata/cu.xmu"));
	}

	private static NormalizationResult normalise(double[] energy, double[] mu, NormalizationSettings settings) {
		return new EdgeStepNormalization(settings).apply(Spectrum.of(energy, mu, "cu variant"));
	}

	@Test
	void hematiteWithDefaults() throws IOException {
		Spectrum fe2o3 = ColumnFile.spectrum(SharedData.file("larch/xafsdata/fe2o3_rt1.xmu"));
		NormalizationResult r = new EdgeStepNormalization(new NormalizationSettings()).apply(fe2o3);
		assertEquals(412, fe2o3.size());
		assertEquals(7125.6176, r.e0(), TOLERANCE);
		assertEquals(1.293083517465134, r.edgeStep(), TOLERANCE);
		assertEquals(-210.0, r.pre1(), TOLERANCE);
		assertEquals(-105.0, r.pre2(), TOLERANCE);
		assertEquals(25.0, r.norm1(), TOLERANCE);
		assertEquals(958.6161000000002, r.norm2(), TOLERANCE);
		assertEquals(2, r.nnorm());
		assertEquals(7.430189634378894, r.preOffset(), TOLERANCE);
		assertEquals(-0.0009579736274344694, r.preSlope(), TOLERANCE);
		assertEquals(1.06062739720732, r.norm()[103], TOLERANCE);
		assertEquals(1.061148412368102, r.flat()[103], TOLERANCE);
		assertEquals(0.9004475523132506, r.norm()[411], TOLERANCE);
		assertEquals(1.0070382762594132, r.flat()[411], TOLERANCE);
	}

	/** FeO: a spectrum whose E0 moves by 0.4 eV if the derivative smoothing differs from Larch's. */
	@Test
	void wustiteWithDefaults() throws IOException {
		Spectrum feo = ColumnFile.spectrum(SharedData.file("larch/xafsdata/feo_rt1.xdi"));
		NormalizationResult r = new EdgeStepNormalization(new NormalizationSettings()).apply(feo);
		assertEquals(412, feo.size());
		assertEquals(7122.9272, r.e0(), TOLERANCE);
		assertEquals(1.3543642063221588, r.edgeStep(), TOLERANCE);
		assertEquals(-205.0, r.pre1(), TOLERANCE);
		assertEquals(-102.5, r.pre2(), TOLERANCE);
		assertEquals(960.0, r.norm2(), TOLERANCE);
		assertEquals(4.056331090657984, r.preOffset(), TOLERANCE);
		assertEquals(-0.0005921450531260237, r.preSlope(), TOLERANCE);
		assertEquals(1.4345588486377077, r.norm()[103], TOLERANCE);
		assertEquals(1.435833930908308, r.flat()[103], TOLERANCE);
		assertEquals(0.8557910764389134, r.norm()[411], TOLERANCE);
		assertEquals(1.005857764750657, r.flat()[411], TOLERANCE);
	}

	/** 80 points: too few for Larch's energy-step estimate, which then counts as 1 eV in the smoothing step. */
	@Test
	void shortScanAroundTheEdge() throws IOException {
		double[][] cu = cu();
		NormalizationResult r = normalise(Arrays.copyOfRange(cu[0], 60, 140), Arrays.copyOfRange(cu[1], 60, 140),
				new NormalizationSettings());
		assertEquals(8977.58, r.e0(), TOLERANCE);
		assertEquals(1.7984630079478956, r.edgeStep(), TOLERANCE);
		assertEquals(-19.344999999999345, r.pre1(), TOLERANCE);
		assertEquals(-9.672499999999673, r.pre2(), TOLERANCE);
		assertEquals(5.0, r.norm1(), TOLERANCE);
		assertEquals(18.863999999999578, r.norm2(), TOLERANCE);
		assertEquals(0, r.nnorm());
		assertEquals(0.3458498012038578, r.norm()[40], TOLERANCE);
		assertEquals(1.148739714381824, r.norm()[79], TOLERANCE);
	}

	/**
	 * The edge within the first 5 % of the points (Larch's glitch rule for the E0 search) and fewer than three
	 * points below it (a constant pre-edge instead of a line).
	 */
	@Test
	void edgeAtTheStartOfTheScan() throws IOException {
		double[][] cu = cu();
		int n = cu[0].length;
		NormalizationResult r = normalise(Arrays.copyOfRange(cu[0], 95, n), Arrays.copyOfRange(cu[1], 95, n),
				new NormalizationSettings());
		assertEquals(8978.057, r.e0(), TOLERANCE);
		assertEquals(2.06927113681944, r.edgeStep(), TOLERANCE);
		assertEquals(-2.0, r.pre1(), TOLERANCE);
		assertEquals(-1.0, r.pre2(), TOLERANCE);
		assertEquals(2384.4129999999986, r.norm2(), TOLERANCE);
		assertEquals(1.1344940000000001, r.preOffset(), TOLERANCE);
		assertEquals(0.0, r.preSlope());
		assertEquals(0, r.nvict());
		assertEquals(-0.04499845300269371, r.norm()[0], TOLERANCE);
		assertEquals(0.6871501635042, r.norm()[258], TOLERANCE);
		assertEquals(0.9767785649773708, r.flat()[258], TOLERANCE);
	}

	@Test
	void victoreenWeightedPreEdge() throws IOException {
		double[][] cu = cu();
		NormalizationSettings settings = new NormalizationSettings();
		settings.setNvict(2);
		NormalizationResult r = normalise(cu[0], cu[1], settings);
		assertEquals(8977.58, r.e0(), TOLERANCE);
		assertEquals(2.300470761223174, r.edgeStep(), TOLERANCE);
		assertEquals(2, r.nvict());
		assertEquals(257544047.81716844, r.preOffset(), 1e-9 * 257544047.81716844);
		assertEquals(-20527.712205048003, r.preSlope(), 1e-9 * 20527.712205048003);
		assertEquals(0.5025504089540238, r.norm()[611], TOLERANCE);
		assertEquals(0.9920653938701287, r.flat()[611], TOLERANCE);
	}

	/** Every point from index 95 to 125 read twice, the second time 0.2 meV higher, as a quick scan may. */
	@Test
	void repeatedReadingsThroughTheEdge() throws IOException {
		double[][] cu = cu();
		int n = cu[0].length;
		double[] energy = new double[n + 31];
		double[] mu = new double[n + 31];
		int j = 0;
		for (int i = 0; i < n; i++) {
			energy[j] = cu[0][i];
			mu[j++] = cu[1][i];
			if (i >= 95 && i <= 125) {
				energy[j] = cu[0][i] + 0.0002;
				mu[j++] = cu[1][i];
			}
		}
		NormalizationResult r = normalise(energy, mu, new NormalizationSettings());
		assertEquals(8977.58, r.e0(), TOLERANCE);
		assertEquals(2.2987522766566553, r.edgeStep(), TOLERANCE);
		assertEquals(2384.8899999999994, r.norm2(), TOLERANCE);
		assertEquals(0.7992949098087531, r.norm()[150], TOLERANCE);
		assertEquals(1.0251266184601706, r.norm()[300], TOLERANCE);
		assertEquals(1.0922281337837427, r.flat()[300], TOLERANCE);
	}
}
