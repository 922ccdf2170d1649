package org.edgewise.analysis.internal;

import org.edgewise.spectrum.SpectrumSet;

/**
 * Where the points of spectrum {@code i} of a set lie in a flat row-major buffer shaped like the set's
 * dataset, so per-spectrum results can be written back in the input's own layout ([E, y, x] stays
 * [E, y, x]).
 */
final class SpectrumLayout {

	private final int[] mapShape;
	private final int[] strides;
	private final int energyDimension;

	SpectrumLayout(SpectrumSet set) {
		int[] shape = set.data().getShape();
		this.mapShape = set.mapShape();
		this.energyDimension = set.energyDimension();
		this.strides = new int[shape.length];
		int stride = 1;
		for (int d = shape.length - 1; d >= 0; d--) {
			strides[d] = stride;
			stride *= shape[d];
		}
	}

	/** Writes {@code values} (one per energy) as spectrum {@code index} into {@code buffer}. */
	void put(double[] buffer, int index, double[] values) {
		int offset = 0;
		int remaining = index;
		for (int m = mapShape.length - 1; m >= 0; m--) {
			int d = m < energyDimension ? m : m + 1;
			offset += (remaining % mapShape[m]) * strides[d];
			remaining /= mapShape[m];
		}
		int step = strides[energyDimension];
		for (int e = 0; e < values.length; e++) {
			buffer[offset + e * step] = values[e];
		}
	}
}
