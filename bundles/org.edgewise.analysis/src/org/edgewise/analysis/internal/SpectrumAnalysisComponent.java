package org.edgewise.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.edgewise.analysis.NormalizationMaps;
import org.edgewise.analysis.NormalizationMaps.SpectrumFailure;
import org.edgewise.analysis.SpectrumAnalysisService;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.normalization.EdgeStepNormalization;
import org.edgewise.spectrum.normalization.NormalizationResult;
import org.edgewise.spectrum.normalization.NormalizationSettings;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.january.dataset.DatasetFactory;
import org.osgi.service.component.annotations.Component;

/**
 * The spectrum analysis service: runs each step over a whole set in blocks of spectra, the blocks in
 * parallel on the common fork-join pool.
 */
@Component(service = SpectrumAnalysisService.class)
public final class SpectrumAnalysisComponent implements SpectrumAnalysisService {

	/** Spectra per block: large enough to amortise scheduling, small enough for prompt cancellation. */
	static final int BLOCK = 256;

	@Override
	public NormalizationMaps normalize(SpectrumSet spectra, NormalizationSettings settings, IProgressMonitor monitor) {
		IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
		EdgeStepNormalization normalization = new EdgeStepNormalization(settings.copy());
		int count = spectra.size();
		int points = spectra.energy().size();
		double[] e0 = new double[count];
		double[] step = new double[count];
		double[][] normalized = new double[count][];
		List<SpectrumFailure> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean cancelled = new AtomicBoolean();

		progress.beginTask("Normalising " + count + " spectra of " + spectra.metadata().describeSource(), count);
		try {
			int blocks = (count + BLOCK - 1) / BLOCK;
			IntStream.range(0, blocks).parallel().forEach(block -> {
				if (cancelled.get() || progress.isCanceled()) {
					cancelled.set(true);
					return;
				}
				int end = Math.min(count, (block + 1) * BLOCK);
				for (int i = block * BLOCK; i < end; i++) {
					Spectrum spectrum = spectra.spectrum(i);
					try {
						NormalizationResult result = normalization.apply(spectrum);
						e0[i] = result.e0();
						step[i] = result.edgeStep();
						normalized[i] = result.flat();
					} catch (PreparationException e) {
						e0[i] = Double.NaN;
						step[i] = Double.NaN;
						normalized[i] = nans(points);
						failures.add(new SpectrumFailure(i, spectrum.label(), e.getMessage()));
					}
				}
				synchronized (progress) {
					progress.worked(end - block * BLOCK);
				}
			});
		} finally {
			progress.done();
		}
		if (cancelled.get()) {
			throw new OperationCanceledException("normalisation of " + spectra.metadata().describeSource() + " cancelled");
		}
		failures.sort(Comparator.comparingInt(SpectrumFailure::index));
		int[] mapShape = spectra.mapShape();
		return new NormalizationMaps(spectra, DatasetFactory.createFromObject(e0).reshape(mapShape),
				DatasetFactory.createFromObject(step).reshape(mapShape), spectra.withSpectra(normalized),
				List.copyOf(failures));
	}

	private static double[] nans(int n) {
		double[] values = new double[n];
		Arrays.fill(values, Double.NaN);
		return values;
	}
}
