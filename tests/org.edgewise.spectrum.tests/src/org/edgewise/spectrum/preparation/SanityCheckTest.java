package org.edgewise.spectrum.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.normalization.ColumnFile;
import org.edgewise.spectrum.simulation.Coordination;
import org.edgewise.spectrum.simulation.KEdgeModel;
import org.edgewise.spectrum.simulation.SimulatedKEdge;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

class SanityCheckTest {

	private static final EnergyAxis GRID = SimulatedKEdge.standardGrid(8979);

	private static Spectrum simulated(double noise, long seed, String label) {
		SimulatedKEdge edge = new SimulatedKEdge(new KEdgeModel(8979, 1.0, Coordination.OCTAHEDRAL, 2.0));
		return edge.spectrum(GRID, noise, new Random(seed), label);
	}

	@Test
	void realCopperFoilPasses() throws IOException {
		Spectrum copper = ColumnFile.spectrum(SharedData.file("larch/xafsdata/cu.xmu"));
		SanityVerdict verdict = SanityCheck.defaults().check(0, copper);
		assertEquals(SanityVerdict.Status.PASSED, verdict.status(), verdict.reason());
		assertTrue(verdict.edgeStep() > 100 * verdict.noise(), verdict.edgeStep() + " vs noise " + verdict.noise());
	}

	@Test
	void noiseEstimateMeasuresWhiteNoiseOnASmoothSpectrum() {
		Spectrum noisy = simulated(0.01, 3, "noisy");
		double noise = SanityCheck.noise(noisy.energy().values(), noisy.mu());
		// within 15 %: the median of some 600 residuals scatters by about 6 %, and the edge adds a little
		assertEquals(0.01, noise, 0.0015);
		Spectrum clean = simulated(0, 3, "clean");
		double floor = SanityCheck.noise(clean.energy().values(), clean.mu());
		assertTrue(floor < 0.001, "a noise-free spectrum estimates " + floor);
	}

	@Test
	void flatLineHasNoEdge() {
		double[] flat = new double[GRID.size()];
		Arrays.fill(flat, 0.7);
		Random random = new Random(1);
		double[] noisyFlat = flat.clone();
		for (int i = 0; i < noisyFlat.length; i++) {
			noisyFlat[i] += 0.01 * random.nextGaussian();
		}
		List<Spectrum> spectra = List.of(new Spectrum(GRID, flat, "flat", null), new Spectrum(GRID, noisyFlat,
				"noisy flat", null), simulated(0.005, 2, "edge"));
		SanityReport report = SanityCheck.defaults().check(spectra);
		assertEquals(SanityVerdict.Status.NO_EDGE, report.verdicts().get(0).status());
		assertEquals(SanityVerdict.Status.NO_EDGE, report.verdicts().get(1).status(), report.verdicts().get(1)
				.reason());
		assertEquals(SanityVerdict.Status.PASSED, report.verdicts().get(2).status(), report.verdicts().get(2)
				.reason());
		assertArrayEquals(new int[] { 2 }, report.kept());
		assertTrue(report.toString().contains("2 of 3 failed"), report.toString());
	}

	@Test
	void negativeDipsAreFoundAndFlaggingKeepsEverything() {
		double[] mu = simulated(0.005, 4, "dipped").mu();
		mu[40] = -0.5;
		mu[41] = -0.5;
		mu[300] = -0.5;
		double[] nan = simulated(0, 5, "nan").mu();
		nan[10] = Double.NaN;
		List<Spectrum> spectra = List.of(new Spectrum(GRID, mu, "dipped", null), simulated(0.005, 6, "clean"),
				new Spectrum(GRID, nan, "nan", null));
		SanityCheckSettings settings = SanityCheckSettings.defaults();
		settings.setAction(SanityCheckSettings.Action.FLAG);
		SanityReport report = new SanityCheck(settings).check(spectra);
		SanityVerdict dipped = report.verdicts().get(0);
		assertEquals(SanityVerdict.Status.NEGATIVE, dipped.status(), dipped.reason());
		assertTrue(dipped.reason().startsWith("mu = -0.5000 at"), dipped.reason());
		assertEquals(0.005, dipped.noise(), 0.001, "the dips do not inflate the noise estimate");
		assertEquals(SanityVerdict.Status.PASSED, report.verdicts().get(1).status(), report.verdicts().get(1)
				.reason());
		assertEquals(SanityVerdict.Status.NOT_FINITE, report.verdicts().get(2).status());
		assertTrue(report.verdicts().get(2).reason().contains("index 10"));
		assertArrayEquals(new int[] { 0, 1, 2 }, report.kept());
		assertEquals(2, report.failed().size());
	}
}
