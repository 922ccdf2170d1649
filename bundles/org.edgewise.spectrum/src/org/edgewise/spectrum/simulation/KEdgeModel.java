package org.edgewise.spectrum.simulation;

import java.util.Objects;

/**
 * The parameters of a simulated K-edge absorption spectrum (see {@link SimulatedKEdge}).
 *
 * @param edgeEnergy   the edge energy E0 in eV, positive
 * @param edgeStep     the jump of mu at the edge, positive
 * @param coordination the geometry of the absorber's first shell
 * @param bondLength   the distance to the first-shell neighbours in Ångström, positive
 */
public record KEdgeModel(double edgeEnergy, double edgeStep, Coordination coordination, double bondLength) {

	/** @throws IllegalArgumentException if a number is not finite and positive or the coordination is missing */
	public KEdgeModel {
		requirePositive("edge energy", edgeEnergy);
		requirePositive("edge step", edgeStep);
		Objects.requireNonNull(coordination, "coordination");
		requirePositive("bond length", bondLength);
	}

	private static void requirePositive(String name, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite and positive, got " + value);
		}
	}
}
