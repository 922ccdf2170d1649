package org.edgewise.analysis;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.edgewise.structure.Structure;

/**
 * Turns the atomic surroundings of chosen sites of a structure into fixed-length vectors (local
 * descriptors), the input of structure-to-spectrum models.
 * <p>
 * Providers are OSGi services: a third-party bundle adds a descriptor by registering one, and consumers
 * find all of them in the service registry and choose by {@link #id()}. Vectors must be invariant to
 * rotation, translation and permutation of same-species atoms.
 */
public interface DescriptorProvider {

	/** @return a short unique identifier, e.g. "soap", "acsf", "local-geometry" */
	String id();

	/** @return one sentence for people: what the vector holds */
	String description();

	/**
	 * @return the plain settings object the provider computes with (cut-off radius, basis sizes ...); its
	 *         getters describe it and its {@code toString()} is recorded with models built on it
	 */
	Object settings();

	/**
	 * @param species the element symbols that may occur in the structures to be described
	 * @return the length of every vector this provider computes for structures of these species
	 */
	int length(Set<String> species);

	/**
	 * @param structure the structure, periodic or a cluster
	 * @param sites     indices of the atoms to describe
	 * @param species   the elements that fix the vector layout (so that vectors of different structures
	 *                  line up); must contain every element of the structure
	 * @return one vector per site, in the order of {@code sites}, each of length {@link #length(Set)}
	 * @throws IllegalArgumentException if a site index is outside the structure or an element of the
	 *                                  structure is missing from {@code species}
	 */
	double[][] compute(Structure structure, int[] sites, SortedSet<String> species);

	/** {@link #compute(Structure, int[], SortedSet)} with the structure's own elements as the species set. */
	default double[][] compute(Structure structure, int[] sites) {
		return compute(structure, sites, new TreeSet<>(structure.species()));
	}
}
