package org.edgewise.learn.internal;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The eigendecomposition A = V<sup>T</sup> diag(values) V of a real symmetric matrix (EJML's symmetric QR
 * algorithm), with the eigenvalues in descending order and the eigenvectors as the rows of V. Eigenvector
 * signs are as the algorithm leaves them; callers that need a convention apply it. Immutable; accessors
 * return copies.
 */
public final class SymmetricEigen {

	private final double[] values;
	private final double[][] vectors;

	private SymmetricEigen(double[] values, double[][] vectors) {
		this.values = values;
		this.vectors = vectors;
	}

	/**
	 * @param symmetric a p x p symmetric matrix of finite values, p &ge; 1; not modified (its lower
	 *                  triangle is read as the mirror of the upper)
	 * @return the decomposition
	 * @throws IllegalStateException if the iteration does not converge
	 */
	public static SymmetricEigen of(double[][] symmetric) {
		int p = symmetric.length;
		DMatrixRMaj matrix = new DMatrixRMaj(symmetric);
		EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(p, true, true);
		if (!eigen.decompose(matrix)) {
			throw new IllegalStateException("the symmetric eigendecomposition of a " + p + " x " + p
					+ " matrix did not converge");
		}
		Integer[] order = new Integer[p];
		for (int i = 0; i < p; i++) {
			order[i] = i;
		}
		// Stable sort: equal eigenvalues keep the algorithm's order, so the result is reproducible.
		Arrays.sort(order, (i, j) -> Double.compare(eigen.getEigenvalue(j).real, eigen.getEigenvalue(i).real));
		double[] values = new double[p];
		double[][] vectors = new double[p][];
		for (int i = 0; i < p; i++) {
			values[i] = eigen.getEigenvalue(order[i]).real;
			vectors[i] = eigen.getEigenVector(order[i]).data.clone();
		}
		return new SymmetricEigen(values, vectors);
	}

	/** @return the eigenvalues, largest first; a copy */
	public double[] values() {
		return values.clone();
	}

	/** @return the unit eigenvectors as rows, row i belonging to {@code values()[i]}; a copy */
	public double[][] vectors() {
		double[][] copy = new double[vectors.length][];
		for (int i = 0; i < copy.length; i++) {
			copy[i] = vectors[i].clone();
		}
		return copy;
	}
}
