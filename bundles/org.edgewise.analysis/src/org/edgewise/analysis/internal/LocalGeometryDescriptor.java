package org.edgewise.analysis.internal;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;

import org.edgewise.analysis.DescriptorProvider;
import org.edgewise.structure.LocalGeometry;
import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;
import org.osgi.service.component.annotations.Component;

/**
 * The simplest local descriptor: the first coordination shell of a site by the 1.2 x nearest-distance rule
 * of Carbone et al., summarised as [coordination number, average bond length (Å), average bond angle
 * (degrees)]. These are also the property labels Kiyohara et al. regress on. The angle is NaN for a site
 * with fewer than two neighbours, where it is undefined.
 */
@Component(service = DescriptorProvider.class)
public final class LocalGeometryDescriptor implements DescriptorProvider {

	/** Neighbour search radius: covers first shells up to 5 Å, i.e. nearest distances up to about 4.1 Å. */
	static final double SEARCH_RADIUS = 5.0;

	@Override
	public String id() {
		return "local-geometry";
	}

	@Override
	public String description() {
		return "first-shell coordination number, average bond length (Å) and average bond angle (degrees)";
	}

	/** @return the neighbour search radius: the only setting */
	@Override
	public Object settings() {
		return "search radius " + SEARCH_RADIUS + " Å, shell factor " + LocalGeometry.SHELL_FACTOR;
	}

	@Override
	public int length(Set<String> species) {
		return 3;
	}

	@Override
	public double[][] compute(Structure structure, int[] sites, SortedSet<String> species) {
		NeighbourList neighbours = NeighbourList.around(structure, SEARCH_RADIUS, sites);
		double[][] vectors = new double[sites.length][];
		for (int s = 0; s < sites.length; s++) {
			int site = sites[s];
			if (site < 0 || site >= structure.size()) {
				throw new IllegalArgumentException("site " + site + " is outside a structure of " + structure.size()
						+ " atoms");
			}
			List<Neighbour> shell = LocalGeometry.nearestShell(neighbours, site, null);
			vectors[s] = new double[] { shell.size(),
					shell.isEmpty() ? Double.NaN : LocalGeometry.averageBondLength(shell),
					shell.size() < 2 ? Double.NaN : LocalGeometry.averageBondAngle(shell) };
		}
		return vectors;
	}
}
