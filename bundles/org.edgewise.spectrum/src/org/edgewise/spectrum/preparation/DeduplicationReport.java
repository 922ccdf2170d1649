package org.edgewise.spectrum.preparation;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link Deduplication}: the indices kept, in input order, and for every dropped spectrum the
 * kept one it duplicates and their mean absolute difference. {@link #toString()} prints it as a table.
 *
 * @param threshold the threshold used
 * @param total     the number of spectra examined
 * @param kept      indices of the kept spectra, increasing
 * @param dropped   the dropped spectra, in input order
 */
public record DeduplicationReport(double threshold, int total, int[] kept, List<Duplicate> dropped) {

	/**
	 * One dropped spectrum.
	 *
	 * @param index          its index in the input
	 * @param label          its label (a row for rows: "row 12")
	 * @param duplicateOf    the index of the kept spectrum it duplicates (the earliest kept one below the
	 *                       threshold)
	 * @param duplicateLabel that spectrum's label
	 * @param difference     their mean absolute difference
	 */
	public record Duplicate(int index, String label, int duplicateOf, String duplicateLabel, double difference) {
	}

	/** Copies the arrays, so the report is immutable. */
	public DeduplicationReport {
		kept = kept.clone();
		dropped = List.copyOf(dropped);
	}

	/** @return a copy of the indices of the kept spectra */
	@Override
	public int[] kept() {
		return kept.clone();
	}

	/** @return the indices of the dropped spectra, increasing */
	public int[] droppedIndices() {
		return dropped.stream().mapToInt(Duplicate::index).toArray();
	}

	/** @return "kept K of N (threshold T)" followed by one table row per dropped spectrum */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
				"de-duplication: kept %d of %d, dropped %d (mean absolute difference below %g)%n", kept.length, total,
				dropped.size(), threshold));
		if (!dropped.isEmpty()) {
			text.append(String.format(Locale.ROOT, "%8s  %-24s  %8s  %-24s  %10s%n", "dropped", "label", "kept",
					"duplicate of", "difference"));
			for (Duplicate duplicate : dropped) {
				text.append(String.format(Locale.ROOT, "%8d  %-24s  %8d  %-24s  %10.5f%n", duplicate.index(),
						duplicate.label(), duplicate.duplicateOf(), duplicate.duplicateLabel(), duplicate.difference()));
			}
		}
		return text.toString();
	}
}
