package org.edgewise.structure.descriptor;

/**
 * A Gaussian-broadened histogram on a uniform grid, as DScribe's MBTR builds it: n points from min to max
 * (spacing dx = (max - min) / (n - 1)), each standing for the bin of width dx around it. A value x with
 * weight w adds w (Φ((b_hi - x) / σ) - Φ((b_lo - x) / σ)) / dx to each bin [b_lo, b_hi]: the Gaussian's
 * mean over the bin, which keeps its area w even on a coarse grid. Only bins within
 * {@link NormalCdf#RANGE} σ of x are touched; the others would receive less than 1e-19 w.
 */
final class GaussianGrid {

	private final double min;
	private final double dx;
	private final int n;
	private final double sigma;
	/** 1 for Gaussians of unit area; σ √(2π) for Gaussians of unit height, as DScribe's normalize_gaussians. */
	private final double area;

	/**
	 * @param normalised whether each Gaussian has unit area (else unit height)
	 */
	GaussianGrid(double min, double max, int n, double sigma, boolean normalised) {
		this.min = min;
		this.dx = (max - min) / (n - 1);
		this.n = n;
		this.sigma = sigma;
		this.area = normalised ? 1 : sigma * Math.sqrt(2 * Math.PI);
	}

	/** @return the number of grid points */
	int size() {
		return n;
	}

	/** @return the smallest value whose Gaussian reaches a bin */
	double lowestReaching() {
		return min - dx / 2 - NormalCdf.RANGE * sigma;
	}

	/** @return the largest value whose Gaussian reaches a bin */
	double highestReaching() {
		return min + (n - 0.5) * dx + NormalCdf.RANGE * sigma;
	}

	/** Adds {@code weight} times the Gaussian centred at {@code x} to {@code out[offset ... offset + n)}. */
	void add(double x, double weight, double[] out, int offset) {
		double start = min - dx / 2;
		int first = Math.max(0, (int) Math.floor((x - NormalCdf.RANGE * sigma - start) / dx));
		int last = Math.min(n - 1, (int) Math.floor((x + NormalCdf.RANGE * sigma - start) / dx));
		if (first > last) {
			return;
		}
		double scale = weight * area / dx;
		double lower = NormalCdf.at((start + first * dx - x) / sigma);
		for (int m = first; m <= last; m++) {
			double upper = NormalCdf.at((start + (m + 1) * dx - x) / sigma);
			out[offset + m] += scale * (upper - lower);
			lower = upper;
		}
	}
}
