package org.edgewise.app.internal;

/**
 * A prepared benchmark workload: each call of {@code body} does {@code units} of work (fits, samples,
 * spectra, atoms, sites), and the bench prints units per second of the best timed call.
 *
 * @param units the work one call of the body does
 * @param unit  what the printed rate counts, e.g. "samples/s"
 * @param body  the timed work; its inputs are made before, outside the timing
 */
record BenchWorkload(double units, String unit, Runnable body) {
}
