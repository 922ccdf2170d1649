package org.edgewise.spectrum.normalization;

import java.util.Arrays;

/**
 * Larch's {@code smooth(x, y, xstep=..., sigma=...)} with its default Lorentzian window: y is interpolated
 * onto a uniform grid of spacing {@code xstep} (padded by five steps each side), mirrored at both ends,
 * convolved with a normalised Lorentzian of half-width {@code sigma} that is twice as long as the grid,
 * and interpolated back onto x.
 */
final class LorentzianSmoothing {

	private static final int PADDING = 5;
	/** At most this many grid points per input point, as in Larch. */
	private static final int MAX_POINTS_PER_INPUT = 50;

	private LorentzianSmoothing() {
	}

	/**
	 * @param x     abscissa, increasing
	 * @param y     values at x
	 * @param xstep spacing of the uniform grid, positive
	 * @param sigma half-width of the Lorentzian, same units as x
	 * @return smoothed values at x
	 */
	static double[] smooth(double[] x, double[] y, double xstep, double sigma) {
		double low = Arrays.stream(x).min().orElseThrow();
		double high = Arrays.stream(x).max().orElseThrow();
		// truncation toward zero, like Python's int()
		double gridMin = xstep * (long) ((low - PADDING * xstep) / xstep);
		double gridMax = xstep * (long) ((high + PADDING * xstep) / xstep);
		int wanted = 1 + (int) (Math.abs(gridMax - gridMin + xstep * 0.1) / xstep);
		int npts = Math.min(wanted, MAX_POINTS_PER_INPUT * x.length);
		double[] grid = linspace(gridMin, gridMax, npts);
		double[] onGrid = interpolateClamped(x, y, grid);

		double width = sigma * (1.0 / xstep);
		double[] window = new double[2 * npts];
		double windowSum = 0;
		for (int j = 0; j < window.length; j++) {
			double u = (j - npts) / width;
			window[j] = 1.0 / (1 + u * u) / (Math.PI * width);
			windowSum += window[j];
		}
		for (int j = 0; j < window.length; j++) {
			window[j] /= windowSum;
		}

		// mirror: grid[npts-1 .. 1], grid, grid[npts-1 .. 0]
		double[] padded = new double[3 * npts - 1];
		for (int i = 0; i < npts - 1; i++) {
			padded[i] = onGrid[npts - 1 - i];
		}
		System.arraycopy(onGrid, 0, padded, npts - 1, npts);
		for (int i = 0; i < npts; i++) {
			padded[2 * npts - 1 + i] = onGrid[npts - 1 - i];
		}
		double[] smoothed = Convolution.valid(window, padded);
		return interpolateLinear(grid, smoothed, x);
	}

	/** numpy's {@code linspace(start, stop, n)}, end point included and exact. */
	private static double[] linspace(double start, double stop, int n) {
		double[] result = new double[n];
		if (n == 1) {
			result[0] = start;
			return result;
		}
		double step = (stop - start) / (n - 1);
		for (int i = 0; i < n; i++) {
			result[i] = i * step + start;
		}
		result[n - 1] = stop;
		return result;
	}

	/** numpy's {@code interp(at, x, y)}: linear inside, the end values outside. */
	private static double[] interpolateClamped(double[] x, double[] y, double[] at) {
		int last = x.length - 1;
		double[] result = new double[at.length];
		for (int i = 0; i < at.length; i++) {
			double a = at[i];
			if (a < x[0]) {
				result[i] = y[0];
			} else if (a >= x[last]) {
				result[i] = y[last];
			} else {
				int j = lastAtOrBelow(x, a);
				double slope = (y[j + 1] - y[j]) / (x[j + 1] - x[j]);
				result[i] = slope * (a - x[j]) + y[j];
			}
		}
		return result;
	}

	/**
	 * scipy's linear {@code interp1d} on the segment found by a left-sided search, which also extends the end
	 * segments outside the range as Larch's {@code interp} does.
	 */
	private static double[] interpolateLinear(double[] x, double[] y, double[] at) {
		double[] result = new double[at.length];
		for (int i = 0; i < at.length; i++) {
			int hi = Math.min(Math.max(firstAtOrAbove(x, at[i]), 1), x.length - 1);
			int lo = hi - 1;
			double slope = (y[hi] - y[lo]) / (x[hi] - x[lo]);
			result[i] = slope * (at[i] - x[lo]) + y[lo];
		}
		return result;
	}

	/** @return the largest j with x[j] <= value, for x[0] <= value < x[last] */
	private static int lastAtOrBelow(double[] x, double value) {
		int index = Arrays.binarySearch(x, value);
		return index >= 0 ? index : -index - 2;
	}

	/** @return the smallest j with x[j] >= value (x.length if none): numpy's left {@code searchsorted} */
	private static int firstAtOrAbove(double[] x, double value) {
		int lo = 0;
		int hi = x.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (x[mid] < value) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
