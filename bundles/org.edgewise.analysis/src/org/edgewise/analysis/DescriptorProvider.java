package org.edgewise.analysis;

import java.util.Set;

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
	 * @param species the element symbols that may occur in the structures to be described
	 * @return the length of every vector this provider computes for structures of these species
	 */
	int length(Set<String> species);

	/**
	 * @param structure the structure, periodic or a cluster
	 * @param sites     indices of the atoms to describe
	 * @return one vector per site, in the order of {@code sites}, each of length {@link #length(Set)} for the
	 *         structure's species
	 * @throws IllegalArgumentException if a site index is outside the structure
	 */
	double[][] compute(Structure structure, int[] sites);
}
