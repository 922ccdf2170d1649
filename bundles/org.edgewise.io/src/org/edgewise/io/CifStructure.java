package org.edgewise.io;

import java.util.List;

import org.edgewise.structure.Structure;

/**
 * A structure read from a CIF with what the structure itself does not hold: each site's label and
 * occupancy. Partially occupied sites stay as written (two atoms sharing a site each keep their own
 * occupancy), so a caller decides how to resolve them.
 *
 * @param structure  the full unit cell after the symmetry operations
 * @param labels     the {@code _atom_site_label} of the asymmetric-unit atom each site came from
 * @param occupancy  each site's occupancy, 1 where the file gives none
 */
public record CifStructure(Structure structure, List<String> labels, double[] occupancy) {

	/** Checks that there is one label and one occupancy per atom, and copies them. */
	public CifStructure {
		if (labels.size() != structure.size() || occupancy.length != structure.size()) {
			throw new IllegalArgumentException(structure.size() + " atoms but " + labels.size() + " labels and "
					+ occupancy.length + " occupancies");
		}
		labels = List.copyOf(labels);
		occupancy = occupancy.clone();
	}

	/** @return each site's occupancy; a copy */
	@Override
	public double[] occupancy() {
		return occupancy.clone();
	}
}
