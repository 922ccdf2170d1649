package org.edgewise.structure.coordination;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three local-environment classes of Carbone et al., Phys. Rev. Materials 3, 033604 (2019): a site is
 * labelled by the ideal polyhedron with the lowest continuous symmetry measure, and only sites whose best
 * polyhedron is the tetrahedron, the square pyramid or the octahedron belong to a class (the others, rare in
 * their oxides, were left out of their data set).
 */
public enum CarboneClass {

	/** T4: tetrahedral. */
	T4(IdealPolyhedron.TETRAHEDRON),
	/** S5: square pyramidal. */
	S5(IdealPolyhedron.SQUARE_PYRAMID),
	/** O6: octahedral. */
	O6(IdealPolyhedron.OCTAHEDRON);

	private final IdealPolyhedron polyhedron;

	CarboneClass(IdealPolyhedron polyhedron) {
		this.polyhedron = polyhedron;
	}

	/** @return the ideal polyhedron of the class */
	public IdealPolyhedron polyhedron() {
		return polyhedron;
	}

	/**
	 * @param best a site's best polyhedron
	 * @return its class, or empty when the polyhedron is none of the three
	 */
	public static Optional<CarboneClass> of(IdealPolyhedron best) {
		return Arrays.stream(values()).filter(c -> c.polyhedron == best).findFirst();
	}
}
