package org.edgewise.learn.internal;

import java.util.Comparator;
import java.util.stream.IntStream;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Ritz pairs of a Krylov basis Q: the eigenpairs (θ, s) of the small projected matrix H = Q<sup>T</sup> A Q,
 * largest θ first, which stand for the approximate eigenpairs (θ, Q s) of A.
 *
 * @param values      the Ritz values, descending
 * @param coordinates for each Ritz value, its unit eigenvector s of H: the Ritz vector's coordinates in the basis
 */
record RitzPairs(double[] values, double[][] coordinates) {

	/**
	 * @param projected the symmetric projected matrix H
	 * @return its eigenpairs, by EJML's symmetric QR algorithm
	 * @throws IllegalStateException if the decomposition fails
	 */
	static RitzPairs of(double[][] projected) {
		int m = projected.length;
		EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(m, true, true);
		if (!eigen.decompose(new DMatrixRMaj(projected))) {
			throw new IllegalStateException("the eigendecomposition of the " + m + " x " + m + " projection failed");
		}
		int[] order = IntStream.range(0, m).boxed()
				.sorted(Comparator.comparingDouble(i -> -eigen.getEigenvalue(i).real)).mapToInt(Integer::intValue).toArray();
		double[] values = new double[m];
		double[][] coordinates = new double[m][];
		for (int i = 0; i < m; i++) {
			values[i] = eigen.getEigenvalue(order[i]).real;
			coordinates[i] = eigen.getEigenVector(order[i]).getData().clone();
		}
		return new RitzPairs(values, coordinates);
	}

	/** @return Ritz value i */
	double value(int i) {
		return values[i];
	}

	/**
	 * Whether the leading Ritz pairs have converged. As A Q = Q H + β r e<sub>m</sub><sup>T</sup> for the next
	 * basis direction r, the residual ||A Q s - θ Q s|| of a pair is |β| times the last coordinate of s.
	 *
	 * @param count     how many leading pairs must have converged
	 * @param beta      the length β of the residual that couples the basis to the next direction
	 * @param tolerance the largest residual relative to the largest |Ritz value|
	 * @return whether all {@code count} leading pairs are within tolerance
	 */
	boolean converged(int count, double beta, double tolerance) {
		double scale = Math.max(Math.abs(values[0]), Math.abs(values[values.length - 1]));
		for (int i = 0; i < count; i++) {
			double[] s = coordinates[i];
			if (Math.abs(beta * s[s.length - 1]) > tolerance * scale) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param i     a Ritz pair
	 * @param basis the basis vectors, at least as many as the projected matrix is wide
	 * @return the Ritz vector Q s<sub>i</sub>, a new array
	 */
	double[] vector(int i, double[][] basis) {
		double[] s = coordinates[i];
		double[] y = new double[basis[0].length];
		for (int j = 0; j < s.length; j++) {
			double sj = s[j];
			double[] q = basis[j];
			for (int k = 0; k < y.length; k++) {
				y[k] += sj * q[k];
			}
		}
		return y;
	}
}
