package org.edgewise.io;

import java.util.Map;

import org.edgewise.structure.Structure;

/**
 * What a FEFF input file (feff.inp) describes.
 *
 * @param title         the TITLE lines joined by newlines; empty when there are none
 * @param edge          the EDGE card's value ("K", "L3"), or null when the file has none
 * @param potentials    unique potential index (ipot) to element symbol; ipot 0 is the absorber
 * @param cluster       the ATOMS list as a cluster, Cartesian Å, in file order
 * @param absorberIndex the index in {@code cluster} of the one atom with ipot 0
 * @param cell          the unit cell when the header carries it (pymatgen "abc:"/"angles:" TITLE lines and
 *                      "* n El x y z" fractional sites), else null
 */
public record FeffInput(String title, String edge, Map<Integer, String> potentials, Structure cluster,
		int absorberIndex, Structure cell) {

	/** Copies the potentials map. */
	public FeffInput {
		potentials = Map.copyOf(potentials);
	}

	/** @return the absorbing element */
	public String absorber() {
		return cluster.species(absorberIndex);
	}
}
