package org.edgewise.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgewise.io.internal.DeadTimeCorrection;
import org.edgewise.io.internal.DeadTimeCorrection.Role;

/**
 * How mu is formed from a beamline file's labelled channels: transmission ln(I0/It), fluorescence as the sum
 * of one group of fluorescence channels (dead-time corrected by DTFactor or ICR/OCR columns with the same
 * number when the file has them, by the {@link DeadTimeCorrection} rule) over I0, or a stored mu column. When
 * both transmission and fluorescence can be formed, the one with the clearer edge step wins: a fluorescence
 * sample still writes It, and a thick sample still writes fluorescence counts.
 */
final class MuFromChannels {

	/** mu, how it was formed ("transmission", "fluorescence", "stored mu") and from which columns. */
	record Mu(double[] values, String mode, String sourcePath) {
	}

	private static final Pattern I0 = Pattern.compile("(^|[^a-z0-9])i[0o]([^a-z0-9]|$)");
	private static final Pattern IT = Pattern.compile("(^|[^a-z0-9])(it|i1|itrans|trans)([^a-z0-9]|$)");
	private static final Pattern FLUORESCENCE = Pattern.compile(
			"^(if|iff|ifl|fluo|lytle)([^a-z]|$)|^ifch\\d|^fla\\d|^dtc\\d|roi\\d|ka_sum|la_sum|ka_mca|ka_corr|^sca\\d");
	private static final Pattern CORRECTION = Pattern.compile("^(icr|ocr|dtfactor|outputcounts|clock)");
	private static final Pattern STORED = Pattern.compile("^x?mu([^a-z]|$)");
	private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

	private MuFromChannels() {
	}

	/** @return mu from the channels, or null when the labels name no rule */
	static Mu of(List<String> labels, double[][] columns) {
		List<String> names = labels.stream().map(l -> l.toLowerCase(Locale.ROOT).strip()).toList();
		int i0 = first(names, I0);
		Mu transmission = transmission(labels, columns, i0, first(names, IT));
		Mu fluorescence = i0 < 0 ? null : fluorescence(labels, names, columns, i0);
		if (transmission != null && fluorescence != null) {
			return stepScore(transmission.values()) >= stepScore(fluorescence.values()) ? transmission : fluorescence;
		}
		if (transmission != null || fluorescence != null) {
			return transmission != null ? transmission : fluorescence;
		}
		int stored = first(names, STORED);
		return stored < 0 ? null : new Mu(columns[stored].clone(), "stored mu", labels.get(stored));
	}

	private static int first(List<String> names, Pattern pattern) {
		for (int c = 0; c < names.size(); c++) {
			if (pattern.matcher(names.get(c)).find()) {
				return c;
			}
		}
		return -1;
	}

	/** @return ln(I0/It), or null without both channels or where a ratio is not positive */
	private static Mu transmission(List<String> labels, double[][] columns, int i0, int it) {
		if (i0 < 0 || it < 0) {
			return null;
		}
		double[] mu = new double[columns[i0].length];
		for (int r = 0; r < mu.length; r++) {
			mu[r] = Math.log(columns[i0][r] / columns[it][r]);
			if (!Double.isFinite(mu[r])) {
				return null;
			}
		}
		return new Mu(mu, "transmission", "ln(" + labels.get(i0) + "/" + labels.get(it) + ")");
	}

	/**
	 * @return the summed, dead-time corrected counts over I0 of the group of channels that steps most clearly
	 *         (the absorbing element's line, not a neighbour's), groups the beamline corrected already tried
	 *         first; null without fluorescence channels
	 */
	private static Mu fluorescence(List<String> labels, List<String> names, double[][] columns, int i0) {
		// channels of one group differ only in their numbers: Ifch1..Ifch4, fla01..fla13, SCA1.1..SCA1.32
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int c = 0; c < names.size(); c++) {
			String name = names.get(c);
			if (c != i0 && FLUORESCENCE.matcher(name).find() && !I0.matcher(name).find()
					&& !CORRECTION.matcher(name).find()) {
				groups.computeIfAbsent(name.replaceAll("\\d", ""), k -> new ArrayList<>()).add(c);
			}
		}
		List<String> corrected = groups.keySet().stream().filter(k -> k.contains("dtc") || k.contains("corr"))
				.toList();
		Mu best = null;
		for (String key : corrected.isEmpty() ? groups.keySet() : corrected) {
			Mu mu = groupOverI0(labels, names, columns, i0, groups.get(key), !corrected.isEmpty());
			if (mu != null && (best == null || stepScore(mu.values()) > stepScore(best.values()))) {
				best = mu;
			}
		}
		return best;
	}

	private static Mu groupOverI0(List<String> labels, List<String> names, double[][] columns, int i0,
			List<Integer> channels, boolean alreadyCorrected) {
		double[] mu = new double[columns[i0].length];
		List<String> terms = new ArrayList<>();
		for (int c : channels) {
			// a group the beamline corrected already must not be corrected twice
			double[] counts = alreadyCorrected ? columns[c] : deadTimeCorrected(names, columns, c);
			for (int r = 0; r < mu.length; r++) {
				mu[r] += counts[r];
			}
			terms.add(labels.get(c) + (counts == columns[c] ? "" : "*deadtime"));
		}
		for (int r = 0; r < mu.length; r++) {
			mu[r] /= columns[i0][r];
			if (!Double.isFinite(mu[r])) {
				return null;
			}
		}
		return new Mu(mu, "fluorescence", "(" + String.join("+", terms) + ")/" + labels.get(i0));
	}

	/** @return the channel corrected by its DTFactor, or ICR/OCR, of the same number; the channel itself without */
	private static double[] deadTimeCorrected(List<String> names, double[][] columns, int channel) {
		Matcher m = TRAILING_NUMBER.matcher(names.get(channel));
		if (!m.find()) {
			return columns[channel];
		}
		String number = m.group(1);
		int factor = correction(names, Role.FACTOR, number);
		int icr = correction(names, Role.INPUT_RATE, number);
		int ocr = correction(names, Role.OUTPUT_RATE, number);
		if (factor >= 0) {
			return DeadTimeCorrection.byFactor(columns[channel], columns[factor]);
		}
		return icr >= 0 && ocr >= 0 ? DeadTimeCorrection.byRates(columns[channel], columns[icr], columns[ocr])
				: columns[channel];
	}

	private static int correction(List<String> names, Role role, String number) {
		for (int c = 0; c < names.size(); c++) {
			Matcher m = TRAILING_NUMBER.matcher(names.get(c));
			if (DeadTimeCorrection.roleOf(names.get(c)) == role && m.find() && m.group(1).equals(number)) {
				return c;
			}
		}
		return -1;
	}

	/**
	 * How clearly a curve steps: the difference of the means of its last and first tenths over the median
	 * point-to-point change (its noise).
	 */
	static double stepScore(double[] mu) {
		int tenth = Math.max(1, mu.length / 10);
		double head = Arrays.stream(mu, 0, tenth).average().orElse(0);
		double tail = Arrays.stream(mu, mu.length - tenth, mu.length).average().orElse(0);
		double[] changes = new double[mu.length - 1];
		for (int r = 1; r < mu.length; r++) {
			changes[r - 1] = Math.abs(mu[r] - mu[r - 1]);
		}
		Arrays.sort(changes);
		double noise = changes.length == 0 ? 0 : changes[changes.length / 2];
		return Math.abs(tail - head) / Math.max(noise, Double.MIN_NORMAL);
	}
}
