package org.edgewise.learn;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A fitted principal component analysis: the mean of the training rows and the leading principal axes
 * of the centred data, with the variance each axis explains.
 * <p>
 * Fitting takes the thin singular value decomposition X - mean = U S V<sup>T</sup> of the centred
 * training matrix (rows are samples, columns features); the components are the leading rows of
 * V<sup>T</sup>, ordered by decreasing singular value. Each component's sign is fixed so that its entry
 * of largest magnitude is positive (scikit-learn's {@code svd_flip} on V), so the same data always give
 * the same components. Variances use the sample denominator n - 1. Immutable; accessors return copies.
 */
public final class Pca {

	/** Cumulative ratios are sums of rounded numbers: allow this much when comparing with the requested fraction. */
	private static final double FRACTION_TOLERANCE = 1e-12;

	private final double[] mean;
	private final DMatrixRMaj components;
	private final double[] explainedVariance;
	private final double[] explainedVarianceRatio;

	private Pca(double[] mean, DMatrixRMaj components, double[] explainedVariance, double[] explainedVarianceRatio) {
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

	/** @return the number of components kept */
	public int componentCount() {
		return components.numRows;
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
		DMatrixRMaj x = toMatrix(rows, featureCount(), "row");
		addToRows(x, mean, -1);
		return CommonOps_DDRM.multTransB(x, components, null).get2DData();
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
		DMatrixRMaj x = CommonOps_DDRM.mult(toMatrix(scores, componentCount(), "score row"), components, null);
		addToRows(x, mean, 1);
		return x.get2DData();
	}

	/** @return the principal axes as rows of unit length, largest explained variance first; a copy */
	public double[][] components() {
		return components.get2DData();
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

	/** Adds {@code sign} times {@code vector} to every row of {@code x}: centring and un-centring. */
	private static void addToRows(DMatrixRMaj x, double[] vector, double sign) {
		for (int i = 0; i < x.numRows; i++) {
			for (int j = 0; j < x.numCols; j++) {
				x.unsafe_set(i, j, x.unsafe_get(i, j) + sign * vector[j]);
			}
		}
	}

	/** Copies rows into a matrix, checking that each has {@code columns} finite values. */
	private static DMatrixRMaj toMatrix(double[][] rows, int columns, String what) {
		DMatrixRMaj m = new DMatrixRMaj(rows.length, columns);
		for (int i = 0; i < rows.length; i++) {
			if (rows[i] == null || rows[i].length != columns) {
				throw new IllegalArgumentException(what + " " + i + " has " + (rows[i] == null ? "no" : rows[i].length)
						+ " values, expected " + columns);
			}
			for (int j = 0; j < columns; j++) {
				if (!Double.isFinite(rows[i][j])) {
					throw new IllegalArgumentException(what + " " + i + ", column " + j + " is not finite: " + rows[i][j]);
				}
				m.unsafe_set(i, j, rows[i][j]);
			}
		}
		return m;
	}

	/** The full thin decomposition of the centred training data, from which a model keeps the leading part. */
	private record Decomposition(double[] mean, DMatrixRMaj axes, double[] singularValues, int samples) {

		static Decomposition of(double[][] rows) {
			if (rows.length < 2) {
				throw new IllegalArgumentException(
						"principal component analysis needs at least 2 rows, got " + rows.length);
			}
			if (rows[0] == null || rows[0].length == 0) {
				throw new IllegalArgumentException("row 0 has no values");
			}
			DMatrixRMaj x = toMatrix(rows, rows[0].length, "row");
			if (allRowsEqual(x)) {
				throw new IllegalArgumentException("all " + rows.length + " rows are equal: there is no variance to analyse");
			}
			double[] mean = new double[x.numCols];
			for (int i = 0; i < x.numRows; i++) {
				for (int j = 0; j < x.numCols; j++) {
					mean[j] += x.unsafe_get(i, j);
				}
			}
			for (int j = 0; j < mean.length; j++) {
				mean[j] /= x.numRows;
			}
			addToRows(x, mean, -1);
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
			flipSigns(axes);
			return new Decomposition(mean, axes, Arrays.copyOf(singularValues, count), x.numRows);
		}

		/** @return the largest number of components a model can keep */
		int available() {
			return singularValues.length;
		}

		/** @return every component's share of the total variance */
		double[] ratios() {
			double total = 0;
			for (double s : singularValues) {
				total += s * s;
			}
			double[] ratios = new double[singularValues.length];
			for (int i = 0; i < ratios.length; i++) {
				ratios[i] = singularValues[i] * singularValues[i] / total;
			}
			return ratios;
		}

		Pca keep(int count) {
			DMatrixRMaj kept = new DMatrixRMaj(count, axes.numCols);
			CommonOps_DDRM.extract(axes, 0, count, 0, axes.numCols, kept, 0, 0);
			double[] variance = new double[count];
			for (int i = 0; i < count; i++) {
				variance[i] = singularValues[i] * singularValues[i] / (samples - 1);
			}
			return new Pca(mean, kept, variance, Arrays.copyOf(ratios(), count));
		}

		/** Compares exactly: a rounded mean would leave a tiny but nonzero spread in constant data. */
		private static boolean allRowsEqual(DMatrixRMaj x) {
			for (int i = 1; i < x.numRows; i++) {
				for (int j = 0; j < x.numCols; j++) {
					if (x.unsafe_get(i, j) != x.unsafe_get(0, j)) {
						return false;
					}
				}
			}
			return true;
		}

		/** Makes the entry of largest magnitude in each row positive (the first such entry on a tie). */
		private static void flipSigns(DMatrixRMaj axes) {
			for (int i = 0; i < axes.numRows; i++) {
				int largest = 0;
				for (int j = 1; j < axes.numCols; j++) {
					if (Math.abs(axes.unsafe_get(i, j)) > Math.abs(axes.unsafe_get(i, largest))) {
						largest = j;
					}
				}
				if (axes.unsafe_get(i, largest) < 0) {
					for (int j = 0; j < axes.numCols; j++) {
						axes.unsafe_set(i, j, -axes.unsafe_get(i, j));
					}
				}
			}
		}
	}
}
