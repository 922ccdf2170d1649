package org.edgewise.structure.coordination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.edgewise.structure.LocalGeometry;
import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;

/**
 * The coordination environment of one site: its coordination number and its continuous symmetry measure
 * against every ideal polyhedron with that many vertices, best first. The label is the polyhedron with the
 * lowest measure, as in ChemEnv and Carbone et al.
 *
 * @param coordinationNumber the number of neighbours
 * @param scores             one score per {@link IdealPolyhedron#withCoordination ideal polyhedron} of that
 *                           coordination number, lowest measure first (ties in declaration order); empty when
 *                           there is none (no neighbours, or more than 8)
 */
public record CoordinationLabel(int coordinationNumber, List<PolyhedronScore> scores) {

	private static final Comparator<PolyhedronScore> BEST_FIRST = Comparator.comparingDouble(PolyhedronScore::csm)
			.thenComparing(PolyhedronScore::polyhedron);

	/** Checks that the scores cover polyhedra of this coordination number, best first, and copies them. */
	public CoordinationLabel {
		scores = List.copyOf(scores);
		for (int i = 0; i < scores.size(); i++) {
			PolyhedronScore score = scores.get(i);
			if (score.polyhedron().coordinationNumber() != coordinationNumber) {
				throw new IllegalArgumentException(score.polyhedron().symbol() + " does not have coordination number "
						+ coordinationNumber);
			}
			if (i > 0 && BEST_FIRST.compare(scores.get(i - 1), score) > 0) {
				throw new IllegalArgumentException("scores must be sorted best first: " + scores);
			}
		}
	}

	/**
	 * Labels a site from its neighbours.
	 *
	 * @param neighbourVectors the neighbours' positions relative to the site, one row of 3 per neighbour
	 * @return the label: the measure against every ideal polyhedron with {@code neighbourVectors.length} vertices
	 * @throws IllegalArgumentException if a vector does not have 3 finite components or all sit on the site
	 */
	public static CoordinationLabel of(double[][] neighbourVectors) {
		int cn = neighbourVectors.length;
		List<PolyhedronScore> scores = new ArrayList<>();
		for (IdealPolyhedron polyhedron : IdealPolyhedron.withCoordination(cn)) {
			scores.add(new PolyhedronScore(polyhedron, ContinuousSymmetryMeasure.of(neighbourVectors, polyhedron)));
		}
		scores.sort(BEST_FIRST);
		return new CoordinationLabel(cn, scores);
	}

	/**
	 * Labels a site of a structure by its first coordination shell, the neighbours within 1.2 times the nearest
	 * neighbour distance ({@link LocalGeometry#nearestShell}, after Carbone et al.).
	 *
	 * @param neighbours       the structure's neighbour list; its cutoff must reach 1.2 times the site's nearest
	 *                         neighbour distance
	 * @param site             the site's atom index
	 * @param neighbourSpecies only neighbours of this element count (e.g. "O" for a cation's oxygen shell);
	 *                         {@code null} for any element
	 * @return the label; with no polyhedra to score when the shell is empty or holds more than 8 atoms
	 * @throws IllegalArgumentException if the site index is out of range or the list's cutoff is too short
	 */
	public static CoordinationLabel of(NeighbourList neighbours, int site, String neighbourSpecies) {
		Objects.requireNonNull(neighbours, "neighbours");
		if (site < 0 || site >= neighbours.size()) {
			throw new IllegalArgumentException("site " + site + " is outside the structure's " + neighbours.size()
					+ " atoms");
		}
		List<Neighbour> shell = LocalGeometry.nearestShell(neighbours, site, neighbourSpecies);
		double[][] vectors = new double[shell.size()][];
		for (int i = 0; i < vectors.length; i++) {
			vectors[i] = shell.get(i).vector();
		}
		return of(vectors);
	}

	/** @return the best polyhedron and its measure; empty when there is no polyhedron to score */
	public Optional<PolyhedronScore> best() {
		return scores.isEmpty() ? Optional.empty() : Optional.of(scores.get(0));
	}

	/** @return the class of Carbone et al. (T4, S5, O6) when the best polyhedron is one of theirs, else empty */
	public Optional<CarboneClass> carboneClass() {
		return best().flatMap(score -> CarboneClass.of(score.polyhedron()));
	}
}
