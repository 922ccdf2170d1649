package org.edgewise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.commands.ICommandService;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.edgewise.ui.EdgewisePerspective;
import org.edgewise.ui.SpectrumView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spectrum view in a running workbench (on the UI thread, under Xvfb in the build), fed with real files
 * from the shared test data.
 */
class SpectrumViewTest {

	/** Upper bound on event-loop turns while waiting for a load (each turn sleeps at most 10 ms). */
	private static final int MAX_TURNS = 6000;
	private static final Pattern E0 = Pattern.compile("E0 = ([0-9.]+) eV");

	private IWorkbenchPage page;
	private SpectrumView view;

	@BeforeEach
	void showView() throws WorkbenchException {
		IWorkbench workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(EdgewisePerspective.ID, workbench.getActiveWorkbenchWindow());
		view = (SpectrumView) page.showView(SpectrumView.ID);
	}

	@AfterEach
	void hideView() {
		// A fresh view for every test: no state carries over.
		page.hideView(view);
	}

	@Test
	void perspectiveHoldsTheViewAndOpenCommandIsHandled() throws NotDefinedException {
		assertEquals(EdgewisePerspective.ID, page.getPerspective().getId());
		assertEquals("Edgewise", page.getPerspective().getLabel());
		page.resetPerspective();
		assertNotNull(page.findViewReference(SpectrumView.ID), "the perspective's layout places the Spectrum view");

		Command open = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.edgewise.ui.open");
		assertTrue(open.isDefined());
		assertEquals("Open Spectrum File...", open.getName());
		assertTrue(open.isHandled());
	}

	@Test
	void plotsCopperFoilAsReadAndNormalised() throws InterruptedException, IOException {
		// larch/xafsdata/cu.xmu: xraypy/xraylarch examples (MIT); Cu foil at 10 K, NSLS X-11A, 612 points.
		Path file = SharedData.file("larch/xafsdata/cu.xmu");
		waitFor(view.open(file));

		assertNotNull(view.current(), view.status());
		ISeries<?> raw = view.chart().getSeriesSet().getSeries("raw");
		ISeries<?> normalised = view.chart().getSeriesSet().getSeries("normalised");
		assertNotNull(raw);
		assertNotNull(normalised);
		assertEquals(612, raw.getXSeries().length);
		assertEquals(612, raw.getYSeries().length);
		assertEquals(612, normalised.getXSeries().length);
		assertEquals(612, normalised.getYSeries().length);
		// First data row of the file: .8786204E+04 .1013661E+01
		assertEquals(8786.204, raw.getXSeries()[0], 1e-3);
		assertEquals(1.013661, raw.getYSeries()[0], 1e-6);
		assertTrue(view.chart().getTitle().getText().startsWith("cu.xmu"), view.chart().getTitle().getText());

		// Well above the edge the flattened curve is ~1 and below it ~0. Larch (larch-reference/cu_xmu_pre_edge.txt):
		// flat = 0.9935 at point 600, where the unflattened norm is 0.6923, and 0.0051 at point 50.
		double[] flat = normalised.getYSeries();
		for (int i = 550; i < flat.length; i++) {
			assertEquals(1.0, flat[i], 0.1, "normalised mu at point " + i);
		}
		assertEquals(0.9935, flat[600], 0.01);
		assertEquals(0.0051, flat[50], 0.01);

		Matcher e0 = E0.matcher(view.status());
		assertTrue(e0.find(), view.status());
		assertEquals(8977.58, Double.parseDouble(e0.group(1)), 0.1, "Larch's E0 for cu.xmu");
		Screenshots.save(page.getWorkbenchWindow().getShell(), "spectrum-view-cu");
	}

	@Test
	void stepsThroughThePixelsOfAnStxmStack() throws InterruptedException {
		// nexusformat/exampledata: NXstxm stack from SLS, data (4 energies, 50 y, 50 x).
		Path file = SharedData.file("nexus/sls-stxm-Sample_Stack_2021-03-16_128.hdf5");
		waitFor(view.open(file));

		SpectrumSet set = view.current();
		assertNotNull(set, view.status());
		assertEquals(2500, set.size());
		Spinner selector = view.spectrumSelector();
		assertTrue(selector.isEnabled());
		assertEquals(0, selector.getMinimum());
		assertEquals(2499, selector.getMaximum());

		ISeries<?> raw = view.chart().getSeriesSet().getSeries("raw");
		double[] first = raw.getYSeries();
		assertEquals(4, first.length);
		assertArrayEquals(set.spectrum(0).mu(), first);
		// Four energies are too few to normalise: the raw curve is shown alone and the status says why.
		assertEquals(0, view.chart().getSeriesSet().getSeries("normalised").getYSeries().length);
		assertTrue(view.status().startsWith("Not normalised"), view.status());

		// Picking pixel 1275 = row 25, column 25 in the spinner replots.
		selector.setSelection(1275);
		selector.notifyListeners(SWT.Selection, new Event());
		double[] picked = raw.getYSeries();
		assertArrayEquals(set.spectrum(1275).mu(), picked);
		assertFalse(Arrays.equals(first, picked), "pixels 0 and 1275 have different spectra");
		assertTrue(view.chart().getTitle().getText().contains("[25, 25]"), view.chart().getTitle().getText());

		view.showSpectrum(2499);
		assertEquals(2499, selector.getSelection());
		assertArrayEquals(set.spectrum(2499).mu(), raw.getYSeries());
	}

	@Test
	void reportsAMissingFileInTheStatusLine(@TempDir Path dir) throws InterruptedException {
		Path missing = dir.resolve("no-such-spectrum.xmu");
		waitFor(view.open(missing));

		assertNull(view.current());
		assertTrue(view.status().contains("no-such-spectrum.xmu"), view.status());
		assertTrue(view.status().startsWith("Could not read"), view.status());
		assertFalse(view.status().contains("Exception"), "no Java exception names for the user: " + view.status());
	}

	/** Runs the event loop until {@code job} is done and the view has taken its outcome. */
	private static void waitFor(Job job) throws InterruptedException {
		Display display = Display.getCurrent();
		for (int turn = 0; turn < MAX_TURNS && job.getState() != Job.NONE; turn++) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertEquals(Job.NONE, job.getState(), job.getName() + " did not finish");
		// The job posted the outcome to the UI thread before it ended; deliver it.
		for (int turn = 0; turn < MAX_TURNS && display.readAndDispatch(); turn++) {
			// dispatching
		}
	}
}
