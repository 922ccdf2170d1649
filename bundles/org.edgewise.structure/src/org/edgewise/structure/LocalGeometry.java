package org.edgewise.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The local geometry around one atom: coordination shells, coordination numbers, average bond length
 * and average bond angle, all read from a {@link NeighbourList}.
 */
public final class LocalGeometry {

	/**
	 * The factor on the nearest-neighbour distance that bounds the first coordination shell, after
	 * Carbone et al., Phys. Rev. Materials 3, 033604 (2019).
	 */
	public static final double SHELL_FACTOR = 1.2;

	private LocalGeometry() {
	}

	/**
	 * @param neighbours the neighbour list
	 * @param atom       the centre atom's index
	 * @param cutoff     the largest bond length in ångström, no more than the list's cutoff
	 * @return the neighbours of {@code atom} within {@code cutoff} (inclusive), nearest first
	 * @throws IllegalArgumentException if {@code cutoff} exceeds the list's cutoff, so neighbours could be missing
	 */
	public static List<Neighbour> withinCutoff(NeighbourList neighbours, int atom, double cutoff) {
		if (cutoff > neighbours.cutoff()) {
			throw new IllegalArgumentException("bond cutoff " + cutoff + " Å exceeds the neighbour list's cutoff "
					+ neighbours.cutoff() + " Å: build the list with a larger cutoff");
		}
		List<Neighbour> shell = new ArrayList<>();
		for (Neighbour n : neighbours.neighbours(atom)) {
			if (n.distance() <= cutoff) {
				shell.add(n);
			}
		}
		return shell;
	}

	/** @return how many neighbours of {@code atom} lie within {@code cutoff}; see {@link #withinCutoff} */
	public static int coordinationNumber(NeighbourList neighbours, int atom, double cutoff) {
		return withinCutoff(neighbours, atom, cutoff).size();
	}

	/**
	 * The first coordination shell by the rule of Carbone et al.: the neighbours within
	 * {@value #SHELL_FACTOR} times the distance to the nearest one.
	 *
	 * @param neighbours the neighbour list; its cutoff must reach {@value #SHELL_FACTOR} times the nearest distance
	 * @param atom       the centre atom's index
	 * @param species    only neighbours of this element count, both for the nearest distance and in the
	 *                   shell (e.g. "O" for the cation-oxygen shell of an oxide); {@code null} for any element
	 * @return the shell, nearest first; empty when no such neighbour lies within the list's cutoff
	 * @throws IllegalArgumentException if the list's cutoff is shorter than the shell's radius, so the shell
	 *                                  could be cut short
	 */
	public static List<Neighbour> nearestShell(NeighbourList neighbours, int atom, String species) {
		List<Neighbour> candidates = new ArrayList<>();
		for (Neighbour n : neighbours.neighbours(atom)) {
			if (species == null || species.equals(neighbours.structure().species(n.index()))) {
				candidates.add(n);
			}
		}
		if (candidates.isEmpty()) {
			return candidates;
		}
		double radius = SHELL_FACTOR * candidates.get(0).distance();
		if (radius > neighbours.cutoff()) {
			throw new IllegalArgumentException("the shell of atom " + atom + " reaches " + radius
					+ " Å, beyond the neighbour list's cutoff " + neighbours.cutoff()
					+ " Å: build the list with a larger cutoff");
		}
		candidates.removeIf(n -> n.distance() > radius);
		return candidates;
	}

	/** @return the size of {@link #nearestShell}: the coordination number by the 1.2 x nearest distance rule */
	public static int shellCoordinationNumber(NeighbourList neighbours, int atom, String species) {
		return nearestShell(neighbours, atom, species).size();
	}

	/**
	 * @param shell the neighbours of one centre atom
	 * @return their mean distance from the centre in ångström
	 * @throws IllegalArgumentException if the shell is empty
	 */
	public static double averageBondLength(List<Neighbour> shell) {
		if (shell.isEmpty()) {
			throw new IllegalArgumentException("no neighbours: the average bond length is undefined");
		}
		double sum = 0;
		for (Neighbour n : shell) {
			sum += n.distance();
		}
		return sum / shell.size();
	}

	/**
	 * @param shell the neighbours of one centre atom
	 * @return the mean over all pairs of neighbours of the angle they make at the centre atom, in degrees
	 * @throws IllegalArgumentException if the shell has fewer than two neighbours
	 */
	public static double averageBondAngle(List<Neighbour> shell) {
		if (shell.size() < 2) {
			throw new IllegalArgumentException(shell.size() + " neighbour(s): a bond angle needs at least 2");
		}
		double[][] vectors = new double[shell.size()][];
		for (int i = 0; i < vectors.length; i++) {
			vectors[i] = shell.get(i).vector();
		}
		double sum = 0;
		int pairs = 0;
		for (int i = 0; i < vectors.length; i++) {
			for (int j = i + 1; j < vectors.length; j++) {
				sum += angle(vectors[i], vectors[j]);
				pairs++;
			}
		}
		return Math.toDegrees(sum / pairs);
	}

	/** The angle between u and v in radians; atan2 keeps it accurate near 0 and pi, where acos is not. */
	private static double angle(double[] u, double[] v) {
		double[] c = Lattice.cross(u, v);
		double sine = Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
		double cosine = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
		return Math.atan2(sine, cosine);
	}
}
