package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.edgewise.spectrum.json.Json;

/**
 * Writes and strictly reads {@link Evaluation}s as JSON. Metrics are an array of name/value objects,
 * because the JSON writer sorts object keys and the print order must survive. Reading rejects unknown
 * fields and wrong types, naming the source and the field.
 */
final class EvaluationJson {

	static final String FORMAT = "edgewise-evaluation";
	static final int VERSION = 1;

	private static final Set<String> EVALUATION_FIELDS = Set.of("format", "version", "model", "dataset", "samples",
			"metrics", "tables");
	private static final Set<String> METRIC_FIELDS = Set.of("name", "value");
	private static final Set<String> TABLE_FIELDS = Set.of("title", "rowHeader", "rows", "columns");
	private static final Set<String> COLUMN_FIELDS = Set.of("name", "counts", "values");

	private EvaluationJson() {
	}

	static String write(Evaluation evaluation) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("version", VERSION);
		document.put("model", evaluation.model());
		document.put("dataset", evaluation.dataset());
		document.put("samples", evaluation.sampleCount());
		document.put("metrics", evaluation.metrics().entrySet().stream()
				.map(metric -> Map.<String, Object>of("name", metric.getKey(), "value", metric.getValue())).toList());
		document.put("tables", evaluation.tables().stream().map(EvaluationJson::table).toList());
		return Json.write(document, "evaluation") + "\n";
	}

	static Evaluation read(String text, String source) {
		Reader reader = new Reader(source);
		Map<String, Object> document = reader.object(Json.parse(text, source), "", EVALUATION_FIELDS);
		if (!FORMAT.equals(document.get("format"))) {
			throw reader.error("format", "expected \"" + FORMAT + "\", got " + document.get("format"));
		}
		if (!Integer.valueOf(VERSION).equals(document.get("version"))) {
			throw reader.error("version", "version " + document.get("version") + " is not supported (this reader knows version "
					+ VERSION + ")");
		}
		Map<String, Double> metrics = new LinkedHashMap<>();
		List<?> metricList = reader.list(document, "metrics", "");
		for (int i = 0; i < metricList.size(); i++) {
			String path = "metrics[" + i + "]";
			Map<String, Object> metric = reader.object(metricList.get(i), path, METRIC_FIELDS);
			String name = reader.string(metric, "name", path);
			if (metrics.put(name, reader.number(metric.get("value"), path + ".value")) != null) {
				throw reader.error(path + ".name", "metric \"" + name + "\" occurs twice");
			}
		}
		List<Table> tables = new ArrayList<>();
		List<?> tableList = reader.list(document, "tables", "");
		for (int i = 0; i < tableList.size(); i++) {
			tables.add(reader.table(tableList.get(i), "tables[" + i + "]"));
		}
		Object samples = document.get("samples");
		if (!(samples instanceof Integer sampleCount)) {
			throw reader.error("samples", "expected the sample count as a whole number, got " + samples);
		}
		try {
			return new Evaluation(reader.string(document, "model", ""), reader.string(document, "dataset", ""), sampleCount,
					metrics, tables);
		} catch (IllegalArgumentException rejected) {
			throw new IllegalArgumentException(source + ": " + rejected.getMessage(), rejected);
		}
	}

	private static Map<String, Object> table(Table table) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("title", table.title());
		json.put("rowHeader", table.rowHeader());
		json.put("rows", table.rowNames());
		json.put("columns", table.columns().stream().map(column -> Map.<String, Object>of("name", column.name(),
				"counts", column.counts(), "values",
				column.counts() ? column.values().stream().map(Math::round).toList() : column.values())).toList());
		return json;
	}

	/** Typed access to the parsed document, with errors naming the source and the field's path. */
	private record Reader(String source) {

		Table table(Object value, String path) {
			Map<String, Object> table = object(value, path, TABLE_FIELDS);
			List<String> rowNames = new ArrayList<>();
			List<?> rows = list(table, "rows", path);
			for (int r = 0; r < rows.size(); r++) {
				if (!(rows.get(r) instanceof String name)) {
					throw error(path + ".rows[" + r + "]", "expected a row name, got " + rows.get(r));
				}
				rowNames.add(name);
			}
			List<Table.Column> columns = new ArrayList<>();
			List<?> columnList = list(table, "columns", path);
			for (int c = 0; c < columnList.size(); c++) {
				String columnPath = path + ".columns[" + c + "]";
				Map<String, Object> column = object(columnList.get(c), columnPath, COLUMN_FIELDS);
				if (!(column.get("counts") instanceof Boolean counts)) {
					throw error(columnPath + ".counts", "expected true or false, got " + column.get("counts"));
				}
				List<Double> values = new ArrayList<>();
				List<?> valueList = list(column, "values", columnPath);
				for (int r = 0; r < valueList.size(); r++) {
					values.add(number(valueList.get(r), columnPath + ".values[" + r + "]"));
				}
				columns.add(new Table.Column(string(column, "name", columnPath), counts, values));
			}
			try {
				return new Table(string(table, "title", path), string(table, "rowHeader", path), rowNames, columns);
			} catch (IllegalArgumentException rejected) {
				throw error(path, rejected.getMessage());
			}
		}

		@SuppressWarnings("unchecked") // Json.parse builds objects as Map<String, Object> only
		Map<String, Object> object(Object value, String path, Set<String> fields) {
			if (!(value instanceof Map<?, ?> map)) {
				throw error(path, "expected a JSON object, got " + value);
			}
			Map<String, Object> object = (Map<String, Object>) map;
			for (String field : object.keySet()) {
				if (!fields.contains(field)) {
					throw error(join(path, field), "unknown field (expected " + String.join(", ", new TreeSet<>(fields)) + ")");
				}
			}
			return object;
		}

		List<?> list(Map<String, Object> object, String field, String path) {
			if (object.get(field) instanceof List<?> list) {
				return list;
			}
			throw error(join(path, field), "expected an array, got " + object.get(field));
		}

		String string(Map<String, Object> object, String field, String path) {
			if (object.get(field) instanceof String text) {
				return text;
			}
			throw error(join(path, field), "expected a string, got " + object.get(field));
		}

		double number(Object value, String path) {
			if (value instanceof Number number) {
				return number.doubleValue();
			}
			throw error(path, "expected a number, got " + value);
		}

		IllegalArgumentException error(String path, String problem) {
			return new IllegalArgumentException(source + ": " + (path.isEmpty() ? "the document" : path) + ": " + problem);
		}

		private static String join(String path, String field) {
			return path.isEmpty() ? field : path + "." + field;
		}
	}
}
