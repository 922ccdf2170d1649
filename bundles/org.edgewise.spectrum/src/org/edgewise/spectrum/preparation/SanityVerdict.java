package org.edgewise.spectrum.preparation;

/**
 * The verdict of a {@link SanityCheck} on one spectrum.
 *
 * @param index    the spectrum's index in the input
 * @param label    its label
 * @param status   {@link Status#PASSED} or why it failed
 * @param reason   a sentence with the numbers behind a failure; empty when it passed
 * @param noise    the noise estimate of mu (NaN when mu is not finite)
 * @param edgeStep the edge step found (NaN when none could be found)
 */
public record SanityVerdict(int index, String label, Status status, String reason, double noise, double edgeStep) {

	/** What the check found, in the order it is checked. */
	public enum Status {
		/** physical as far as the check can tell */
		PASSED,
		/** a mu value is NaN or infinite */
		NOT_FINITE,
		/** mu goes below zero by more than the noise allows */
		NEGATIVE,
		/** there is no absorption edge (or too little data to find one) */
		NO_EDGE
	}

	/** @return whether the spectrum passed */
	public boolean passed() {
		return status == Status.PASSED;
	}
}
