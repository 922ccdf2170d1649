package org.edgewise.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.edgewise.learn.decomposition.Nmf;
import org.edgewise.learn.decomposition.NmfSettings;
import org.edgewise.learn.linear.BayesianLinearRegression;
import org.edgewise.learn.linear.Ridge;
import org.edgewise.learn.manifold.ClassicalMds;
import org.edgewise.learn.manifold.Isomap;
import org.edgewise.learn.model.ModelCard;
import org.edgewise.learn.model.ModelFile;
import org.edgewise.learn.model.ModelInputs;
import org.edgewise.learn.model.ModelOutputs;
import org.edgewise.learn.model.ModelParameters;
import org.edgewise.learn.model.TrainingSummary;
import org.edgewise.learn.neighbours.Distance;
import org.edgewise.learn.neighbours.KnnClassifier;
import org.edgewise.learn.neighbours.KnnRegressor;
import org.edgewise.learn.network.Activation;
import org.edgewise.learn.network.Network;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind the engine fits goes through a real model file and comes back giving the same outputs, bit for
 * bit: the promise a user relies on when a model trained today is applied tomorrow.
 */
class EngineModelsTest {

	private static final int FEATURES = 6;

	/** A fitted model of one kind, with what it writes and what it computes from rows. */
	private record Fitted(String kind, ModelParameters parameters, int outputs,
			Function<Object, double[][]> outputsOf, Object model) {
	}

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyKind")
	void aModelReadBackFromItsFileGivesIdenticalOutputs(String kind, Fitted fitted) throws IOException {
		ModelCard card = ModelCard.builder(kind + "-example", kind)
				.inputs(ModelInputs.count(FEATURES))
				.outputs(ModelOutputs.quantities(Stream.iterate(0, i -> i + 1).limit(fitted.outputs())
						.map(i -> new ModelOutputs.Quantity("y" + i, "")).toList()))
				.training(new TrainingSummary(40, "synthetic rows", OptionalLong.of(7), Map.of()))
				.build();
		Path file = folder.resolve(kind + ".edgewise-model");
		new ModelFile(card, fitted.parameters()).write(file);

		Object loaded = EngineModels.kinds().load(ModelFile.read(file));

		assertEquals(fitted.model().getClass(), loaded.getClass());
		double[][] expected = fitted.outputsOf().apply(fitted.model());
		double[][] actual = fitted.outputsOf().apply(loaded);
		for (int row = 0; row < expected.length; row++) {
			for (int i = 0; i < expected[row].length; i++) {
				assertEquals(Double.doubleToRawLongBits(expected[row][i]), Double.doubleToRawLongBits(actual[row][i]),
						kind + " output [" + row + "][" + i + "]");
			}
		}
	}

	static Stream<Object[]> everyKind() {
		double[][] x = rows(40, new SplittableRandom(7));
		double[][] y = new double[x.length][];
		int[] labels = new int[x.length];
		for (int r = 0; r < x.length; r++) {
			y[r] = new double[] { x[r][0] + 2 * x[r][1], x[r][2] - x[r][3] };
			labels[r] = x[r][0] > 0.5 ? 1 : 0;
		}
		double[][] queries = rows(5, new SplittableRandom(8));
		Function<Object, double[][]> predict = model -> ((Predictor) model).predict(queries);
		Network network = Network.builder(FEATURES, 7).dense(8, Activation.TANH).dropout(0.2).softmax(2);
		Nmf nmf = Nmf.fit(x, NmfSettings.defaults(3)).model();
		ClassicalMds mds = ClassicalMds.fit(x, 2);
		Isomap isomap = Isomap.fit(x, 8, 2, Distance.EUCLIDEAN);
		Pca pca = Pca.fit(x, 3);
		List<Fitted> all = List.of(
				new Fitted(Network.KIND, network.parameters(), 2, predict, network),
				fittedPredictor(Ridge.KIND, Ridge.fit(x, y, 0.1, true), predict),
				fittedPredictor(BayesianLinearRegression.KIND, BayesianLinearRegression.fit(x, y, 1, 25), predict),
				fittedPredictor(KnnRegressor.KIND, KnnRegressor.fit(x, y, 3, Distance.CORRELATION), predict),
				fittedPredictor(KnnClassifier.KIND, KnnClassifier.fit(x, labels, 5, Distance.EUCLIDEAN), predict),
				new Fitted(Pca.KIND, pca.parameters(), 3, model -> ((Pca) model).transform(queries), pca),
				new Fitted(Nmf.KIND, nmf.parameters(), 3, model -> ((Nmf) model).transform(queries), nmf),
				new Fitted(ClassicalMds.KIND, mds.parameters(), 2, model -> ((ClassicalMds) model).place(queries), mds),
				new Fitted(Isomap.KIND, isomap.parameters(), 2, model -> ((Isomap) model).place(queries), isomap));
		assertEquals(EngineModels.kinds().kinds().size(), all.size(), "every registered kind is covered");
		assertTrue(all.stream().allMatch(f -> EngineModels.kinds().kinds().contains(f.kind())));
		return all.stream().map(f -> new Object[] { f.kind(), f });
	}

	private static Fitted fittedPredictor(String kind, Object model, Function<Object, double[][]> predict) {
		Predictor predictor = (Predictor) model;
		ModelParameters parameters = switch (model) {
		case Ridge ridge -> ridge.parameters();
		case BayesianLinearRegression bayes -> bayes.parameters();
		case KnnRegressor knn -> knn.parameters();
		case KnnClassifier knn -> knn.parameters();
		default -> throw new IllegalArgumentException(kind);
		};
		return new Fitted(kind, parameters, predictor.outputSize(), predict, model);
	}

	private static double[][] rows(int count, SplittableRandom random) {
		double[][] rows = new double[count][FEATURES];
		for (double[] row : rows) {
			for (int i = 0; i < FEATURES; i++) {
				row[i] = random.nextDouble();
			}
		}
		return rows;
	}
}
