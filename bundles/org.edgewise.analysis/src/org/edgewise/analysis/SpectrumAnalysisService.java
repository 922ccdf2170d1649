package org.edgewise.analysis;

import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs the analysis steps of Edgewise over every spectrum of a dataset: a list of scans or a whole map.
 * <p>
 * Results are shaped like the input's map dimensions ({@link SpectrumSet#mapShape()}), so a map in gives
 * maps out that line up pixel by pixel with the input. Work is spread over the available cores, reports
 * progress to the monitor and stops promptly when the monitor is cancelled.
 * <p>
 * Obtain it from the OSGi service registry; it is registered by Declarative Services.
 */
public interface SpectrumAnalysisService {

	/**
	 * Normalises every spectrum of {@code spectra} to unit edge step as Larch's {@code pre_edge} does.
	 * A spectrum that cannot be normalised (no edge, invalid values) does not stop the run: its E0 and
	 * edge step are NaN in the maps and the reason is listed in {@link NormalizationMaps#failures()}.
	 *
	 * @param spectra  the spectra, any map shape
	 * @param settings normalisation settings applied to every spectrum (copied; later changes have no effect)
	 * @param monitor  receives one unit of work per spectrum; may be {@code null}
	 * @return E0 and edge-step maps plus the normalised (flattened) spectra
	 * @throws OperationCanceledException when the monitor is cancelled before the run completes
	 */
	NormalizationMaps normalize(SpectrumSet spectra, NormalizationSettings settings, IProgressMonitor monitor);
}
