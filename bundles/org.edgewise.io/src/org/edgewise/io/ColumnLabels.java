package org.edgewise.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the column labels of a beamline file in the header above its numeric block. Beamlines write them in
 * many ways: one line of words ("# energy i0 it"), SPEC "#L" lines, fixed 21-character fields with spaces in
 * them (APS "Column Headings"), numbered labels ("1_Energy (keV) 2_sec"), quoted tab-separated PV names
 * (CLS), one label per line after "Data:" (SSRL), aliases explained elsewhere ("; D1 = {I0}", APS 13-ID) and
 * a PF "Mode" row that says which counter is I0, It or If. The nearest header line that splits into exactly
 * one label per column, most of them words, wins; without one the columns are "col1", "col2", ...
 */
final class ColumnLabels {

	private static final Pattern PREFIX = Pattern.compile("^[\\s#;]*(?:(?:L|C|\\(\\d+\\))\\s)?[\\s#;]*");
	private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)(\\d+)_");
	private static final Pattern ALIAS = Pattern.compile("^[\\s#;]*(\\w+)\\s*=\\s*\\{([^}]+)\\}");
	private static final int APS_FIELD_WIDTH = 21;

	private ColumnLabels() {
	}

	/** @return one label per column */
	static List<String> of(List<String> header, int columns, boolean decimalComma) {
		List<String> labels = oneLine(header, columns, decimalComma);
		if (labels == null) {
			labels = onePerLine(header, columns);
		}
		if (labels == null) {
			labels = new ArrayList<>();
			for (int c = 1; c <= columns; c++) {
				labels.add("col" + c);
			}
		}
		return pfModes(header, aliases(header, labels));
	}

	private static List<String> oneLine(List<String> header, int columns, boolean decimalComma) {
		for (int i = header.size() - 1; i >= 0; i--) {
			String text = PREFIX.matcher(header.get(i)).replaceFirst("").stripTrailing();
			for (List<String> words : candidates(text, columns, decimalComma)) {
				if (words.size() == columns && 2 * words.stream().filter(w -> !isNumber(w)).count() >= columns) {
					return words;
				}
			}
		}
		return null;
	}

	private static List<List<String>> candidates(String text, int columns, boolean decimalComma) {
		List<List<String>> result = new ArrayList<>();
		if (decimalComma) {
			result.add(clean(text.split("\\s*[;\\t]\\s*")));
		}
		result.add(clean(text.split("\\t")));
		result.add(clean(text.split("\\s+")));
		result.add(clean(text.split("\\s{2,}")));
		result.add(numbered(text));
		if (text.length() > APS_FIELD_WIDTH * (columns - 1) && text.length() <= APS_FIELD_WIDTH * columns) {
			List<String> fields = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				fields.add(text.substring(c * APS_FIELD_WIDTH, Math.min(text.length(), (c + 1) * APS_FIELD_WIDTH))
						.strip());
			}
			result.add(fields);
		}
		return result;
	}

	private static List<String> clean(String[] words) {
		List<String> result = new ArrayList<>();
		for (String word : words) {
			String w = word.strip().replace("\"", "");
			if (!w.isEmpty()) {
				result.add(w);
			}
		}
		return result;
	}

	/** "1_Energy (keV) 2_sec 3_i0" -> ["Energy (keV)", "sec", "i0"] when the numbers count 1, 2, 3, ... */
	private static List<String> numbered(String text) {
		List<String> result = new ArrayList<>();
		Matcher m = NUMBERED.matcher(text);
		int previousEnd = -1;
		int expected = 1;
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) != expected++) {
				return List.of();
			}
			if (previousEnd >= 0) {
				result.add(text.substring(previousEnd, m.start()).strip());
			}
			previousEnd = m.end();
		}
		if (previousEnd >= 0) {
			result.add(text.substring(previousEnd).strip());
		}
		return result;
	}

	/** SSRL: "Data:" and then one label per line. */
	private static List<String> onePerLine(List<String> header, int columns) {
		int n = header.size();
		if (n > columns && header.get(n - columns - 1).strip().equalsIgnoreCase("Data:")) {
			return header.subList(n - columns, n).stream().map(String::strip).toList();
		}
		return null;
	}

	private static List<String> aliases(List<String> header, List<String> labels) {
		Map<String, String> names = new HashMap<>();
		for (String line : header) {
			Matcher m = ALIAS.matcher(line);
			if (m.find()) {
				names.put(m.group(1), m.group(2).strip());
			}
		}
		return labels.stream().map(l -> names.getOrDefault(l, l)).toList();
	}

	/**
	 * KEK-PF: a "Mode" row under the counters' labels, aligned to the last columns; 1 is I0, 2 the
	 * transmitted and 3 the fluorescence counter.
	 */
	private static List<String> pfModes(List<String> header, List<String> labels) {
		for (String line : header) {
			String[] words = line.strip().split("\\s+");
			if (words.length > 1 && words[0].equals("Mode") && words.length - 1 <= labels.size()) {
				List<String> result = new ArrayList<>(labels);
				int offset = labels.size() - (words.length - 1);
				for (int k = 1; k < words.length; k++) {
					String role = switch (words[k]) {
						case "1" -> "I0";
						case "2" -> "It";
						case "3" -> "If";
						default -> null;
					};
					if (role != null) {
						result.set(offset + k - 1, role);
					}
				}
				return result;
			}
		}
		return labels;
	}

	private static boolean isNumber(String word) {
		return Double.isFinite(ColumnTable.number(word, false));
	}
}
