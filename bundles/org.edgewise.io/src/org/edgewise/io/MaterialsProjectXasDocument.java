package org.edgewise.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.edgewise.io.internal.ElementSymbols;
import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.json.Json;

/**
 * One document of a Materials Project XAS file, as {@link MaterialsProjectXasReader} describes them.
 *
 * @param file  the file, for messages and the metadata
 * @param where prefixes the field names in messages: "document 2, ", or "" for a file of one document
 * @param value the document as {@link Json} parsed it
 */
record MaterialsProjectXasDocument(Path file, String where, Object value) {

	/**
	 * @return the document's spectrum with the metadata the document states
	 * @throws SpectrumFileException naming the file, the document and the field at fault
	 */
	Spectrum spectrum() throws SpectrumFileException {
		Map<?, ?> document = object(value, "the document");
		boolean apiDocument = document.containsKey("spectrum");
		Map<?, ?> spectrum = apiDocument ? object(document.get("spectrum"), "spectrum") : document;
		String prefix = apiDocument ? "spectrum." : "";
		if (!spectrum.containsKey("x") || !spectrum.containsKey("y")) {
			throw apiDocument ? failure("spectrum", "has no 'x' and 'y' arrays")
					: failure(null, "not a Materials Project XAS document: neither a 'spectrum' object nor 'x' and"
							+ " 'y' arrays");
		}
		double[] x = numbers(spectrum.get("x"), prefix + "x");
		double[] y = numbers(spectrum.get("y"), prefix + "y");
		if (x.length != y.length) {
			throw failure(prefix + "y", "has " + y.length + " values but " + prefix + "x has " + x.length);
		}
		EnergyOrder order;
		try {
			order = EnergyOrder.of(x);
		} catch (IllegalArgumentException e) {
			throw failure(prefix + "x", e.getMessage());
		}
		String element = element(first(document, spectrum, "absorbing_element"));
		String edge = text(first(document, spectrum, "edge"), "edge");
		String type = optionalText(first(document, spectrum, "spectrum_type"), "spectrum_type");
		String material = optionalText(document.get("material_id"), "material_id");
		String formula = optionalText(document.get("formula_pretty"), "formula_pretty");
		String sample = material == null || formula == null ? material : material + " (" + formula + ")";
		SpectrumMetadata metadata = new SpectrumMetadata(element, edge, MaterialsProjectXasReader.MODE, sample,
				file.toString(), where + prefix + "y");
		return new Spectrum(order.axis(), order.apply(y), label(document, spectrum, element, edge, type), metadata);
	}

	/** @return the spectrum_id, else the document's own parts in the order emmet builds spectrum ids */
	private String label(Map<?, ?> document, Map<?, ?> spectrum, String element, String edge, String type)
			throws SpectrumFileException {
		String id = optionalText(document.get("spectrum_id"), "spectrum_id");
		if (id != null) {
			return id;
		}
		StringJoiner parts = new StringJoiner("-");
		String material = optionalText(document.get("material_id"), "material_id");
		for (String part : new String[] { material, type, element, edge }) {
			if (part != null) {
				parts.add(part);
			}
		}
		if (spectrum.get("absorbing_index") instanceof Integer site) {
			parts.add(site.toString());
		}
		return parts.toString();
	}

	private static Object first(Map<?, ?> document, Map<?, ?> spectrum, String key) {
		return document.containsKey(key) ? document.get(key) : spectrum.get(key);
	}

	private Map<?, ?> object(Object candidate, String field) throws SpectrumFileException {
		if (candidate instanceof Map<?, ?> map) {
			return map;
		}
		throw failure(null, field + " is not a JSON object");
	}

	/** A JSON array of numbers, or monty's numpy form {@code {"@class": "array", "data": [...]}}. */
	private double[] numbers(Object candidate, String field) throws SpectrumFileException {
		Object values = candidate;
		if (candidate instanceof Map<?, ?> numpy && "array".equals(numpy.get("@class"))) {
			if (String.valueOf(numpy.get("dtype")).startsWith("complex")) {
				throw failure(field, "is a complex array (dtype " + numpy.get("dtype") + ")");
			}
			values = numpy.get("data");
		}
		if (!(values instanceof List<?> list)) {
			throw failure(field, "is not an array of numbers");
		}
		double[] result = new double[list.size()];
		for (int i = 0; i < result.length; i++) {
			if (!(list.get(i) instanceof Number number)) {
				throw failure(field, "value " + i + " is not a number: " + list.get(i));
			}
			result[i] = number.doubleValue();
		}
		return result;
	}

	private String element(Object candidate) throws SpectrumFileException {
		// monty writes pymatgen's Element as {"@module": ..., "@class": "Element", "element": "Cu"}
		Object symbol = candidate instanceof Map<?, ?> mson ? mson.get("element") : candidate;
		String text = text(symbol, "absorbing_element");
		if (!ElementSymbols.isSymbol(text)) {
			throw failure("absorbing_element", "'" + text + "' is not an element symbol");
		}
		return text;
	}

	private String text(Object candidate, String field) throws SpectrumFileException {
		String text = optionalText(candidate, field);
		if (text == null) {
			throw failure(field, "is missing");
		}
		return text;
	}

	private String optionalText(Object candidate, String field) throws SpectrumFileException {
		if (candidate == null) {
			return null;
		}
		if (candidate instanceof String text && !text.isBlank()) {
			return text.strip();
		}
		throw failure(field, "is not a non-empty text: " + candidate);
	}

	private SpectrumFileException failure(String field, String problem) {
		String location = where + (field == null ? "" : "field '" + field + "'");
		location = location.endsWith(", ") ? location.substring(0, location.length() - 2) : location;
		return new SpectrumFileException(file, location.isEmpty() ? null : location, problem);
	}
}
