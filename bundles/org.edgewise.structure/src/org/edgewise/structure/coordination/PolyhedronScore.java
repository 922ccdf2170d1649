package org.edgewise.structure.coordination;

import java.util.Objects;

/**
 * How well a site's neighbours match one ideal polyhedron.
 *
 * @param polyhedron the ideal polyhedron
 * @param csm        the continuous symmetry measure against it, 0 (perfect) to 100
 */
public record PolyhedronScore(IdealPolyhedron polyhedron, double csm) {

	/** Checks the arguments. */
	public PolyhedronScore {
		Objects.requireNonNull(polyhedron, "polyhedron");
		if (!(csm >= 0 && csm <= 100 + 1e-9)) {
			throw new IllegalArgumentException("a continuous symmetry measure lies in [0, 100], got " + csm);
		}
	}
}
