package org.edgewise.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Voronoi tessellation of a periodic structure: each atom's cell is the region of space closer to it
 * than to any other atom or periodic image, its own images included. The cells tile space, so the
 * volumes of all atoms add up to the cell volume however small or skewed the cell is.
 * <p>
 * How a cell is built: start from a cube around the atom large enough to hold the cell (every point lies
 * within half the sum of the cell vectors' lengths of some lattice point, so the atom's cell lies in that
 * ball), then cut it by the bisector plane of each neighbour image, nearest first. When the farthest
 * vertex of the polyhedron so far lies at R, a neighbour at distance d >= 2R cannot cut it any more: the
 * bisector plane lies at d / 2 >= R from the atom and every point of the polyhedron at most R away. The
 * cell is final once every neighbour closer than 2R has cut it; when the neighbours searched so far do not
 * reach 2R, the search widens to exactly 2R, which settles it, since R only shrinks with further cuts.
 * Each atom widens its own search (an atom facing vacuum needs a wide one, the others do not), so the
 * work stays linear in the number of atoms.
 * <p>
 * A finite cluster has no such tessellation: its outer atoms' cells are unbounded. Immutable.
 */
public final class VoronoiCells {

	/**
	 * The first search radius in units of the mean atomic spacing (the cube root of the volume per atom):
	 * enough to close the cells of dense crystals and almost all cells of random atoms in one search.
	 */
	private static final double FIRST_RADIUS = 2.5;

	/** Tolerance of the plane cuts relative to the starting cube: far above rounding, far below any real face. */
	private static final double RELATIVE_TOLERANCE = 1e-11;

	/** Atoms closer than this (in ångström) count as one point, which has no bisector plane. */
	private static final double COINCIDENT = 1e-6;

	private final Structure structure;
	private final double[] volumes;
	private final List<List<VoronoiFace>> faces;

	private VoronoiCells(Structure structure, double[] volumes, List<List<VoronoiFace>> faces) {
		this.structure = structure;
		this.volumes = volumes;
		this.faces = faces;
	}

	/**
	 * Builds every atom's cell with its faces.
	 *
	 * @param structure a periodic structure
	 * @return the tessellation
	 * @throws IllegalArgumentException if the structure is a cluster (no lattice), an atom's position is not
	 *                                  finite, or two atoms coincide; the message names the atoms
	 */
	public static VoronoiCells of(Structure structure) {
		Builder builder = new Builder(structure);
		double[] volumes = new double[structure.size()];
		List<List<VoronoiFace>> faces = new ArrayList<>(structure.size());
		for (int i = 0; i < volumes.length; i++) {
			volumes[i] = builder.build(i);
			faces.add(builder.faces(i));
		}
		return new VoronoiCells(structure, volumes, List.copyOf(faces));
	}

	/**
	 * The Voronoi volume of every atom, without keeping the faces.
	 *
	 * @param structure a periodic structure
	 * @return the volumes in Å³, in atom order; they add up to the cell volume
	 * @throws IllegalArgumentException as {@link #of(Structure)}
	 */
	public static double[] volumes(Structure structure) {
		Builder builder = new Builder(structure);
		double[] volumes = new double[structure.size()];
		for (int i = 0; i < volumes.length; i++) {
			volumes[i] = builder.build(i);
		}
		return volumes;
	}

	/**
	 * The Voronoi volume of one atom; cheaper than {@link #volumes(Structure)} when only a few are wanted.
	 *
	 * @param structure a periodic structure
	 * @param atom      the atom's index
	 * @return its volume in Å³
	 * @throws IllegalArgumentException as {@link #of(Structure)}, or if there is no such atom
	 */
	public static double volume(Structure structure, int atom) {
		Objects.checkIndex(atom, structure.size());
		return new Builder(structure).build(atom);
	}

	/** @return the structure the cells were built for */
	public Structure structure() {
		return structure;
	}

	/** @return the number of atoms */
	public int size() {
		return volumes.length;
	}

	/** @return the volume of atom {@code atom}'s cell in Å³ */
	public double volume(int atom) {
		return volumes[atom];
	}

	/**
	 * The faces of an atom's cell, one per Voronoi neighbour image, nearest neighbour first. A neighbour
	 * whose bisector plane only touches the cell at an edge or a vertex (within a tolerance of about 1e-11
	 * of the cell's size, as with the second neighbours of a perfect simple cubic or fcc lattice) makes no
	 * face.
	 *
	 * @return the faces; unmodifiable
	 */
	public List<VoronoiFace> faces(int atom) {
		return faces.get(atom);
	}

	/** @return the number of faces of atom {@code atom}'s cell: its number of Voronoi neighbour images */
	public int faceCount(int atom) {
		return faces.get(atom).size();
	}

	/** Builds one cell at a time, reusing its search and polyhedron. */
	private static final class Builder {

		private final Structure structure;
		private final ImageShells shells;
		private final ConvexCell cell = new ConvexCell();
		private final double box;
		private final double tolerance;
		private final double firstRadius;

		Builder(Structure structure) {
			Objects.requireNonNull(structure, "structure");
			if (!structure.isPeriodic()) {
				throw new IllegalArgumentException("Voronoi cells of a cluster (a structure without a lattice) are"
						+ " unbounded; only a periodic structure has Voronoi volumes");
			}
			for (int i = 0; i < structure.size(); i++) {
				double[] r = structure.position(i);
				if (!(Double.isFinite(r[0]) && Double.isFinite(r[1]) && Double.isFinite(r[2]))) {
					throw new IllegalArgumentException("atom " + i + " (" + structure.species(i)
							+ ") has a position that is not finite");
				}
			}
			this.structure = structure;
			Lattice lattice = structure.lattice();
			double sum = 0;
			for (int k = 0; k < 3; k++) {
				double[] v = lattice.vector(k);
				sum += Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
			}
			// The cell lies within half the sum of the cell vectors' lengths of its atom (see the class comment);
			// the margin keeps the cube's faces clear of it.
			box = 0.51 * sum;
			tolerance = RELATIVE_TOLERANCE * box;
			firstRadius = FIRST_RADIUS * Math.cbrt(lattice.volume() / Math.max(1, structure.size()));
			shells = new ImageShells(structure, firstRadius);
		}

		/** Builds atom {@code atom}'s cell, which stays in {@link #cell} until the next call. */
		double build(int atom) {
			cell.reset(box);
			shells.clear();
			double searched = firstRadius;
			int next = shells.gather(atom, -1, searched);
			if (next < shells.count() && shells.distanceSquared(next) < COINCIDENT * COINCIDENT) {
				int other = shells.atom(next);
				throw new IllegalArgumentException("atoms " + atom + " (" + structure.species(atom) + ") and " + other
						+ " (" + structure.species(other) + ") coincide (" + Math.sqrt(shells.distanceSquared(next))
						+ " Å apart), so space cannot be divided between them");
			}
			while (true) {
				for (int k = next; k < shells.count(); k++) {
					double squared = shells.distanceSquared(k);
					// A bisector at d / 2 >= R (the farthest vertex) cannot cut: skip, not stop, as the order is
					// only nearest first to within float rounding.
					if (squared >= 4 * cell.maxRadiusSquared()) {
						continue;
					}
					double d = Math.sqrt(squared);
					cell.cut(shells.vector(k, 0) / d, shells.vector(k, 1) / d, shells.vector(k, 2) / d, d / 2, k,
							tolerance);
				}
				double reach = 2 * Math.sqrt(cell.maxRadiusSquared());
				if (reach <= searched) {
					return cell.volume();
				}
				// Every neighbour that can still cut lies within `reach`; the cell only shrinks, so this settles it.
				next = shells.gather(atom, searched, reach);
				searched = reach;
			}
		}

		/** @return the faces of the cell built last, for atom {@code atom}, nearest neighbour first */
		List<VoronoiFace> faces(int atom) {
			List<VoronoiFace> found = new ArrayList<>(cell.faceCount());
			for (int f = 0; f < cell.faceCount(); f++) {
				int k = cell.faceTag(f);
				double[] vector = { shells.vector(k, 0), shells.vector(k, 1), shells.vector(k, 2) };
				int[] image = { shells.image(k, 0), shells.image(k, 1), shells.image(k, 2) };
				Neighbour neighbour = new Neighbour(shells.atom(k), Math.sqrt(shells.distanceSquared(k)), vector, image);
				found.add(new VoronoiFace(neighbour, cell.faceArea(f)));
			}
			found.sort(Comparator.comparingDouble((VoronoiFace face) -> face.neighbour().distance())
					.thenComparingInt(face -> face.neighbour().index())
					.thenComparing(face -> face.neighbour().image(), Arrays::compare));
			return List.copyOf(found);
		}
	}
}
