package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GridSearchTest {

	@Test
	void theGridListsEveryCombinationWithTheLastNameVaryingFastest() {
		Map<String, List<?>> values = new LinkedHashMap<>();
		values.put("width", List.of(64, 128));
		values.put("activation", List.of("relu", "tanh"));
		values.put("dropout", List.of(0.5));
		List<Hyperparameters> grid = ParameterGrid.combinations(values);
		// Names sorted: activation, dropout, width.
		assertEquals(List.of("{activation=relu, dropout=0.5, width=64}", "{activation=relu, dropout=0.5, width=128}",
				"{activation=tanh, dropout=0.5, width=64}", "{activation=tanh, dropout=0.5, width=128}"),
				grid.stream().map(Hyperparameters::toString).toList());
		assertEquals(128, grid.get(1).integer("width"));
		assertEquals("tanh", grid.get(2).text("activation"));
		assertEquals(0.5, grid.get(3).number("dropout"));
	}

	@Test
	void aListValueIsOneCandidate() {
		// Kiyohara et al. search hidden layer count and width: each candidate is a list of widths.
		List<Hyperparameters> grid = ParameterGrid.combinations(Map.of("layers", List.of(List.of(100), List.of(100, 50))));
		assertEquals(2, grid.size());
		assertArrayEquals(new int[] { 100, 50 }, grid.get(1).integers("layers"));
	}

	@Test
	void crossValidationPicksASmallPenaltyForALineWithLittleNoise() {
		ToyModels.Samples data = ToyModels.noisyLine(100, 0.3, 3);
		List<Hyperparameters> grid = ParameterGrid.combinations(Map.of("lambda", List.of(1e4, 1.0, 1e3)));
		CrossValidation cv = new CrossValidation(KFold.split(100, 5, 1), Metric.MEAN_RMSE, 2);
		GridSearchResult result = GridSearch.run(grid, setting -> ToyModels.ridgeLine(setting.number("lambda")), cv,
				data.inputs(), data.targets());
		assertEquals(1.0, result.best().parameters().number("lambda"));
		// The table keeps the order tried, and a larger penalty (a flatter line) scores worse.
		List<Double> means = result.candidates().stream().map(c -> c.scores().mean()).toList();
		assertTrue(means.get(0) > means.get(2) && means.get(2) > means.get(1), means.toString());
	}

	@Test
	void everyCandidateIsScoredOnTheSameFoldsWithTheSameSeeds() {
		ToyModels.Samples data = ToyModels.noisyLine(30, 1, 3);
		List<Long> seeds = Collections.synchronizedList(new ArrayList<>());
		List<Hyperparameters> grid = ParameterGrid.combinations(Map.of("lambda", List.of(0.0, 1.0)));
		GridSearch.run(grid, setting -> (inputs, targets, seed) -> {
			seeds.add(seed);
			return ToyModels.ridgeLine(setting.number("lambda")).train(inputs, targets, seed);
		}, new CrossValidation(KFold.split(30, 3, 0), Metric.MEAN_MAE, 8), data.inputs(), data.targets());
		assertEquals(seeds.subList(0, 3), seeds.subList(3, 6));
	}

	@Test
	void aPooledSearchFindsTheSameAsASequentialOne() {
		ToyModels.Samples data = ToyModels.noisyLine(80, 2, 4);
		List<Hyperparameters> grid = ParameterGrid.combinations(Map.of("unused", List.of(1, 2, 3)));
		Trainer bagged = (inputs, targets, seed) -> ToyModels.baggedLine(inputs, targets, seed);
		CrossValidation cv = new CrossValidation(KFold.split(80, 4, 0), Metric.TOTAL_RMSE, 8);
		GridSearchResult sequential = GridSearch.run(grid, setting -> bagged, cv, data.inputs(), data.targets());
		GridSearchResult pooled = GridSearch.run(grid, setting -> bagged, cv.withExecution(Execution.PARALLEL),
				data.inputs(), data.targets());
		assertEquals(sequential.candidates(), pooled.candidates());
		// The same trainer on the same folds and seeds scores the same for every setting: the first one wins ties.
		assertEquals(1, sequential.best().parameters().integer("unused"));
	}

	@Test
	void theResultPrintsAsATableWithTheBestMarked() {
		ToyModels.Samples data = ToyModels.noisyLine(50, 0.3, 3);
		GridSearchResult result = GridSearch.run(ParameterGrid.combinations(Map.of("lambda", List.of(0.0, 1e4))),
				setting -> ToyModels.ridgeLine(setting.number("lambda")),
				new CrossValidation(KFold.split(50, 5, 1), Metric.MEAN_MAE, 2), data.inputs(), data.targets());
		String[] lines = result.toString().split("\n");
		assertEquals(5, lines.length);
		assertEquals("grid search by mean MAE over 5 folds", lines[0]);
		assertTrue(lines[1].matches("lambda\\s+fold mean\\s+fold std\\s+best"), lines[1]);
		assertTrue(lines[2].matches("-+"), lines[2]);
		assertTrue(lines[3].startsWith("0.0 ") && lines[3].endsWith("*"), lines[3]);
		assertTrue(lines[4].startsWith("10000.0 ") && !lines[4].endsWith("*"), lines[4]);
		assertEquals(lines[1].length(), lines[3].length(), "aligned columns");
	}

	@Test
	void badGridsAndSettingsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> ParameterGrid.combinations(Map.of("alpha", List.of())));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ParameterGrid.combinations(Map.of("alpha", List.of(Double.NaN))));
		assertTrue(e.getMessage().contains("hyperparameter 'alpha' has the value NaN"), e.getMessage());
		Hyperparameters setting = Hyperparameters.of(Map.of("width", 64, "name", "mlp"));
		e = assertThrows(IllegalArgumentException.class, () -> setting.integer("depth"));
		assertTrue(e.getMessage().contains("no hyperparameter 'depth' (there are [name, width])"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> setting.number("name"));
		assertTrue(e.getMessage().contains("hyperparameter 'name' is mlp, expected a number"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Hyperparameters.of(Map.of("big", 1L << 40)).integer("big"));
		ToyModels.Samples data = ToyModels.noisyLine(10, 1, 3);
		assertThrows(IllegalArgumentException.class, () -> GridSearch.run(List.of(), any -> ToyModels.ridgeLine(0),
				new CrossValidation(KFold.split(10, 2, 0), Metric.MEAN_MAE, 0), data.inputs(), data.targets()));
	}
}
