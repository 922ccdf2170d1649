package org.edgewise.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.edgewise.analysis.NormalizationMaps;
import org.edgewise.analysis.SpectrumAnalysisService;
import org.edgewise.io.SpectrumFiles;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.edgewise.tests.support.SharedData;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/**
 * The analysis service as a consumer bundle sees it: taken from the OSGi service registry (registered by
 * Declarative Services) and run on real and constructed data.
 */
class SpectrumAnalysisServiceTest {

	@Test
	void normalisesTheRealGdaTransmissionScan() throws Exception {
		// A real transmission scan from a Diamond beamline (DawnScience/scisoft-core test files).
		SpectrumSet scan = SpectrumFiles.read(SharedData.file("nexus/gda-FeKedge_1_15.nxs"));
		NormalizationMaps maps = Services.get(SpectrumAnalysisService.class).normalize(scan, new NormalizationSettings(),
				null);
		assertEquals(0, maps.failures().size(), () -> maps.failures().toString());
		// The file is named for the Fe K edge, but its transmission channel ln(I0/It) is flat from 6912 to
		// 7600 eV and has a single step of about 1.05 between 7650 and 7750 eV (the Co K edge is at 7709 eV);
		// the steepest point of the file's own lnI0It column lies at 7724.5 eV.
		double e0 = maps.e0().getDouble(0);
		assertTrue(e0 > 7705 && e0 < 7730, "edge expected at 7705-7730 eV, found " + e0);
		double step = maps.edgeStep().getDouble(0);
		assertTrue(step > 0.8 && step < 1.3, "edge step expected near 1.05, found " + step);
	}

	@Test
	void aMapInGivesMapsOutThatLineUpWithThePixels() throws Exception {
		SpectrumSet map = SyntheticMap.create();
		NormalizationMaps maps = Services.get(SpectrumAnalysisService.class).normalize(map, new NormalizationSettings(),
				null);
		assertArrayEquals(new int[] { SyntheticMap.HEIGHT, SyntheticMap.WIDTH }, maps.e0().getShape());
		assertArrayEquals(map.data().getShape(), maps.normalized().data().getShape());
		for (int y = 0; y < SyntheticMap.HEIGHT; y++) {
			for (int x = 0; x < SyntheticMap.WIDTH; x++) {
				// E0 is the maximum of the derivative, on the 1 eV grid: the arctan centre itself.
				assertEquals(SyntheticMap.e0(y, x), maps.e0().getDouble(y, x), 0.51, "E0 at y=" + y + " x=" + x);
				assertEquals(SyntheticMap.step(y, x), maps.edgeStep().getDouble(y, x), 0.03 * SyntheticMap.step(y, x),
						"edge step at y=" + y + " x=" + x);
				// Far above the edge the flattened spectrum is 1 and far below it 0.
				assertEquals(1.0, maps.normalized().data().getDouble(SyntheticMap.ENERGIES.length - 1, y, x), 0.03);
				assertEquals(0.0, maps.normalized().data().getDouble(0, y, x), 0.03);
			}
		}
	}

	@Test
	void reportsOneUnitOfWorkPerSpectrum() throws Exception {
		SpectrumSet map = SyntheticMap.create();
		AtomicInteger total = new AtomicInteger();
		AtomicInteger worked = new AtomicInteger();
		Services.get(SpectrumAnalysisService.class).normalize(map, new NormalizationSettings(), new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				total.set(totalWork);
			}

			@Override
			public void worked(int work) {
				worked.addAndGet(work);
			}
		});
		assertEquals(map.size(), total.get());
		assertEquals(map.size(), worked.get());
	}

	@Test
	void stopsWhenCancelled() throws Exception {
		SpectrumSet map = SyntheticMap.create();
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		SpectrumAnalysisService service = Services.get(SpectrumAnalysisService.class);
		assertThrows(OperationCanceledException.class,
				() -> service.normalize(map, new NormalizationSettings(), cancelled));
	}

	@Test
	void aBadSpectrumIsListedAndDoesNotStopTheRest() throws Exception {
		SpectrumSet map = SyntheticMap.create();
		map.data().set(Double.NaN, 100, 2, 3);
		NormalizationMaps maps = Services.get(SpectrumAnalysisService.class).normalize(map, new NormalizationSettings(),
				null);
		assertEquals(1, maps.failures().size());
		assertEquals(2 * SyntheticMap.WIDTH + 3, maps.failures().get(0).index());
		assertTrue(Double.isNaN(maps.e0().getDouble(2, 3)));
		assertEquals(SyntheticMap.e0(2, 4), maps.e0().getDouble(2, 4), 0.51);
	}
}
