package org.edgewise.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.PerlStatement;
import org.edgewise.io.internal.PerlValue;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * The statements of one Athena record, from {@code $old_group = '...';} to {@code [record]}, collected and
 * turned into an {@link AthenaGroup}. Every problem is reported with the record and the line.
 */
final class AthenaRecord {

	/** The numeric arrays a record may carry, as Demeter writes them. */
	private static final Set<String> ARRAY_NAMES = Set.of("x", "y", "i0", "signal", "stddev");
	/** A decimal number as Perl writes one: no hex, no "Infinity", no trailing letters. */
	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	private final Path file;
	private final int number;
	private final int line;
	private final String id;
	private PerlStatement args;
	private final Map<String, PerlStatement> arrays = new LinkedHashMap<>();

	/**
	 * @param number the record's position in the file, from 1
	 * @param line   the line of its {@code $old_group}
	 * @param id     the {@code $old_group} name
	 */
	AthenaRecord(Path file, int number, int line, String id) {
		this.file = file;
		this.number = number;
		this.line = line;
		this.id = id;
	}

	/** @return Athena's internal group name */
	String id() {
		return id;
	}

	/** @return "record 3 'nuldi', line 17" for messages */
	String location(int atLine) {
		return "record " + number + " '" + id + "', line " + atLine;
	}

	/** Takes one statement between {@code $old_group} and {@code [record]}. */
	void add(PerlStatement statement) throws SpectrumFileException {
		String name = statement.name();
		// statements without a name (found by the fuzz test: a line moved into a record) are not arrays we need
		boolean known = name != null && ("args".equals(name) || ARRAY_NAMES.contains(name));
		if (statement.kind() != PerlStatement.Kind.ARRAY || !known) {
			return; // $xdi and anything newer Athena versions add: parsed, not needed
		}
		if ("args".equals(name) ? args != null : arrays.containsKey(name)) {
			throw error(statement.line(), "@" + name + " appears twice in one record");
		}
		if ("args".equals(name)) {
			args = statement;
		} else {
			arrays.put(name, statement);
		}
	}

	/** @return the group these statements describe */
	AthenaGroup toGroup() throws SpectrumFileException {
		if (args == null) {
			throw error(line, "the record has no @args (Athena's parameters)");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		List<String> titles = new ArrayList<>();
		readArgs(parameters, titles);
		Map<String, double[]> values = new LinkedHashMap<>();
		for (Map.Entry<String, PerlStatement> e : arrays.entrySet()) {
			values.put(e.getKey(), numbers(e.getValue()));
		}
		AthenaGroup.DataType type = dataType(parameters);
		AthenaNormalization normalization = normalization(parameters);
		String label = parameters.getOrDefault("label", id);
		SpectrumMetadata metadata = new SpectrumMetadata(element(parameters.get("bkg_z")),
				blankToNull(parameters.getOrDefault("fft_edge", "").toUpperCase(Locale.ROOT)), null, label,
				file.toString(), "record " + number);
		if (!type.isMu()) {
			return new AthenaGroup(number, id, label, type, parameters, titles, values, normalization, null, null,
					metadata);
		}
		double[] x = required(values, "x");
		double[] y = required(values, "y");
		if (x.length != y.length) {
			throw error(arrays.get("y").line(), "@x has " + x.length + " values but @y has " + y.length);
		}
		double[] energies = x.clone();
		for (int i = 0; i < energies.length; i++) {
			energies[i] += normalization.energyShift();
		}
		EnergyOrder order;
		try {
			order = EnergyOrder.of(energies);
		} catch (IllegalArgumentException e) {
			throw error(arrays.get("x").line(), "@x: " + e.getMessage());
		}
		return new AthenaGroup(number, id, label, type, parameters, titles, values, normalization, order.axis(),
				order.apply(y), metadata);
	}

	/** Splits {@code @args = (key, value, ...)} into scalar parameters and the titles. */
	private void readArgs(Map<String, String> parameters, List<String> titles) throws SpectrumFileException {
		List<PerlValue> items = ((PerlValue.ListValue) args.value()).items();
		if (items.size() % 2 != 0) {
			throw error(args.line(), "@args needs key-value pairs, found " + items.size() + " items");
		}
		for (int i = 0; i < items.size(); i += 2) {
			if (!(items.get(i) instanceof PerlValue.Scalar key)) {
				throw error(args.line(), "@args item " + (i + 1) + " should be a parameter name");
			}
			PerlValue value = items.get(i + 1);
			if (value instanceof PerlValue.Scalar scalar) {
				parameters.put(key.text(), scalar.text());
			} else if ("titles".equals(key.text()) && value instanceof PerlValue.ListValue list) {
				for (PerlValue title : list.items()) {
					if (title instanceof PerlValue.Scalar text) {
						titles.add(text.text());
					}
				}
			}
		}
	}

	/** Demeter's rule: is_xmu, else is_chi, else is_xmudat; is_xanes overrides them all. */
	private static AthenaGroup.DataType dataType(Map<String, String> parameters) {
		if (isTrue(parameters.get("is_xanes"))) {
			return AthenaGroup.DataType.XANES;
		}
		if (isTrue(parameters.get("is_xmu"))) {
			return AthenaGroup.DataType.XMU;
		}
		if (isTrue(parameters.get("is_chi"))) {
			return AthenaGroup.DataType.CHI;
		}
		return isTrue(parameters.get("is_xmudat")) ? AthenaGroup.DataType.XMUDAT : AthenaGroup.DataType.OTHER;
	}

	private AthenaNormalization normalization(Map<String, String> parameters) throws SpectrumFileException {
		double shift = number(parameters, "bkg_eshift");
		int nnorm = integer(parameters, "bkg_nnorm", 1, Integer.MAX_VALUE);
		int nvict = integer(parameters, "bkg_nvict", 0, NormalizationSettings.MAX_NVICT);
		return new AthenaNormalization(number(parameters, "bkg_e0"), number(parameters, "bkg_pre1"),
				number(parameters, "bkg_pre2"), number(parameters, "bkg_nor1"), number(parameters, "bkg_nor2"), nnorm,
				nvict, number(parameters, "bkg_step"), isTrue(parameters.get("bkg_fixstep")),
				Double.isNaN(shift) ? 0 : shift);
	}

	/** @return the parameter as a finite number, or NaN when it is missing or empty */
	private double number(Map<String, String> parameters, String key) throws SpectrumFileException {
		String text = parameters.getOrDefault(key, "").strip();
		if (text.isEmpty()) {
			return Double.NaN;
		}
		if (!DECIMAL.matcher(text).matches()) {
			throw error(args.line(), "parameter " + key + " = '" + text + "' is not a number");
		}
		return Double.parseDouble(text);
	}

	/** @return the parameter as a whole number in [min, max], or 0 when it is missing or empty */
	private int integer(Map<String, String> parameters, String key, int min, int max) throws SpectrumFileException {
		double value = number(parameters, key);
		if (Double.isNaN(value)) {
			return 0;
		}
		if (value != Math.rint(value) || value < min || value > max) {
			throw error(args.line(), "parameter " + key + " = " + parameters.get(key) + " is not a whole number from "
					+ min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
		}
		return (int) value;
	}

	private double[] numbers(PerlStatement array) throws SpectrumFileException {
		List<PerlValue> items = ((PerlValue.ListValue) array.value()).items();
		double[] values = new double[items.size()];
		for (int i = 0; i < values.length; i++) {
			String text = items.get(i) instanceof PerlValue.Scalar scalar ? scalar.text().strip() : null;
			if (text == null || !DECIMAL.matcher(text).matches()) {
				throw error(array.line(), "value " + (i + 1) + " of @" + array.name() + " is "
						+ (text == null ? "not a single value" : "'" + text + "', not a finite number"));
			}
			values[i] = Double.parseDouble(text);
			if (!Double.isFinite(values[i])) {
				throw error(array.line(), "value " + (i + 1) + " of @" + array.name() + " overflows: " + text);
			}
		}
		return values;
	}

	private double[] required(Map<String, double[]> values, String name) throws SpectrumFileException {
		double[] array = values.get(name);
		if (array == null) {
			throw error(line, "the record holds mu(E) but has no @" + name);
		}
		return array;
	}

	/** Perl's truth: undefined, "" and "0" are false. */
	private static boolean isTrue(String value) {
		return value != null && !value.isEmpty() && !"0".equals(value);
	}

	/** @return "Fe" from "fe" or "FE"; null for nothing */
	private static String element(String symbol) {
		if (symbol == null || symbol.isBlank()) {
			return null;
		}
		String s = symbol.strip();
		return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	private SpectrumFileException error(int atLine, String problem) {
		return new SpectrumFileException(file, location(atLine), problem);
	}
}
