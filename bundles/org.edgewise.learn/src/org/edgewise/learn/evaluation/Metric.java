package org.edgewise.learn.evaluation;

import org.edgewise.learn.Predictor;

/**
 * A named score of a trained model on held-out rows, and whether a higher score is better; what
 * cross-validation reports and grid search optimises. The constants cover the usual choices; {@code new
 * Metric(...)} makes any other.
 *
 * @param name           the metric's name as tables print it, e.g. "mean MAE"
 * @param higherIsBetter true for scores such as F1 and R<sup>2</sup>, false for errors such as RMSE
 * @param scorer         computes the score
 */
public record Metric(String name, boolean higherIsBetter, Scorer scorer) {

	/** The share of samples whose largest predicted score is their true class; targets are one-hot rows. */
	public static final Metric ACCURACY = new Metric("accuracy", true,
			(model, inputs, targets) -> classification(model, inputs, targets).accuracy());

	/** The mean per-class F1 ({@link ClassificationMetrics#macroF1()}); targets are one-hot rows. */
	public static final Metric MACRO_F1 = new Metric("macro F1", true,
			(model, inputs, targets) -> classification(model, inputs, targets).macroF1());

	/** The mean absolute error averaged over the outputs ({@link RegressionMetrics#meanMae()}). */
	public static final Metric MEAN_MAE = new Metric("mean MAE", false,
			(model, inputs, targets) -> regression(model, inputs, targets).meanMae());

	/** The root mean squared error averaged over the outputs ({@link RegressionMetrics#meanRmse()}). */
	public static final Metric MEAN_RMSE = new Metric("mean RMSE", false,
			(model, inputs, targets) -> regression(model, inputs, targets).meanRmse());

	/** The root mean squared error over all values of all outputs ({@link RegressionMetrics#totalRmse()}). */
	public static final Metric TOTAL_RMSE = new Metric("total RMSE", false,
			(model, inputs, targets) -> regression(model, inputs, targets).totalRmse());

	/** The coefficient of determination averaged over the outputs ({@link RegressionMetrics#meanR2()}). */
	public static final Metric MEAN_R2 = new Metric("mean R2", true,
			(model, inputs, targets) -> regression(model, inputs, targets).meanR2());

	/** Computes a score. */
	@FunctionalInterface
	public interface Scorer {

		/**
		 * @param model   the trained model
		 * @param inputs  the held-out rows
		 * @param targets their true target rows
		 * @return the score, finite
		 */
		double score(Predictor model, double[][] inputs, double[][] targets);
	}

	/** @throws IllegalArgumentException when the name is blank or the scorer missing */
	public Metric {
		if (name == null || name.isBlank() || scorer == null) {
			throw new IllegalArgumentException("a metric needs a name and a scorer, got name " + name);
		}
	}

	/**
	 * @param model   the trained model
	 * @param inputs  the held-out rows
	 * @param targets their true target rows
	 * @return the model's score on them
	 */
	public double score(Predictor model, double[][] inputs, double[][] targets) {
		return scorer.score(model, inputs, targets);
	}

	/**
	 * @param candidate a score
	 * @param incumbent the best score so far
	 * @return whether {@code candidate} is strictly better, so the first of equal scores stays best
	 */
	public boolean isBetter(double candidate, double incumbent) {
		return higherIsBetter ? candidate > incumbent : candidate < incumbent;
	}

	private static ClassificationMetrics classification(Predictor model, double[][] inputs, double[][] targets) {
		return ClassificationMetrics.of(OneHot.decode(targets), OneHot.decode(model.predict(inputs)), targets[0].length);
	}

	private static RegressionMetrics regression(Predictor model, double[][] inputs, double[][] targets) {
		return RegressionMetrics.of(targets, model.predict(inputs));
	}
}
