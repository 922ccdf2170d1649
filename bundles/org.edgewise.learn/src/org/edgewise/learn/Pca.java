package org.edgewise.learn;

import java.util.Arrays;

import org.edgewise.learn.internal.DoubleMatrices;
import org.edgewise.learn.internal.RowChecks;
import org.edgewise.learn.internal.SymmetricEigen;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A fitted principal component analysis: the mean of the training rows and the leading principal axes
 * of the centred data, with the variance each axis explains.
 * <p>
 * The principal axes are the right singular vectors of the centred training matrix X - mean (rows are
 * samples, columns features), ordered by decreasing singular value. For data with at least as many rows as
 * columns, the usual case, they are found as the eigenvectors of the scatter matrix (X - mean)<sup>T</sup>
 * (X - mean), computed on all cores; wider data take the thin singular value decomposition. The scatter
 * matrix squares the condition number, so an axis whose variance is a tiny fraction f of the largest is
 * determined to about 1e-16 / f (relative to its gap to its neighbours); the variance along each kept
 * axis is therefore measured on the centred data itself, to full precision. Each component's sign is fixed
 * so that its entry of largest magnitude is positive (scikit-learn's {@code svd_flip} on V), so the same
 * data always give the same components. Variances use the sample denominator n - 1. Immutable; accessors
 * return copies.
 */
public final class Pca {

	/** The model kind under which a PCA's parameters are filed. */
	public static final String KIND = "pca";

	/** Cumulative ratios are sums of rounded numbers: allow this much when comparing with the requested fraction. */
	private static final double FRACTION_TOLERANCE = 1e-12;

	private final double[] mean;
	private final double[][] components;
	private final double[] explainedVariance;
	private final double[] explainedVarianceRatio;

	private Pca(double[] mean, double[][] components, double[] explainedVariance, double[] explainedVarianceRatio) {
		this.mean = mean;
		this.components = components;
		this.explainedVariance = explainedVariance;
		this.explainedVarianceRatio = explainedVarianceRatio;
	}

	/**
	 * Fits a given number of components.
	 *
	 * @param rows       the training data, one sample per row, all rows of equal length; not modified
	 * @param components how many principal axes to keep, from 1 to min(rows, columns)
	 * @return the fitted model
	 * @throws IllegalArgumentException if there are fewer than 2 rows, the rows are ragged or hold a value
	 *                                  that is not finite (the message names row and column), all rows are
	 *                                  equal, or {@code components} is out of range
	 */
	public static Pca fit(double[][] rows, int components) {
		Decomposition decomposition = Decomposition.of(rows);
		if (components < 1 || components > decomposition.available()) {
			throw new IllegalArgumentException("the number of components must be from 1 to "
					+ decomposition.available() + " (the smaller of rows and columns), got " + components);
		}
		return decomposition.keep(components);
	}

	/**
	 * Fits the fewest components whose explained variance ratios add up to at least
	 * {@code cumulativeVarianceFraction}.
	 *
	 * @param rows                       the training data, as for {@link #fit(double[][], int)}
	 * @param cumulativeVarianceFraction the share of the total variance to keep, in (0, 1], e.g. 0.999
	 * @return the fitted model
	 * @throws IllegalArgumentException for bad data as in {@link #fit(double[][], int)}, or a fraction outside (0, 1]
	 */
	public static Pca fitVariance(double[][] rows, double cumulativeVarianceFraction) {
		if (!(cumulativeVarianceFraction > 0 && cumulativeVarianceFraction <= 1)) {
			throw new IllegalArgumentException("the cumulative variance fraction must lie in (0, 1], got "
					+ cumulativeVarianceFraction);
		}
		Decomposition decomposition = Decomposition.of(rows);
		double[] ratios = decomposition.ratios();
		double cumulative = 0;
		int keep = ratios.length;
		for (int i = 0; i < ratios.length; i++) {
			cumulative += ratios[i];
			if (cumulative >= cumulativeVarianceFraction - FRACTION_TOLERANCE) {
				keep = i + 1;
				break;
			}
		}
		return decomposition.keep(keep);
	}

	/**
	 * Rebuilds a model from {@link #parameters()}.
	 *
	 * @param parameters entries "mean" (p), "components" (k x p), "explained-variance" (k) and
	 *                   "explained-variance-ratio" (k)
	 * @return the model, transforming bit for bit as the one that wrote the parameters
	 * @throws ModelFormatException if an entry is missing or of the wrong shape, or a value is not finite
	 */
	public static Pca fromParameters(ModelParameters parameters) {
		double[][] components = parameters.matrix("components");
		if (components.length == 0 || components[0].length == 0) {
			throw new ModelFormatException("pca parameter 'components' is empty");
		}
		int features = components[0].length;
		double[] mean = parameters.doubles("mean", features);
		double[] variance = parameters.doubles("explained-variance", components.length);
		double[] ratio = parameters.doubles("explained-variance-ratio", components.length);
		try {
			RowChecks.requireColumns(components, features, "components row");
			RowChecks.requireFinite(mean, "mean");
			RowChecks.requireFinite(variance, "explained variance");
			RowChecks.requireFinite(ratio, "explained variance ratio");
		} catch (IllegalArgumentException refused) {
			throw new ModelFormatException("pca parameters: " + refused.getMessage(), refused);
		}
		return new Pca(mean, components, variance, ratio);
	}

	/** @return the entries "mean", "components", "explained-variance" and "explained-variance-ratio" */
	public ModelParameters parameters() {
		return new ModelParameters().putDoubles("mean", mean).putMatrix("components", components)
				.putDoubles("explained-variance", explainedVariance)
				.putDoubles("explained-variance-ratio", explainedVarianceRatio);
	}

	/** @return the number of components kept */
	public int componentCount() {
		return components.length;
	}

	/** @return the number of features (columns) the model was fitted on */
	public int featureCount() {
		return mean.length;
	}

	/**
	 * Projects rows onto the components.
	 *
	 * @param rows samples with {@link #featureCount()} values each; not modified
	 * @return one row of {@link #componentCount()} scores per sample
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public double[][] transform(double[][] rows) {
		RowChecks.requireColumns(rows, featureCount(), "row");
		if (rows.length == 0) {
			return new double[0][];
		}
		return DoubleMatrices.times(centre(rows, mean), DoubleMatrices.transpose(components));
	}

	/**
	 * Maps scores back into feature space: the mean plus the scores times the components. For rows the
	 * components span, this undoes {@link #transform}.
	 *
	 * @param scores samples with {@link #componentCount()} scores each; not modified
	 * @return one row of {@link #featureCount()} values per sample
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public double[][] inverseTransform(double[][] scores) {
		RowChecks.requireColumns(scores, componentCount(), "score row");
		if (scores.length == 0) {
			return new double[0][];
		}
		double[][] x = DoubleMatrices.times(scores, components);
		for (double[] row : x) {
			for (int j = 0; j < row.length; j++) {
				row[j] += mean[j];
			}
		}
		return x;
	}

	/** @return the principal axes as rows of unit length, largest explained variance first; a copy */
	public double[][] components() {
		return RowChecks.copy(components);
	}

	/** @return the variance of the training data along each component (sample variance, n - 1); a copy */
	public double[] explainedVariance() {
		return explainedVariance.clone();
	}

	/** @return each component's share of the training data's total variance, descending; a copy */
	public double[] explainedVarianceRatio() {
		return explainedVarianceRatio.clone();
	}

	/** @return the mean of the training rows, one value per feature; a copy */
	public double[] mean() {
		return mean.clone();
	}

	/** @return new rows: each row minus {@code mean} */
	private static double[][] centre(double[][] rows, double[] mean) {
		double[][] centred = new double[rows.length][mean.length];
		for (int i = 0; i < rows.length; i++) {
			for (int j = 0; j < mean.length; j++) {
				centred[i][j] = rows[i][j] - mean[j];
			}
		}
		return centred;
	}

	/**
	 * All principal axes of the centred training data, from which a model keeps the leading part.
	 *
	 * @param centred  the centred training rows
	 * @param axes     unit axes as rows, in order of decreasing {@code spectrum}, signs fixed
	 * @param spectrum the squared singular value of each axis (the scatter along it), descending
	 * @param total    the total scatter, the sum of the squared centred values
	 */
	private record Decomposition(double[] mean, double[][] centred, double[][] axes, double[] spectrum, double total) {

		static Decomposition of(double[][] rows) {
			if (rows.length < 2) {
				throw new IllegalArgumentException(
						"principal component analysis needs at least 2 rows, got " + rows.length);
			}
			int p = RowChecks.requireRectangular(rows, "row");
			if (allRowsEqual(rows)) {
				throw new IllegalArgumentException(
						"all " + rows.length + " rows are equal: there is no variance to analyse");
			}
			double[] mean = new double[p];
			for (double[] row : rows) {
				for (int j = 0; j < p; j++) {
					mean[j] += row[j];
				}
			}
			for (int j = 0; j < p; j++) {
				mean[j] /= rows.length;
			}
			double[][] centred = centre(rows, mean);
			double total = 0;
			for (double[] row : centred) {
				for (double value : row) {
					total += value * value;
				}
			}
			Decomposition decomposition = rows.length >= p ? ofScatter(mean, centred, total)
					: ofSingularValues(mean, centred, total);
			flipSigns(decomposition.axes);
			return decomposition;
		}

		/** Tall data: the eigendecomposition of the p x p scatter matrix, far cheaper than an SVD of n x p. */
		private static Decomposition ofScatter(double[] mean, double[][] centred, double total) {
			SymmetricEigen eigen = SymmetricEigen.of(DoubleMatrices.gram(centred));
			double[] spectrum = eigen.values();
			for (int i = 0; i < spectrum.length; i++) {
				// The scatter matrix is positive semi-definite; a rounding below zero is a zero.
				spectrum[i] = Math.max(spectrum[i], 0);
			}
			return new Decomposition(mean, centred, eigen.vectors(), spectrum, total);
		}

		/** Wide data: the thin singular value decomposition of the n x p centred matrix. */
		private static Decomposition ofSingularValues(double[] mean, double[][] centred, double total) {
			DMatrixRMaj x = new DMatrixRMaj(centred);
			// U is not needed: scores come from projecting onto V, and the sign rule looks at V only.
			SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(x.numRows, x.numCols,
					false, true, true);
			if (!svd.decompose(x)) {
				throw new IllegalStateException("the singular value decomposition did not converge");
			}
			DMatrixRMaj axes = svd.getV(null, true);
			double[] singularValues = svd.getSingularValues();
			int count = svd.numberOfSingularValues();
			SingularOps_DDRM.descendingOrder(null, false, singularValues, count, axes, true);
			double[][] rows = new double[count][];
			double[] spectrum = new double[count];
			for (int i = 0; i < count; i++) {
				rows[i] = Arrays.copyOfRange(axes.data, i * axes.numCols, (i + 1) * axes.numCols);
				spectrum[i] = singularValues[i] * singularValues[i];
			}
			return new Decomposition(mean, centred, rows, spectrum, total);
		}

		/** @return the largest number of components a model can keep */
		int available() {
			return Math.min(centred.length, axes.length);
		}

		/** @return every available component's share of the total variance */
		double[] ratios() {
			double[] ratios = new double[available()];
			for (int i = 0; i < ratios.length; i++) {
				ratios[i] = spectrum[i] / total;
			}
			return ratios;
		}

		/** Keeps the leading axes, measuring the variance along each on the centred data. */
		Pca keep(int count) {
			double[][] kept = Arrays.copyOf(axes, count);
			double[][] scores = DoubleMatrices.times(centred, DoubleMatrices.transpose(kept));
			double[] variance = new double[count];
			double[] ratio = new double[count];
			for (int i = 0; i < count; i++) {
				double scatter = 0;
				for (double[] score : scores) {
					scatter += score[i] * score[i];
				}
				variance[i] = scatter / (centred.length - 1);
				ratio[i] = scatter / total;
			}
			return new Pca(mean, RowChecks.copy(kept), variance, ratio);
		}

		/** Compares exactly: a rounded mean would leave a tiny but nonzero spread in constant data. */
		private static boolean allRowsEqual(double[][] rows) {
			for (int i = 1; i < rows.length; i++) {
				for (int j = 0; j < rows[i].length; j++) {
					if (rows[i][j] != rows[0][j]) {
						return false;
					}
				}
			}
			return true;
		}

		/** Makes the entry of largest magnitude in each row positive (the first such entry on a tie). */
		private static void flipSigns(double[][] axes) {
			for (double[] axis : axes) {
				int largest = 0;
				for (int j = 1; j < axis.length; j++) {
					if (Math.abs(axis[j]) > Math.abs(axis[largest])) {
						largest = j;
					}
				}
				if (axis[largest] < 0) {
					for (int j = 0; j < axis.length; j++) {
						axis[j] = -axis[j];
					}
				}
			}
		}
	}
}
