package org.edgewise.spectrum.preparation;

import java.util.List;
import java.util.Locale;

/**
 * The verdicts of a {@link SanityCheck} on a list of spectra and which spectra its action keeps.
 * {@link #toString()} prints the failures as a table.
 *
 * @param action   whether failing spectra are dropped or only flagged
 * @param verdicts one per input spectrum, in input order
 */
public record SanityReport(SanityCheckSettings.Action action, List<SanityVerdict> verdicts) {

	/** Copies the list, so the report is immutable. */
	public SanityReport {
		verdicts = List.copyOf(verdicts);
	}

	/** @return the verdicts of the spectra that failed */
	public List<SanityVerdict> failed() {
		return verdicts.stream().filter(verdict -> !verdict.passed()).toList();
	}

	/** @return the indices of the spectra to keep: those that passed (DROP), or all (FLAG) */
	public int[] kept() {
		return verdicts.stream().filter(verdict -> action == SanityCheckSettings.Action.FLAG || verdict.passed())
				.mapToInt(SanityVerdict::index).toArray();
	}

	@Override
	public String toString() {
		List<SanityVerdict> failed = failed();
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "sanity check: %d of %d failed (%s)%n",
				failed.size(), verdicts.size(), action == SanityCheckSettings.Action.DROP ? "dropped" : "flagged"));
		for (SanityVerdict verdict : failed) {
			text.append(String.format(Locale.ROOT, "%8d  %-24s  %-10s  %s%n", verdict.index(), verdict.label(),
					verdict.status(), verdict.reason()));
		}
		return text.toString();
	}
}
