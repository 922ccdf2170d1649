package org.edgewise.learn.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The algebraically largest eigenvalues of a symmetric operator, with their unit eigenvectors, by thick-restart
 * Lanczos (Wu and Simon 2000; the symmetric case of Stewart's Krylov-Schur method).
 * <p>
 * The method builds an orthonormal basis of the Krylov space of a fixed pseudo-random start vector,
 * re-orthogonalising every new vector against the whole basis, and takes the Ritz pairs of the small projected
 * matrix. When the basis is full and the wanted pairs have not converged, it keeps the wanted Ritz vectors and
 * half of the others, and extends again from the residual. A pair (θ, y) has converged when its residual
 * ||A y - θ y|| is at most {@code tolerance} times the largest |Ritz value|, an estimate of ||A||. The cost is
 * one operator product per basis vector plus O(n m) for a basis of m vectors, so a few eigenpairs of an n x n
 * matrix cost far less than the full decomposition. A single start vector sees one direction of a repeated
 * eigenvalue; when the basis becomes invariant the method goes on from a fresh direction, which brings in the
 * others.
 * <p>
 * Each eigenvector's entry of largest magnitude is positive (the first such entry on a tie), and the start
 * vector is fixed, so the same operator always gives the same result bit for bit. Immutable.
 */
public final class TopEigen {

	/** The residual tolerance relative to ||A|| that the models use: eigenvalues come out far more accurate still. */
	public static final double TOLERANCE = 1e-10;

	/** The basis holds this many vectors beyond those wanted (ARPACK's default would be 20 in all). */
	private static final int EXTRA_BASIS = 40;

	/** A new vector this much smaller than A q, relative to it, lies in the basis: the space is invariant. */
	private static final double BREAKDOWN = 1e-14;

	/** Another pass of Gram-Schmidt is needed while a pass shrinks the vector below this fraction. */
	private static final double REORTHOGONALISE = 0.7;

	private static final int MAX_RESTARTS = 2000;

	private static final long START_SEED = 0x70B_E16E_7L;

	private final double[] values;
	private final double[][] vectors;

	private TopEigen(double[] values, double[][] vectors) {
		this.values = values;
		this.vectors = vectors;
	}

	/**
	 * Finds the largest eigenvalues to {@link #TOLERANCE}.
	 *
	 * @param a     the symmetric operator
	 * @param count how many eigenpairs, from 1 to {@code a.size()}
	 * @return the {@code count} largest eigenvalues, descending, with their eigenvectors
	 * @throws IllegalArgumentException if {@code count} is out of range
	 * @throws IllegalStateException    if the iteration did not converge (not seen in practice)
	 */
	public static TopEigen of(SymmetricOperator a, int count) {
		return of(a, count, TOLERANCE);
	}

	/**
	 * @param a         the symmetric operator
	 * @param count     how many eigenpairs, from 1 to {@code a.size()}
	 * @param tolerance the largest residual norm relative to ||A||, from 1e-15 to 0.1
	 * @return the {@code count} largest eigenvalues, descending, with their eigenvectors
	 * @throws IllegalArgumentException if {@code count} or {@code tolerance} is out of range
	 * @throws IllegalStateException    if the iteration did not converge (not seen in practice)
	 */
	public static TopEigen of(SymmetricOperator a, int count, double tolerance) {
		int n = a.size();
		if (count < 1 || count > n) {
			throw new IllegalArgumentException("the number of eigenpairs must be from 1 to " + n + ", got " + count);
		}
		if (!(tolerance >= 1e-15 && tolerance <= 0.1)) {
			throw new IllegalArgumentException("the tolerance must lie in [1e-15, 0.1], got " + tolerance);
		}
		return new Iteration(a, count, tolerance).run();
	}

	/** @return how many eigenpairs there are */
	public int count() {
		return values.length;
	}

	/** @return the eigenvalues, largest first; a copy */
	public double[] values() {
		return values.clone();
	}

	/**
	 * @param i the eigenpair, from 0 (the largest eigenvalue)
	 * @return its unit eigenvector; a copy
	 */
	public double[] vector(int i) {
		return vectors[i].clone();
	}

	/** The state of one solve: the Krylov basis and the projection of the operator onto it. */
	private static final class Iteration {

		private final SymmetricOperator a;
		private final int n;
		private final int count;
		private final double tolerance;
		private final int basisSize;
		/** basisSize + 1 orthonormal vectors: the basis, then the residual direction. */
		private final double[][] basis;
		/** The projected matrix Q^T A Q of the basis, symmetric. */
		private final double[][] projected;
		private final SplittableRandom random = new SplittableRandom(START_SEED);
		private int products;

		Iteration(SymmetricOperator a, int count, double tolerance) {
			this.a = a;
			this.n = a.size();
			this.count = count;
			this.tolerance = tolerance;
			this.basisSize = Math.min(n, count + EXTRA_BASIS);
			this.basis = new double[basisSize + 1][n];
			this.projected = new double[basisSize][basisSize];
		}

		TopEigen run() {
			newDirection(0);
			double[] w = new double[n];
			int kept = 0;
			for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
				double residual = extend(kept, w);
				RitzPairs ritz = RitzPairs.of(projected);
				if (ritz.converged(count, residual, tolerance)) {
					return result(ritz, count);
				}
				kept = count + (basisSize - count) / 2;
				restart(ritz, kept);
			}
			throw new IllegalStateException("the eigensolver did not converge after " + products
					+ " products with the " + n + " x " + n + " operator");
		}

		/**
		 * Fills the basis from {@code first} on, one operator product per vector.
		 *
		 * @return the norm of the last residual, which couples the basis to the next direction
		 */
		private double extend(int first, double[] w) {
			double beta = 0;
			double[] coefficients = new double[basisSize];
			for (int j = first; j < basisSize; j++) {
				a.apply(basis[j], w);
				products++;
				double before = norm(w);
				beta = orthogonalise(w, j + 1, coefficients);
				for (int i = 0; i <= j; i++) {
					projected[i][j] = coefficients[i];
					projected[j][i] = coefficients[i];
				}
				if (beta <= BREAKDOWN * before) {
					// The basis spans an invariant subspace: its Ritz pairs are exact. Go on in a new direction,
					// which A does not couple to the basis.
					beta = 0;
					if (j + 1 < basisSize) {
						newDirection(j + 1);
					}
				} else {
					scale(w, 1 / beta, basis[j + 1]);
				}
			}
			return beta;
		}

		/** Replaces the basis by the leading {@code kept} Ritz vectors followed by the residual direction. */
		private void restart(RitzPairs ritz, int kept) {
			double[][] leading = new double[kept][];
			for (int i = 0; i < kept; i++) {
				leading[i] = ritz.vector(i, basis);
			}
			double[] residualDirection = basis[basisSize];
			basis[basisSize] = basis[kept];
			basis[kept] = residualDirection;
			for (int i = 0; i < kept; i++) {
				System.arraycopy(leading[i], 0, basis[i], 0, n);
			}
			for (double[] row : projected) {
				Arrays.fill(row, 0);
			}
			// The couplings between the Ritz vectors and the residual direction come back as the
			// Gram-Schmidt coefficients of the next product.
			for (int i = 0; i < kept; i++) {
				projected[i][i] = ritz.value(i);
			}
		}

		/** The converged eigenpairs, with each vector of unit length again despite rounding, and the sign convention. */
		private TopEigen result(RitzPairs ritz, int count) {
			double[][] vectors = new double[count][];
			for (int i = 0; i < count; i++) {
				double[] v = ritz.vector(i, basis);
				int largest = 0;
				for (int k = 1; k < n; k++) {
					if (Math.abs(v[k]) > Math.abs(v[largest])) {
						largest = k;
					}
				}
				scale(v, Math.copySign(1 / norm(v), v[largest]), v);
				vectors[i] = v;
			}
			return new TopEigen(Arrays.copyOf(ritz.values(), count), vectors);
		}

		/** Makes basis[j] a pseudo-random unit vector orthogonal to basis[0..j). */
		private void newDirection(int j) {
			double[] v = basis[j];
			for (int i = 0; i < n; i++) {
				v[i] = random.nextDouble(-1, 1);
			}
			double length = orthogonalise(v, j, new double[j]);
			scale(v, 1 / length, v);
		}

		/**
		 * Subtracts from {@code w} its components along basis[0..size), with as many passes of classical
		 * Gram-Schmidt as it takes for a pass to leave the length nearly unchanged ("twice is enough").
		 *
		 * @param coefficients receives the total components along each basis vector
		 * @return the length of what is left
		 */
		private double orthogonalise(double[] w, int size, double[] coefficients) {
			Arrays.fill(coefficients, 0, size, 0);
			double length = norm(w);
			for (int pass = 0; pass < 4; pass++) {
				for (int i = 0; i < size; i++) {
					double c = dot(basis[i], w);
					coefficients[i] += c;
					double[] q = basis[i];
					for (int k = 0; k < n; k++) {
						w[k] -= c * q[k];
					}
				}
				double previous = length;
				length = norm(w);
				if (length >= REORTHOGONALISE * previous || length == 0) {
					break;
				}
			}
			return length;
		}
	}

	private static double dot(double[] u, double[] v) {
		double s = 0;
		for (int i = 0; i < u.length; i++) {
			s += u[i] * v[i];
		}
		return s;
	}

	private static double norm(double[] v) {
		return Math.sqrt(dot(v, v));
	}

	private static void scale(double[] v, double factor, double[] into) {
		for (int i = 0; i < v.length; i++) {
			into[i] = factor * v[i];
		}
	}
}
