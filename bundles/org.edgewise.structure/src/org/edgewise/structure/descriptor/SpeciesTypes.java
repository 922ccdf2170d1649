package org.edgewise.structure.descriptor;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

import org.edgewise.structure.Structure;

/**
 * Checks the input of {@link LocalDescriptor#compute} and numbers the species: the type of an atom is the
 * position of its element in the sorted species set, which fixes the block layout of the vectors.
 */
final class SpeciesTypes {

	private SpeciesTypes() {
	}

	/**
	 * @return the type (0-based position in {@code species}) of every atom of {@code structure}
	 * @throws IllegalArgumentException if an atom's element is missing from {@code species}, naming the atom
	 */
	static int[] of(Structure structure, SortedSet<String> species) {
		Map<String, Integer> index = new HashMap<>();
		for (String element : species) {
			index.put(element, index.size());
		}
		int[] types = new int[structure.size()];
		for (int i = 0; i < types.length; i++) {
			Integer type = index.get(structure.species(i));
			if (type == null) {
				throw new IllegalArgumentException("atom " + i + " is " + structure.species(i)
						+ ", which is missing from the descriptor's species set " + species);
			}
			types[i] = type;
		}
		return types;
	}

	/** @throws IllegalArgumentException if a site is not an atom index of {@code structure}, naming it */
	static void checkSites(Structure structure, int[] sites) {
		for (int s = 0; s < sites.length; s++) {
			if (sites[s] < 0 || sites[s] >= structure.size()) {
				throw new IllegalArgumentException("site " + s + " is atom " + sites[s] + ", but the structure has "
						+ structure.size() + " atoms");
			}
		}
	}
}
