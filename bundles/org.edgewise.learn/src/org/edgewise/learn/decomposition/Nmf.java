package org.edgewise.learn.decomposition;

import java.util.Arrays;

import org.edgewise.learn.decomposition.NmfSettings.Initialisation;
import org.edgewise.learn.decomposition.NmfSettings.Solver;
import org.edgewise.learn.internal.DoubleMatrices;
import org.edgewise.learn.internal.RowChecks;
import org.edgewise.learn.model.ModelFormatException;
import org.edgewise.learn.model.ModelParameters;

/**
 * A fitted non-negative matrix factorisation X &asymp; W H: m non-negative basis rows H (m x f), for
 * spectra m basis spectra, and for each sample a row of m non-negative weights W. Hirai et al. (2022)
 * compress spectra this way (9 components) and let a regression predict the weights.
 * <p>
 * Fitting minimises the squared Frobenius norm |X - W H|<sup>2</sup> by alternating updates of W and H
 * ({@link NmfSettings}); the products they need run on all cores with thread-independent results, so a
 * fit is deterministic. {@link #transform} finds the weights of new rows with H fixed, by the same solver,
 * starting, as scikit-learn does, from every weight equal to sqrt(mean(X) / m). Immutable and thread-safe;
 * accessors return copies.
 */
public final class Nmf {

	/** The model kind under which an NMF's parameters are filed. */
	public static final String KIND = "nmf";

	private final double[][] components;
	private final NmfSettings settings;

	private Nmf(double[][] components, NmfSettings settings) {
		this.components = components;
		this.settings = settings;
	}

	/**
	 * @param data     the n x f training data, one sample per row, all values finite and non-negative, not all
	 *                 zero; not modified
	 * @param settings the number of components (at most min(n, f)), initialisation, solver and stopping rule
	 * @return the model with the training weights, the iterations run and the reconstruction error
	 * @throws IllegalArgumentException if the data are empty, ragged, hold a negative or non-finite value
	 *                                  (the message names row and column) or are all zero, or there are more
	 *                                  components than min(n, f)
	 */
	public static NmfFit fit(double[][] data, NmfSettings settings) {
		int f = requireNonNegative(data, RowChecks.requireRectangular(data, "row"));
		int limit = Math.min(data.length, f);
		if (settings.components() > limit) {
			throw new IllegalArgumentException("NMF of " + data.length + " x " + f + " data can have at most " + limit
					+ " components (the smaller of rows and columns), got " + settings.components());
		}
		if (Nndsvd.mean(data) == 0) {
			throw new IllegalArgumentException("all values are zero: there is nothing to factorise");
		}
		double[][] transposed = DoubleMatrices.transpose(data);
		Nndsvd.Start start = Nndsvd.start(data, transposed, settings.components(), settings.initialisation());
		int iterations = new AlternatingUpdates(data, transposed, settings).factorise(start.weights(),
				start.components());
		double[][] weights = DoubleMatrices.transpose(start.weights());
		Nmf model = new Nmf(start.components(), settings);
		return new NmfFit(model, weights, iterations, residualNorm(data, weights, start.components()));
	}

	/**
	 * Rebuilds a model from {@link #parameters()}.
	 *
	 * @param parameters entries "components" (m x f), "initialisation", "solver", "max-iterations" and
	 *                   "tolerance"
	 * @return the model, transforming bit for bit as the one that wrote the parameters
	 * @throws ModelFormatException if an entry is missing or of the wrong shape, a component value is negative
	 *                              or not finite, or a setting is unknown or out of range
	 */
	public static Nmf fromParameters(ModelParameters parameters) {
		double[][] components = parameters.matrix("components");
		try {
			requireNonNegative(components, RowChecks.requireRectangular(components, "components row"));
			NmfSettings settings = new NmfSettings(components.length,
					Initialisation.valueOf(parameters.text("initialisation")), Solver.valueOf(parameters.text("solver")),
					parameters.ints("max-iterations", 1)[0], parameters.number("tolerance"));
			return new Nmf(components, settings);
		} catch (ModelFormatException missing) {
			throw missing;
		} catch (IllegalArgumentException refused) {
			throw new ModelFormatException("nmf parameters: " + refused.getMessage(), refused);
		}
	}

	/** @return the entries "components", "initialisation", "solver", "max-iterations" and "tolerance" */
	public ModelParameters parameters() {
		return new ModelParameters().putMatrix("components", components)
				.putText("initialisation", settings.initialisation().name()).putText("solver", settings.solver().name())
				.putInts("max-iterations", new int[] { settings.maxIterations() })
				.putDoubles("tolerance", new double[] { settings.tolerance() });
	}

	/**
	 * @param data rows of {@link #featureCount()} non-negative finite values; not modified
	 * @return W, one row of {@link #componentCount()} non-negative weights per data row, fitted with H fixed
	 * @throws IllegalArgumentException if a row has the wrong length or a negative or non-finite value
	 */
	public double[][] transform(double[][] data) {
		RowChecks.requireColumns(data, featureCount(), "row");
		requireNonNegative(data, featureCount());
		if (data.length == 0) {
			return new double[0][];
		}
		double start = Math.sqrt(Nndsvd.mean(data) / componentCount());
		double[][] weights = new double[componentCount()][data.length];
		for (double[] row : weights) {
			Arrays.fill(row, start);
		}
		new AlternatingUpdates(data, DoubleMatrices.transpose(data), settings).solveWeights(weights, components);
		return DoubleMatrices.transpose(weights);
	}

	/**
	 * @param weights rows of {@link #componentCount()} finite weights; not modified
	 * @return W H, one row of {@link #featureCount()} values per weight row
	 * @throws IllegalArgumentException if a row has the wrong length or a value that is not finite
	 */
	public double[][] inverseTransform(double[][] weights) {
		RowChecks.requireColumns(weights, componentCount(), "weight row");
		return weights.length == 0 ? new double[0][] : DoubleMatrices.times(weights, components);
	}

	/**
	 * @param data rows as for {@link #transform}; not modified
	 * @return the Frobenius norm |X - W H| with W = {@link #transform}(X)
	 * @throws IllegalArgumentException as {@link #transform}
	 */
	public double reconstructionError(double[][] data) {
		return residualNorm(data, transform(data), components);
	}

	/** @return H, m x f: the non-negative basis rows; a copy */
	public double[][] components() {
		return RowChecks.copy(components);
	}

	/** @return the settings the model was fitted with, which {@link #transform} also uses */
	public NmfSettings settings() {
		return settings;
	}

	/** @return m, the number of components */
	public int componentCount() {
		return components.length;
	}

	/** @return f, the number of values in a data row */
	public int featureCount() {
		return components[0].length;
	}

	/** @return |X - W H|, one row of X at a time */
	private static double residualNorm(double[][] data, double[][] weights, double[][] components) {
		double[] reconstruction = new double[components[0].length];
		double squared = 0;
		for (int i = 0; i < data.length; i++) {
			Arrays.fill(reconstruction, 0);
			for (int r = 0; r < components.length; r++) {
				double weight = weights[i][r];
				double[] component = components[r];
				for (int j = 0; j < reconstruction.length; j++) {
					reconstruction[j] = Math.fma(weight, component[j], reconstruction[j]);
				}
			}
			for (int j = 0; j < reconstruction.length; j++) {
				double residual = data[i][j] - reconstruction[j];
				squared += residual * residual;
			}
		}
		return Math.sqrt(squared);
	}

	/** @return {@code columns}, after checking that no value is negative (the message names row and column) */
	private static int requireNonNegative(double[][] data, int columns) {
		for (int i = 0; i < data.length; i++) {
			for (int j = 0; j < columns; j++) {
				if (data[i][j] < 0) {
					throw new IllegalArgumentException("row " + i + ", column " + j + " is negative: " + data[i][j]
							+ "; NMF needs non-negative data");
				}
			}
		}
		return columns;
	}
}
