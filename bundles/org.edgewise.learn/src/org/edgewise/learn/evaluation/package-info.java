/**
 * Honest evaluation: splits, cross-validation, grid search, bootstrap, metrics and ensembles.
 * <p>
 * Everything here works with any {@link org.edgewise.learn.Predictor} and with a {@link Trainer}, a
 * function from training rows, target rows and a seed to a trained model, so it serves every model kind.
 * Rows are samples; classification targets are one-hot rows ({@link OneHot}) and classifiers predict one
 * probability (or score) per class. Everything random takes a seed and gives the same result on one
 * thread or many.
 * <p>
 * Kiyohara et al.'s protocol for a regression network: hold out a test set, choose hyperparameters by
 * 5-fold cross-validation on the rest, then report the chosen model on the test set.
 *
 * <pre>{@code
 * Split split = Splits.kiyohara(inputs.length, 1);             // 10 % test, validation as large
 * double[][] x = Rows.select(inputs, split.train());
 * double[][] y = Rows.select(targets, split.train());
 * CrossValidation cv = new CrossValidation(KFold.split(x.length, 5, 2), Metric.MEAN_MAE, 3)
 *         .withExecution(Execution.PARALLEL);
 * GridSearchResult search = GridSearch.run(
 *         ParameterGrid.combinations(Map.of("layers", List.of(2, 3), "width", List.of(64, 128))),
 *         setting -> (rows, values, seed) -> trainNetwork(rows, values, setting, seed), cv, x, y);
 * Hyperparameters best = search.best().parameters();
 * Predictor model = trainNetwork(x, y, best, 4);
 * RegressionMetrics test = RegressionMetrics.of(Rows.select(targets, split.test()),
 *         model.predict(Rows.select(inputs, split.test())));
 * System.out.println(Evaluation.ofRegression("ffnn", "test split", test, propertyNames));
 * }</pre>
 *
 * Carbone et al.'s protocol for a classifier is stratified 10-fold cross-validation scored by macro F1:
 * {@code new CrossValidation(KFold.stratified(labels, 10, seed), Metric.MACRO_F1, seed)}.
 */
package org.edgewise.learn.evaluation;
