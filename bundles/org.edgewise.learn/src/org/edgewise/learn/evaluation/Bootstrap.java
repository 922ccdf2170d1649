package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Seeded bootstrap resampling: samples drawn with replacement, for out-of-bag folds and for percentile
 * confidence intervals of a statistic. The same arguments and seed always give the same result.
 */
public final class Bootstrap {

	private Bootstrap() {
	}

	/**
	 * Out-of-bag folds: each trains on {@code sampleCount} samples drawn with replacement and tests on the
	 * samples never drawn (about 37 % of them). A resample that happens to draw every sample leaves nothing
	 * to test and is drawn again.
	 *
	 * @param sampleCount   the number of samples, at least 2
	 * @param resampleCount the number of folds, at least 1
	 * @param seed          the seed of the draws
	 * @return the folds; training indices ascending, with repeats
	 * @throws IllegalArgumentException when a count is out of range
	 */
	public static List<Fold> outOfBag(int sampleCount, int resampleCount, long seed) {
		if (sampleCount < 2 || resampleCount < 1) {
			throw new IllegalArgumentException("out-of-bag folds need at least 2 samples and 1 resample, got "
					+ sampleCount + " and " + resampleCount);
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Fold> folds = new ArrayList<>(resampleCount);
		while (folds.size() < resampleCount) {
			int[] drawn = draw(sampleCount, random);
			Arrays.sort(drawn);
			boolean[] inBag = new boolean[sampleCount];
			for (int index : drawn) {
				inBag[index] = true;
			}
			int[] outOfBag = IntStream.range(0, sampleCount).filter(i -> !inBag[i]).toArray();
			if (outOfBag.length > 0) {
				folds.add(new Fold(drawn, outOfBag));
			}
		}
		return List.copyOf(folds);
	}

	/**
	 * A percentile bootstrap confidence interval: the statistic is computed on {@code resampleCount}
	 * resamples of the samples (drawn with replacement, each of {@code sampleCount} indices), and the
	 * interval runs between the (1 - confidence)/2 and (1 + confidence)/2 quantiles of those values,
	 * interpolated linearly between order statistics as NumPy's default percentile.
	 *
	 * @param sampleCount   the number of samples, at least 1
	 * @param resampleCount the number of resamples, at least 2 (a few thousand give stable 95 % bounds)
	 * @param confidence    the interval's coverage, in (0, 1)
	 * @param seed          the seed of the draws
	 * @param statistic     computes the statistic from sample indices, e.g. a test set's macro F1 over the
	 *                      given rows; called with 0..n-1 for the estimate, then once per resample, in order
	 * @return the estimate on all samples with its interval
	 * @throws IllegalArgumentException when a count or the confidence is out of range, or the statistic is
	 *                                  not finite on some resample (the message says which)
	 */
	public static Interval percentileInterval(int sampleCount, int resampleCount, double confidence, long seed,
			ToDoubleFunction<int[]> statistic) {
		if (sampleCount < 1 || resampleCount < 2) {
			throw new IllegalArgumentException("a bootstrap interval needs at least 1 sample and 2 resamples, got "
					+ sampleCount + " and " + resampleCount);
		}
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("the confidence must lie in (0, 1), got " + confidence);
		}
		int[] all = new int[sampleCount];
		Arrays.setAll(all, i -> i);
		double estimate = statistic.applyAsDouble(all);
		SplittableRandom random = new SplittableRandom(seed);
		double[] values = new double[resampleCount];
		for (int r = 0; r < resampleCount; r++) {
			values[r] = statistic.applyAsDouble(draw(sampleCount, random));
			if (!Double.isFinite(values[r])) {
				throw new IllegalArgumentException("the statistic is " + values[r] + " on resample " + r);
			}
		}
		Arrays.sort(values);
		return new Interval(estimate, quantile(values, (1 - confidence) / 2), quantile(values, (1 + confidence) / 2),
				confidence);
	}

	private static int[] draw(int sampleCount, SplittableRandom random) {
		int[] drawn = new int[sampleCount];
		for (int i = 0; i < sampleCount; i++) {
			drawn[i] = random.nextInt(sampleCount);
		}
		return drawn;
	}

	/** @return the q-quantile of ascending values, interpolating between the two nearest order statistics */
	private static double quantile(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}
}
