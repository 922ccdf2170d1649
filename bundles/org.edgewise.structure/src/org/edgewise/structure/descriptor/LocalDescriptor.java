package org.edgewise.structure.descriptor;

import java.util.SortedSet;

import org.edgewise.structure.Structure;

/**
 * A local structure descriptor: turns the surroundings of chosen sites into fixed-length vectors.
 * <p>
 * The vector layout depends on the set of elements that may occur (one block per element or element
 * pair), so it is given explicitly: vectors computed with the same species set line up across structures.
 * Every implementation is invariant to rotation, translation and permutation of same-species atoms,
 * continuous in the atom positions, and counts periodic images correctly (a supercell gives the same
 * per-site vectors as the primitive cell). Implementations are immutable and safe for concurrent use.
 */
public interface LocalDescriptor {

	/** @return a short identifier, e.g. "soap-gto", "acsf" */
	String id();

	/** @return the plain settings object the descriptor was built with */
	Object settings();

	/**
	 * @param species the elements that may occur, sorted (the layout follows this order)
	 * @return the length of every vector for this species set
	 */
	int length(SortedSet<String> species);

	/**
	 * @param structure the structure, periodic or a cluster
	 * @param sites     indices of the atoms to describe
	 * @param species   the species set that fixes the layout; must contain every element of the structure
	 * @return one vector per site, in the order of {@code sites}, each of length {@link #length(SortedSet)};
	 *         a descriptor whose settings ask for an average over the sites (SOAP's inner or outer
	 *         average) returns a single row
	 * @throws IllegalArgumentException if a site index is out of range or the structure holds an element
	 *                                  missing from {@code species}
	 */
	double[][] compute(Structure structure, int[] sites, SortedSet<String> species);
}
