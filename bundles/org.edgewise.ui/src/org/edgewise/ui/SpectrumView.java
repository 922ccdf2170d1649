package org.edgewise.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.ui.internal.LoadSpectrumJob;
import org.edgewise.ui.internal.LoadSpectrumJob.Failed;
import org.edgewise.ui.internal.LoadSpectrumJob.Loaded;
import org.edgewise.ui.internal.LoadSpectrumJob.Outcome;
import org.edgewise.ui.internal.SpectrumChart;
import org.edgewise.ui.internal.SpectrumPlot;

/**
 * Shows one spectrum of a file: mu(E) as read and normalised, on two Y axes of one chart. A spinner picks
 * the spectrum of a multi-spectrum file (for a map, its index in row-major order); a status line gives
 * E0 and the edge step, or says what went wrong.
 * <p>
 * Files are read by a background job; all methods must be called on the UI thread.
 */
public final class SpectrumView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.edgewise.ui.spectrumView";

	private SpectrumChart chart;
	private Spinner selector;
	private Label position;
	private Label status;

	private Path requested;
	private LoadSpectrumJob loading;
	private Path file;
	private SpectrumSet current;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);

		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText("Spectrum:");
		selector = new Spinner(row, SWT.BORDER);
		selector.setEnabled(false);
		selector.addListener(SWT.Selection, event -> showSpectrum(selector.getSelection()));
		position = new Label(row, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(position);

		chart = new SpectrumChart(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(chart.chart());

		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		showStatus("Open a spectrum file with Edgewise > Open Spectrum File...", false);
	}

	/**
	 * Reads {@code file} in the background and shows its first spectrum when done; a failure is shown in
	 * the status line (and logged). A load still running for an earlier call is cancelled.
	 *
	 * @return the scheduled job, so that callers can wait for it
	 */
	public Job open(Path file) {
		if (loading != null) {
			loading.cancel();
		}
		Display display = status.getDisplay();
		requested = file;
		loading = new LoadSpectrumJob(file, outcome -> display.asyncExec(() -> received(outcome)));
		showStatus("Reading " + file + " ...", false);
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(loading);
		} else {
			loading.schedule();
		}
		return loading;
	}

	/**
	 * Shows spectrum {@code index} of the open file.
	 *
	 * @param index 0-based, row-major over the map dimensions
	 * @throws IllegalStateException     if no file is open
	 * @throws IndexOutOfBoundsException if there is no such spectrum
	 */
	public void showSpectrum(int index) {
		if (current == null) {
			throw new IllegalStateException("no spectrum file is open");
		}
		SpectrumPlot plot = SpectrumPlot.of(file, current, index);
		selector.setSelection(index);
		position.setText(plot.position());
		position.getParent().layout();
		chart.show(plot);
		showStatus(plot.summary(), false);
	}

	/** @return the chart, with line series {@value SpectrumChart#RAW} and {@value SpectrumChart#NORMALISED} */
	public Chart chart() {
		return chart.chart();
	}

	/** @return the spectra of the open file, or {@code null} before one has been read */
	public SpectrumSet current() {
		return current;
	}

	/** @return the spinner that picks the spectrum index */
	public Spinner spectrumSelector() {
		return selector;
	}

	/** @return the text of the status line */
	public String status() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		chart.chart().setFocus();
	}

	@Override
	public void dispose() {
		if (loading != null) {
			loading.cancel();
		}
		super.dispose();
	}

	private void received(Outcome outcome) {
		// Outcomes of superseded loads, or arriving after the view closed, are dropped.
		if (status.isDisposed() || !outcome.file().equals(requested)) {
			return;
		}
		loading = null;
		switch (outcome) {
			case Loaded loaded -> {
				file = loaded.file();
				current = loaded.set();
				int last = current.size() - 1;
				selector.setValues(0, 0, last, 0, 1, Math.max(1, current.size() / 10));
				selector.setEnabled(last > 0);
				showSpectrum(0);
			}
			case Failed failed -> showStatus(failed.message(), true);
		}
	}

	private void showStatus(String text, boolean error) {
		status.setText(text);
		status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
	}
}
