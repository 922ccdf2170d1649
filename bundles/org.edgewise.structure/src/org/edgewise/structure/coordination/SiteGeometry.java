package org.edgewise.structure.coordination;

import java.util.ArrayList;
import java.util.List;

import org.edgewise.structure.LocalGeometry;
import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;
import org.edgewise.structure.VoronoiCells;

/**
 * The local geometry of one site, as a training set needs it for labels: the first coordination shell by
 * the 1.2 x nearest-neighbour rule (Carbone et al.), its average bond length and bond angle and the
 * polyhedron it is closest to (Kiyohara et al., Carbone et al.), and the site's Voronoi volume.
 *
 * @param site               the atom index
 * @param species            its element
 * @param coordinationNumber the size of the first shell
 * @param bondLength         average distance to the shell's atoms in Å; NaN for an empty shell
 * @param bondAngle          average angle between shell atoms at the site in degrees; NaN below two neighbours
 * @param voronoiVolume      Voronoi cell volume in Å^3; NaN for a cluster, whose cells are unbounded
 * @param label              the continuous symmetry measures of the shell against the ideal polyhedra
 */
public record SiteGeometry(int site, String species, int coordinationNumber, double bondLength, double bondAngle,
		double voronoiVolume, CoordinationLabel label) {

	/** Neighbour search radius: enough for first shells of nearest distances up to 5 Å. */
	public static final double SEARCH_RADIUS = 6.0;

	/**
	 * @param structure the structure
	 * @param sites     the atoms to describe
	 * @return one entry per site, in the order given
	 */
	public static List<SiteGeometry> of(Structure structure, int[] sites) {
		NeighbourList neighbours = NeighbourList.around(structure, SEARCH_RADIUS, sites);
		double[] volumes = structure.isPeriodic() ? VoronoiCells.volumes(structure) : null;
		List<SiteGeometry> result = new ArrayList<>(sites.length);
		for (int site : sites) {
			List<Neighbour> shell = LocalGeometry.nearestShell(neighbours, site, null);
			result.add(new SiteGeometry(site, structure.species(site), shell.size(),
					shell.isEmpty() ? Double.NaN : LocalGeometry.averageBondLength(shell),
					shell.size() < 2 ? Double.NaN : LocalGeometry.averageBondAngle(shell),
					volumes == null ? Double.NaN : volumes[site], CoordinationLabel.of(neighbours, site, null)));
		}
		return result;
	}
}
