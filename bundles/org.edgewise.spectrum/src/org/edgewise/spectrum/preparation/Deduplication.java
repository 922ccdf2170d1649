package org.edgewise.spectrum.preparation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/**
 * Drops near-duplicate spectra (Carbone et al. 2019): going through the spectra in order, a spectrum whose mean
 * absolute difference to an already kept one is below the threshold is dropped as a duplicate of it, otherwise
 * it is kept. The first spectrum of a group of duplicates is the one kept, so the result depends only on the
 * order of the input. Spectra must share one energy grid (resample them first).
 * <p>
 * Two shortcuts keep 20,000 x 100 spectra fast without changing the answer: the mean absolute difference is at
 * least the difference of the two spectra's means, so only kept spectra whose mean lies within the threshold
 * are compared; and a comparison stops as soon as the running sum of differences reaches the threshold.
 * Instances are immutable and thread-safe.
 */
public final class Deduplication {

	/** Carbone et al.'s threshold for normalised K-edge XANES. */
	public static final double DEFAULT_THRESHOLD = 0.015;

	private final double threshold;

	/**
	 * @param threshold the mean absolute difference below which two spectra are duplicates, same units as mu
	 * @throws IllegalArgumentException if the threshold is not finite and positive
	 */
	public Deduplication(double threshold) {
		if (!(threshold > 0) || !Double.isFinite(threshold)) {
			throw new IllegalArgumentException("de-duplication threshold must be finite and positive, got "
					+ threshold);
		}
		this.threshold = threshold;
	}

	/** @return de-duplication with the threshold {@value #DEFAULT_THRESHOLD} */
	public static Deduplication defaults() {
		return new Deduplication(DEFAULT_THRESHOLD);
	}

	public double threshold() {
		return threshold;
	}

	/**
	 * @param spectra spectra on one energy axis
	 * @return which were kept and which were dropped, labelled with the spectra's labels
	 * @throws PreparationException naming a spectrum on another grid than the first one's or with a value of mu
	 *                              that is not finite
	 */
	public DeduplicationReport apply(List<Spectrum> spectra) {
		double[][] rows = SpectrumChecks.rowsOnOneGrid(spectra, "de-duplication");
		return apply(rows, spectra.stream().map(Spectrum::label).toList());
	}

	/**
	 * @param rows feature rows of one length, finite
	 * @return which rows were kept and which were dropped, labelled by row index
	 * @throws IllegalArgumentException naming a row of another length than the first one's or with a value that
	 *                                  is not finite
	 */
	public DeduplicationReport apply(double[][] rows) {
		for (int i = 0; i < rows.length; i++) {
			if (rows[i].length != rows[0].length) {
				throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, row 0 has "
						+ rows[0].length);
			}
			for (int j = 0; j < rows[i].length; j++) {
				if (!Double.isFinite(rows[i][j])) {
					throw new IllegalArgumentException("row " + i + ", value " + j + " is not finite: " + rows[i][j]);
				}
			}
		}
		List<String> labels = new ArrayList<>(rows.length);
		for (int i = 0; i < rows.length; i++) {
			labels.add("row " + i);
		}
		return apply(rows, labels);
	}

	private DeduplicationReport apply(double[][] rows, List<String> labels) {
		int n = rows.length;
		// kept spectra sorted by their mean, for the window of candidates
		double[] keptMeans = new double[n];
		int[] keptRows = new int[n];
		int keptCount = 0;
		int[] kept = new int[n];
		List<DeduplicationReport.Duplicate> dropped = new ArrayList<>();
		// a hair wider than the threshold, so rounding in the means can never hide a duplicate
		double window = threshold * (1 + 1e-9);
		for (int i = 0; i < n; i++) {
			double[] row = rows[i];
			double limit = threshold * row.length;
			double mean = mean(row);
			int first = lowerBound(keptMeans, keptCount, mean - window);
			int match = -1;
			double matchSum = 0;
			for (int k = first; k < keptCount && keptMeans[k] <= mean + window; k++) {
				int candidate = keptRows[k];
				// of several kept matches, the earliest in input order is reported
				if (match >= 0 && candidate > match) {
					continue;
				}
				double sum = absoluteDifferenceBelow(row, rows[candidate], limit);
				if (sum < limit) {
					match = candidate;
					matchSum = sum;
				}
			}
			if (match >= 0) {
				dropped.add(new DeduplicationReport.Duplicate(i, labels.get(i), match, labels.get(match),
						matchSum / row.length));
			} else {
				int at = lowerBound(keptMeans, keptCount, mean);
				System.arraycopy(keptMeans, at, keptMeans, at + 1, keptCount - at);
				System.arraycopy(keptRows, at, keptRows, at + 1, keptCount - at);
				keptMeans[at] = mean;
				keptRows[at] = i;
				kept[keptCount++] = i;
			}
		}
		return new DeduplicationReport(threshold, n, Arrays.copyOf(kept, keptCount), dropped);
	}

	/** @return the sum of |a - b|, or a partial sum of at least {@code limit} as soon as it reaches it */
	private static double absoluteDifferenceBelow(double[] a, double[] b, double limit) {
		double sum = 0;
		for (int j = 0; j < a.length && sum < limit; j++) {
			sum += Math.abs(a[j] - b[j]);
		}
		return sum;
	}

	private static double mean(double[] row) {
		double sum = 0;
		for (double value : row) {
			sum += value;
		}
		return sum / row.length;
	}

	/** @return the first index in the sorted {@code values[0, count)} whose value is at least {@code key} */
	private static int lowerBound(double[] values, int count, double key) {
		int low = 0;
		int high = count;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (values[middle] < key) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	@Override
	public String toString() {
		return "Deduplication[threshold " + threshold + "]";
	}
}
