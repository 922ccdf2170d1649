package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvaluationTest {

	private static final ClassificationMetrics CLASSIFIER = ClassificationMetrics.of(
			new int[] { 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 0, 1, 2 }, new int[] { 0, 1, 0, 0, 1, 2, 1, 2, 2, 0, 2, 1, 0, 1, 2 }, 3);

	@Test
	void aClassifierReportShowsPerClassFiguresAndTheConfusionMatrix() {
		Evaluation evaluation = Evaluation.ofClassification("mlp Ti-K", "Ti K-edge test split", CLASSIFIER,
				List.of("T4", "S5", "O6"));
		assertEquals(15, evaluation.sampleCount());
		assertEquals(List.of("macro F1", "accuracy"), List.copyOf(evaluation.metrics().keySet()));
		assertEquals(CLASSIFIER.macroF1(), evaluation.metrics().get("macro F1"));
		assertEquals("""
				model:   mlp Ti-K
				data:    Ti K-edge test split
				samples: 15
				macro F1: 0.7313
				accuracy: 0.7333

				per class
				class  precision  recall      F1  support
				-----------------------------------------
				T4        0.8000  0.8000  0.8000        5
				S5        0.6000  0.7500  0.6667        4
				O6        0.8000  0.6667  0.7273        6

				confusion matrix (rows true, columns predicted)
				true class  T4  S5  O6
				----------------------
				T4           4   1   0
				S5           0   3   1
				O6           1   1   4
				""", evaluation.toString());
	}

	@Test
	void aRegressionReportShowsEveryOutput() {
		RegressionMetrics metrics = RegressionMetrics.of(new double[][] { { 1.9, -0.9 }, { 2.1, -1.2 }, { 2.0, -1.1 } },
				new double[][] { { 1.95, -1.0 }, { 2.0, -1.0 }, { 2.05, -1.05 } });
		Evaluation evaluation = Evaluation.ofRegression("ffnn O-K", "test split", metrics,
				List.of("bond length (A)", "Mulliken charge (e)"));
		assertEquals(List.of("mean MAE", "mean RMSE", "total RMSE", "mean R2"), List.copyOf(evaluation.metrics().keySet()));
		Table perOutput = evaluation.tables().get(0);
		assertEquals(List.of("bond length (A)", "Mulliken charge (e)"), perOutput.rowNames());
		assertEquals(List.of("MAE", "RMSE", "R2"), perOutput.columns().stream().map(Table.Column::name).toList());
		assertEquals(metrics.rmse()[1], perOutput.columns().get(1).values().get(1));
		assertTrue(evaluation.toString().contains("Mulliken charge (e)"), evaluation.toString());
	}

	@Test
	void jsonReadsBackToAnEqualEvaluation() {
		Evaluation classifier = Evaluation.ofClassification("cnn", "Fe K-edge", CLASSIFIER, List.of("T4", "S5", "O6"));
		assertRoundTrip(classifier);
		RegressionMetrics spectra = RegressionMetrics.of(new double[][] { { 0.1, 0.9, -0.0 }, { 0.3, 1.1, 0.5 } },
				new double[][] { { 0.1 + 1e-17, 0.95, 0.2 }, { 0.25, 1.0, 0.4 } });
		assertRoundTrip(Evaluation.ofRegression("ridge", "Si K-edge", spectra, List.of("1835.00 eV", "1835.05 eV", "1835.10 eV")));
	}

	@Test
	void jsonKeepsTheOrderOfTheHeadlineFigures() {
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("zeta", 1.0);
		figures.put("alpha", 2.0);
		Evaluation evaluation = new Evaluation("m", "d", 3, figures, List.of());
		Evaluation read = Evaluation.fromJson(evaluation.toJson(), "memory");
		assertEquals(List.of("zeta", "alpha"), List.copyOf(read.metrics().keySet()));
	}

	@Test
	void readingIsStrictAndNamesTheField() {
		String json = Evaluation.ofClassification("cnn", "Fe K-edge", CLASSIFIER, List.of("T4", "S5", "O6")).toJson();
		assertRejected("report.json: tables[0].columns[1].values[2]: expected a number, got oops",
				json.replaceFirst("(\"recall\",\\s*\"values\": \\[[^,]+, [^,]+, )[^\\]]+", "$1\"oops\""));
		assertRejected("report.json: version: version 2 is not supported (this reader knows version 1)",
				json.replace("\"version\": 1", "\"version\": 2"));
		assertRejected("report.json: colour: unknown field", json.replaceFirst("\\{", "{\"colour\": \"red\", "));
		assertRejected("report.json: samples: expected the sample count as a whole number, got 1.5",
				json.replace("\"samples\": 15", "\"samples\": 1.5"));
		assertRejected("report.json: tables[1]: column 'T4' has 3 values for 2 rows",
				json.replace("\"rows\": [\"T4\", \"S5\", \"O6\"],\n      \"title\": \"confusion", "\"rows\": [\"T4\", \"S5\"],\n      \"title\": \"confusion"));
		assertThrows(IllegalArgumentException.class, () -> Evaluation.fromJson("{", "report.json"));
	}

	@Test
	void anEvaluationRefusesNonFiniteFigures() {
		assertThrows(IllegalArgumentException.class, () -> new Evaluation("m", "d", 3, Map.of("RMSE", Double.NaN), List.of()));
		assertThrows(IllegalArgumentException.class, () -> new Evaluation("m", "d", 0, Map.of(), List.of()));
		assertThrows(IllegalArgumentException.class,
				() -> Evaluation.ofClassification("m", "d", CLASSIFIER, List.of("T4", "O6")));
	}

	private static void assertRoundTrip(Evaluation evaluation) {
		Evaluation read = Evaluation.fromJson(evaluation.toJson(), "memory");
		assertEquals(evaluation, read);
		assertEquals(evaluation.toString(), read.toString());
		assertEquals(evaluation.toJson(), read.toJson());
	}

	private static void assertRejected(String expected, String json) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evaluation.fromJson(json, "report.json"));
		assertTrue(e.getMessage().startsWith(expected), e.getMessage());
	}
}
