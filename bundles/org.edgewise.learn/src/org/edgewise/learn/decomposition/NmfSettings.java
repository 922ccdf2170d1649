package org.edgewise.learn.decomposition;

/**
 * How a non-negative matrix factorisation is fitted: the number of components, the initialisation, the
 * update rule and when to stop. The defaults follow scikit-learn's {@code NMF}: NNDSVDA initialisation,
 * coordinate-descent (HALS) updates, at most 200 iterations, tolerance 1e-4.
 *
 * @param components     the number of components m (rows of H), at least 1
 * @param initialisation how W and H start
 * @param solver         the update rule
 * @param maxIterations  the most alternating iterations (one update of W, then one of H), at least 1
 * @param tolerance      stop once an iteration lowers the reconstruction error by less than this fraction
 *                       of the initial error; 0 runs all {@code maxIterations}
 */
public record NmfSettings(int components, Initialisation initialisation, Solver solver, int maxIterations,
		double tolerance) {

	/** How W and H start (Boutsidis and Gallopoulos 2008, from the leading singular vectors of X). */
	public enum Initialisation {
		/** Non-negative double SVD; entries below 1e-6 are zero, so multiplicative updates can leave them stuck at zero. */
		NNDSVD,
		/** NNDSVD with the zeros replaced by the mean of X: better for multiplicative updates. */
		NNDSVDA
	}

	/** The update rule, both minimising the squared Frobenius norm |X - W H|<sup>2</sup>. */
	public enum Solver {
		/** Lee and Seung's multiplicative updates; the error never rises, but convergence is slow. */
		MULTIPLICATIVE,
		/**
		 * Hierarchical alternating least squares: exact coordinate descent on one component at a time
		 * (scikit-learn's "cd" solver).
		 */
		HALS
	}

	/**
	 * @throws IllegalArgumentException if components or maxIterations is below 1, an enum is null, or the
	 *                                  tolerance is negative or not finite
	 */
	public NmfSettings {
		if (components < 1) {
			throw new IllegalArgumentException("NMF needs at least 1 component, got " + components);
		}
		if (initialisation == null || solver == null) {
			throw new IllegalArgumentException("the initialisation and the solver must be given");
		}
		if (maxIterations < 1) {
			throw new IllegalArgumentException("the maximum number of iterations must be at least 1, got " + maxIterations);
		}
		if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
			throw new IllegalArgumentException("the tolerance must be finite and at least 0, got " + tolerance);
		}
	}

	/**
	 * @param components the number of components
	 * @return scikit-learn's defaults: NNDSVDA, HALS, 200 iterations, tolerance 1e-4
	 */
	public static NmfSettings defaults(int components) {
		return new NmfSettings(components, Initialisation.NNDSVDA, Solver.HALS, 200, 1e-4);
	}

	/** @return these settings with another initialisation */
	public NmfSettings withInitialisation(Initialisation value) {
		return new NmfSettings(components, value, solver, maxIterations, tolerance);
	}

	/** @return these settings with another solver */
	public NmfSettings withSolver(Solver value) {
		return new NmfSettings(components, initialisation, value, maxIterations, tolerance);
	}

	/** @return these settings with another iteration limit */
	public NmfSettings withMaxIterations(int value) {
		return new NmfSettings(components, initialisation, solver, value, tolerance);
	}

	/** @return these settings with another tolerance */
	public NmfSettings withTolerance(double value) {
		return new NmfSettings(components, initialisation, solver, maxIterations, value);
	}
}
