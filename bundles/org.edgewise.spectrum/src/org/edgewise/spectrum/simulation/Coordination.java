package org.edgewise.spectrum.simulation;

/**
 * The arrangement of nearest neighbours around the absorbing atom, as far as the simulated K-edge shape
 * depends on it. The pre-edge peak (1s to 3d, made dipole-allowed by 3d-4p mixing) is strong only where
 * the site lacks a centre of inversion; the white line grows with the number of neighbours.
 */
public enum Coordination {

	/** Four neighbours at the corners of a tetrahedron: no inversion centre, strongest pre-edge peak. */
	TETRAHEDRAL(4),
	/** Five neighbours, a square pyramid: inversion broken along one axis, intermediate pre-edge peak. */
	SQUARE_PYRAMIDAL(5),
	/** Six neighbours at the corners of an octahedron: centrosymmetric, weak pre-edge peak. */
	OCTAHEDRAL(6);

	private final int coordinationNumber;

	Coordination(int coordinationNumber) {
		this.coordinationNumber = coordinationNumber;
	}

	/** @return the number of nearest neighbours */
	public int coordinationNumber() {
		return coordinationNumber;
	}
}
