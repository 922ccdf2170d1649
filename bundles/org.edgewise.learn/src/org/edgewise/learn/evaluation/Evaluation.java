package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report of a model on a data set: what was evaluated, on what, the headline figures, and tables of
 * per-class or per-output figures. A plain immutable value that prints as aligned text
 * ({@link #toString()}) and saves as JSON ({@link #toJson()}, {@link #fromJson}) without loss.
 */
public final class Evaluation {

	private final String model;
	private final String dataset;
	private final int sampleCount;
	private final Map<String, Double> metrics;
	private final List<Table> tables;

	/**
	 * @param model       the model evaluated, e.g. its kind and name: "network ffnn-O-K"
	 * @param dataset     the rows it was evaluated on, e.g. "O-K ELNES, test split (10 %)"
	 * @param sampleCount the number of rows
	 * @param metrics     the headline figures by name, in the order to print them; each finite
	 * @param tables      the detailed tables
	 * @throws IllegalArgumentException when a name is blank, the sample count is below 1 or a figure is not finite
	 */
	public Evaluation(String model, String dataset, int sampleCount, Map<String, Double> metrics, List<Table> tables) {
		if (model == null || model.isBlank() || dataset == null || dataset.isBlank()) {
			throw new IllegalArgumentException("an evaluation needs the names of its model and data set");
		}
		if (sampleCount < 1) {
			throw new IllegalArgumentException("an evaluation needs at least one sample, got " + sampleCount);
		}
		metrics.forEach((name, value) -> {
			if (name == null || name.isBlank() || value == null || !Double.isFinite(value)) {
				throw new IllegalArgumentException("metric '" + name + "' needs a name and a finite value, got " + value);
			}
		});
		this.model = model;
		this.dataset = dataset;
		this.sampleCount = sampleCount;
		this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
		this.tables = List.copyOf(tables);
	}

	/**
	 * The report of a classifier: macro F1 and accuracy; precision, recall, F1 and support per class; and
	 * the confusion matrix.
	 *
	 * @param model      the model evaluated
	 * @param dataset    the rows it was evaluated on
	 * @param metrics    the classifier's metrics on those rows
	 * @param classNames the name of each class, in label order, e.g. T4, S5, O6
	 * @return the evaluation
	 * @throws IllegalArgumentException when there are not as many class names as classes
	 */
	public static Evaluation ofClassification(String model, String dataset, ClassificationMetrics metrics,
			List<String> classNames) {
		if (classNames.size() != metrics.classCount()) {
			throw new IllegalArgumentException(classNames.size() + " class names for " + metrics.classCount() + " classes");
		}
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("macro F1", metrics.macroF1());
		figures.put("accuracy", metrics.accuracy());
		Table perClass = new Table("per class", "class", classNames, List.of(Table.Column.of("precision", false, metrics.precision()),
				Table.Column.of("recall", false, metrics.recall()), Table.Column.of("F1", false, metrics.f1()),
				Table.Column.of("support", true, Arrays.stream(metrics.support()).asDoubleStream().toArray())));
		int[][] confusion = metrics.confusionMatrix();
		List<Table.Column> predicted = new ArrayList<>();
		for (int p = 0; p < confusion.length; p++) {
			int column = p;
			predicted.add(Table.Column.of(classNames.get(p), true,
					Arrays.stream(confusion).mapToDouble(row -> row[column]).toArray()));
		}
		Table confusionTable = new Table("confusion matrix (rows true, columns predicted)", "true class", classNames, predicted);
		return new Evaluation(model, dataset, metrics.sampleCount(), figures, List.of(perClass, confusionTable));
	}

	/**
	 * The report of a regression: the mean MAE, mean RMSE, total RMSE and mean R<sup>2</sup>; and MAE, RMSE
	 * and R<sup>2</sup> per output (per energy point for a predicted spectrum).
	 *
	 * @param model       the model evaluated
	 * @param dataset     the rows it was evaluated on
	 * @param metrics     the regression's metrics on those rows
	 * @param outputNames the name of each output, with its unit, e.g. "bond length (A)" or "531.2 eV"
	 * @return the evaluation
	 * @throws IllegalArgumentException when there are not as many output names as outputs
	 */
	public static Evaluation ofRegression(String model, String dataset, RegressionMetrics metrics, List<String> outputNames) {
		if (outputNames.size() != metrics.outputCount()) {
			throw new IllegalArgumentException(outputNames.size() + " output names for " + metrics.outputCount() + " outputs");
		}
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("mean MAE", metrics.meanMae());
		figures.put("mean RMSE", metrics.meanRmse());
		figures.put("total RMSE", metrics.totalRmse());
		figures.put("mean R2", metrics.meanR2());
		Table perOutput = new Table("per output", "output", outputNames, List.of(Table.Column.of("MAE", false, metrics.mae()),
				Table.Column.of("RMSE", false, metrics.rmse()), Table.Column.of("R2", false, metrics.r2())));
		return new Evaluation(model, dataset, metrics.sampleCount(), figures, List.of(perOutput));
	}

	/**
	 * @param text   an evaluation as {@link #toJson()} writes it
	 * @param source what the text is, for messages (a file name)
	 * @return the evaluation
	 * @throws IllegalArgumentException naming the source and the field when the text is not JSON or not an
	 *                                  evaluation of this format and version
	 */
	public static Evaluation fromJson(String text, String source) {
		return EvaluationJson.read(text, source);
	}

	/** @return the evaluation as JSON text, which {@link #fromJson} reads back to an equal evaluation */
	public String toJson() {
		return EvaluationJson.write(this);
	}

	/** @return the model evaluated */
	public String model() {
		return model;
	}

	/** @return the data set it was evaluated on */
	public String dataset() {
		return dataset;
	}

	/** @return the number of samples */
	public int sampleCount() {
		return sampleCount;
	}

	/** @return the headline figures by name, in print order; unmodifiable */
	public Map<String, Double> metrics() {
		return metrics;
	}

	/** @return the detailed tables */
	public List<Table> tables() {
		return tables;
	}

	@Override
	public boolean equals(Object other) {
		// Map.equals ignores order, but the print order is part of an evaluation.
		return other instanceof Evaluation evaluation && model.equals(evaluation.model) && dataset.equals(evaluation.dataset)
				&& sampleCount == evaluation.sampleCount && List.copyOf(metrics.entrySet()).equals(List.copyOf(evaluation.metrics.entrySet()))
				&& tables.equals(evaluation.tables);
	}

	@Override
	public int hashCode() {
		return Objects.hash(model, dataset, sampleCount, metrics, tables);
	}

	/** @return the model, data set and sample count, the headline figures aligned, then every table */
	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		out.append("model:   ").append(model).append('\n');
		out.append("data:    ").append(dataset).append('\n');
		out.append("samples: ").append(sampleCount).append('\n');
		int width = metrics.keySet().stream().mapToInt(String::length).max().orElse(0);
		metrics.forEach((name, value) -> out.append(name).append(":").append(" ".repeat(width - name.length() + 1))
				.append(TextTable.number(value)).append('\n'));
		for (Table table : tables) {
			out.append('\n').append(table);
		}
		return out.toString();
	}
}
