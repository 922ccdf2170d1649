package org.edgewise.io.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.edgewise.spectrum.EnergyAxis;

/**
 * How the energies of a file become an {@link EnergyAxis}: sorted ascending, with repeated energies merged
 * into one point whose value is the mean of the repeats. Files list energies in the order they were
 * measured (scans that run downwards, repeated points at region boundaries); every reader applies the same
 * order to its values with {@link #apply(double[], int, int)}.
 * <p>
 * Energies must run one way, up or down (the way from the first to the last), apart from small steps back:
 * a monochromator's read-back jitters and a region may start a little below where the previous one ended,
 * both by less than a typical step. A step back larger than the median step size is refused: it means two
 * scans in one file or a corrupt value, which sorting would silently interleave into one zigzag spectrum.
 */
public final class EnergyOrder {

	private final EnergyAxis axis;
	private final int[][] groups;
	private final boolean identity;
	private final int rawLength;

	private EnergyOrder(EnergyAxis axis, int[][] groups, boolean identity, int rawLength) {
		this.axis = axis;
		this.groups = groups;
		this.identity = identity;
		this.rawLength = rawLength;
	}

	/**
	 * @param energies energies in eV in file order
	 * @return the order
	 * @throws IllegalArgumentException if an energy is not finite, the energies go back by more than the median
	 *                                  step (see the class comment) or fewer than two distinct energies remain
	 */
	public static EnergyOrder of(double[] energies) {
		for (int i = 0; i < energies.length; i++) {
			if (!Double.isFinite(energies[i])) {
				throw new IllegalArgumentException("energy at index " + i + " is not finite: " + energies[i]);
			}
		}
		checkRunsOneWay(energies);
		Integer[] sorted = IntStream.range(0, energies.length).boxed().toArray(Integer[]::new);
		Arrays.sort(sorted, Comparator.comparingDouble(i -> energies[i]));
		int[][] groups = new int[energies.length][];
		double[] unique = new double[energies.length];
		int count = 0;
		for (int start = 0; start < sorted.length;) {
			int end = start;
			while (end < sorted.length && energies[sorted[end]] == energies[sorted[start]]) {
				end++;
			}
			int[] group = new int[end - start];
			for (int k = start; k < end; k++) {
				group[k - start] = sorted[k];
			}
			groups[count] = group;
			unique[count++] = energies[sorted[start]];
			start = end;
		}
		boolean identity = count == energies.length && isIncreasing(energies);
		return new EnergyOrder(EnergyAxis.of(Arrays.copyOf(unique, count)), Arrays.copyOf(groups, count), identity,
				energies.length);
	}

	private static void checkRunsOneWay(double[] energies) {
		int n = energies.length;
		if (n < 3) {
			return;
		}
		double direction = Math.signum(energies[n - 1] - energies[0]);
		double[] sizes = new double[n - 1];
		int count = 0;
		for (int i = 1; i < n; i++) {
			double size = Math.abs(energies[i] - energies[i - 1]);
			if (size > 0) {
				sizes[count++] = size;
			}
		}
		Arrays.sort(sizes, 0, count);
		double median = count % 2 == 1 ? sizes[count / 2] : (sizes[count / 2 - 1] + sizes[count / 2]) / 2;
		for (int i = 1; i < n; i++) {
			double forward = (energies[i] - energies[i - 1]) * (direction < 0 ? -1 : 1);
			if (-forward > median) {
				throw new IllegalArgumentException("energies are not monotonic: energy at index " + i + " ("
						+ energies[i] + ") goes back from " + energies[i - 1] + " by more than the median step ("
						+ median + "); two scans in one file, or a corrupt value?");
			}
		}
	}

	private static boolean isIncreasing(double[] values) {
		for (int i = 1; i < values.length; i++) {
			if (values[i] <= values[i - 1]) {
				return false;
			}
		}
		return true;
	}

	/** @return the sorted, duplicate-free axis */
	public EnergyAxis axis() {
		return axis;
	}

	/** @return true when the file's energies were already strictly increasing */
	public boolean isIdentity() {
		return identity;
	}

	/** @return {@code values} (one per file energy) reordered and merged onto {@link #axis()} */
	public double[] apply(double[] values) {
		return apply(values, 1, 1);
	}

	/**
	 * Reads one spectrum out of a larger array: its value at file energy {@code k} is
	 * {@code values[offset + k * stride]}.
	 *
	 * @return the spectrum reordered and merged onto {@link #axis()}; merged points are means
	 */
	public double[] gather(double[] values, int offset, int stride) {
		double[] spectrum = new double[groups.length];
		if (identity) {
			for (int e = 0; e < spectrum.length; e++) {
				spectrum[e] = values[offset + e * stride];
			}
			return spectrum;
		}
		for (int e = 0; e < spectrum.length; e++) {
			double sum = 0;
			for (int raw : groups[e]) {
				sum += values[offset + raw * stride];
			}
			spectrum[e] = sum / groups[e].length;
		}
		return spectrum;
	}

	/**
	 * Reorders a row-major array whose energy dimension sits between {@code outer} leading and {@code inner}
	 * trailing elements: {@code values[(o * n + e) * inner + i]} for n file energies.
	 *
	 * @return a new array with n replaced by {@code axis().size()}; merged points are means
	 * @throws IllegalArgumentException if the length does not match
	 */
	public double[] apply(double[] values, int outer, int inner) {
		if ((long) outer * rawLength * inner != values.length) {
			throw new IllegalArgumentException(values.length + " values do not fit " + outer + " x " + rawLength
					+ " energies x " + inner);
		}
		if (identity) {
			return values.clone();
		}
		int n = groups.length;
		double[] result = new double[outer * n * inner];
		for (int o = 0; o < outer; o++) {
			for (int e = 0; e < n; e++) {
				int[] group = groups[e];
				for (int i = 0; i < inner; i++) {
					double sum = 0;
					for (int raw : group) {
						sum += values[(o * rawLength + raw) * inner + i];
					}
					result[(o * n + e) * inner + i] = sum / group.length;
				}
			}
		}
		return result;
	}
}
