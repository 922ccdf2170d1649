package org.edgewise.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;

/**
 * An SWTChart chart with two line series over energy: {@value #RAW} (mu as read, left axis) and
 * {@value #NORMALISED} (normalised mu, right axis). The two axes let a raw signal of any scale sit beside
 * the 0..1 normalised curve; each axis is drawn in the colour of its curve.
 */
public final class SpectrumChart {

	/** Id of the series of mu as read. */
	public static final String RAW = "raw";
	/** Id of the series of normalised mu. */
	public static final String NORMALISED = "normalised";

	private static final double[] NONE = {};
	/** Curves with at most this many points also mark each point, so that a sparse scan reads as such. */
	private static final int FEW_POINTS = 50;

	private final Chart chart;
	private final ILineSeries<?> raw;
	private final ILineSeries<?> normalised;

	/** Creates the chart as a child of {@code parent}; the caller sets its layout data. */
	public SpectrumChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText("No spectrum");
		IAxisSet axes = chart.getAxisSet();
		axes.getXAxis(0).getTitle().setText("Energy (eV)");
		IAxis primary = axes.getYAxis(0);
		IAxis secondary = axes.getYAxis(axes.createYAxis());
		secondary.setPosition(IAxis.Position.Secondary);
		raw = line(RAW, "\u03bc(E) as read", primary, "\u03bc(E)", colour(SWT.COLOR_DARK_BLUE));
		normalised = line(NORMALISED, "normalised (flattened)", secondary, "normalised \u03bc(E)",
				colour(SWT.COLOR_RED));
	}

	/** @return the SWTChart widget */
	public Chart chart() {
		return chart;
	}

	/** Replaces the plotted curves and title with {@code plot}'s; a missing normalised curve is emptied. */
	public void show(SpectrumPlot plot) {
		chart.getTitle().setText(plot.title());
		raw.setXSeries(plot.energy());
		raw.setYSeries(plot.raw());
		raw.setSymbolType(plot.raw().length <= FEW_POINTS ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
		boolean normalisedKnown = plot.normalised() != null;
		normalised.setXSeries(normalisedKnown ? plot.energy() : NONE);
		normalised.setYSeries(normalisedKnown ? plot.normalised() : NONE);
		normalised.setVisible(normalisedKnown);
		normalised.setVisibleInLegend(normalisedKnown);
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private ILineSeries<?> line(String id, String description, IAxis yAxis, String axisTitle, Color colour) {
		yAxis.getTitle().setText(axisTitle);
		yAxis.getTitle().setForeground(colour);
		yAxis.getTick().setForeground(colour);
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setDescription(description);
		series.setSymbolType(PlotSymbolType.NONE);
		series.setSymbolColor(colour);
		series.setLineColor(colour);
		series.setYAxisId(yAxis.getId());
		return series;
	}

	private Color colour(int systemColour) {
		return chart.getDisplay().getSystemColor(systemColour);
	}
}
