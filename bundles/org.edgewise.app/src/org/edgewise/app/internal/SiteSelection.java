package org.edgewise.app.internal;

import java.util.stream.IntStream;

import org.edgewise.structure.Structure;

/** The {@code --sites SPECIES} option: the atoms of one element, or all atoms when no element is given. */
final class SiteSelection {

	private SiteSelection() {
	}

	/**
	 * @param species an element symbol, or {@code null} for every atom
	 * @throws UsageException if the structure holds no atom of that element
	 */
	static int[] of(Structure structure, String species) throws UsageException {
		int[] sites = IntStream.range(0, structure.size())
				.filter(i -> species == null || species.equals(structure.species(i))).toArray();
		if (sites.length == 0) {
			throw new UsageException("the structure has no " + species + " atom; its elements are "
					+ structure.species().stream().distinct().sorted().toList());
		}
		return sites;
	}
}
