package org.edgewise.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The neighbours of the atoms of a structure within a cutoff distance: of every atom ({@link #build}), or of
 * chosen centre atoms only ({@link #around}), which is what a descriptor of a few sites needs.
 * <p>
 * In a periodic structure every periodic image counts, an atom's own images included, however small or
 * skewed the cell is compared with the cutoff; in a cluster only the atoms themselves count. The search
 * bins the atoms into cells one cutoff wide, so it takes time linear in the number of atoms. A neighbour
 * at exactly the cutoff distance is included. Immutable.
 */
public final class NeighbourList {

	/** Orders neighbours nearest first; ties by atom index and then image, so the order is reproducible. */
	private static final Comparator<Neighbour> NEAREST_FIRST = Comparator.comparingDouble(Neighbour::distance)
			.thenComparingInt(Neighbour::index).thenComparing(Neighbour::image, Arrays::compare);

	private final Structure structure;
	private final double cutoff;
	private final List<List<Neighbour>> neighbours;

	private NeighbourList(Structure structure, double cutoff, List<List<Neighbour>> neighbours) {
		this.structure = structure;
		this.cutoff = cutoff;
		this.neighbours = neighbours;
	}

	/**
	 * Finds all neighbours within {@code cutoff} of every atom.
	 *
	 * @param structure the atoms
	 * @param cutoff    the largest neighbour distance in ångström, positive and finite
	 * @return the neighbour list
	 * @throws IllegalArgumentException if the cutoff is not a positive finite number or an atom's position
	 *                                  is not finite (the message names the atom)
	 */
	public static NeighbourList build(Structure structure, double cutoff) {
		return around(structure, cutoff, null);
	}

	/**
	 * Finds the neighbours within {@code cutoff} of the given centre atoms only; asking for another atom's
	 * neighbours is an error.
	 *
	 * @param structure the atoms
	 * @param cutoff    the largest neighbour distance in ångström, positive and finite
	 * @param centres   the atoms whose neighbours are wanted; {@code null} for every atom
	 * @return the neighbour list
	 * @throws IllegalArgumentException as {@link #build}, or if a centre index is out of range
	 */
	public static NeighbourList around(Structure structure, double cutoff, int[] centres) {
		Objects.requireNonNull(structure, "structure");
		if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
			throw new IllegalArgumentException("the neighbour cutoff must be a positive finite distance in ångström, got "
					+ cutoff);
		}
		for (int i = 0; i < structure.size(); i++) {
			double[] r = structure.position(i);
			if (!(Double.isFinite(r[0]) && Double.isFinite(r[1]) && Double.isFinite(r[2]))) {
				throw new IllegalArgumentException("atom " + i + " (" + structure.species(i)
						+ ") has a position that is not finite: " + Arrays.toString(r));
			}
		}
		int[] wanted = centres != null ? centres : IntStream.range(0, structure.size()).toArray();
		AtomFrame frame = structure.isPeriodic() ? AtomFrame.periodic(structure) : AtomFrame.cluster(structure, cutoff);
		CellGrid grid = new CellGrid(frame.fractional(), frame.widths(), cutoff);
		Lattice lattice = structure.lattice();
		double[][] cell = lattice == null ? null
				: new double[][] { lattice.vector(0), lattice.vector(1), lattice.vector(2) };
		List<List<Neighbour>> all = new ArrayList<>(Collections.nCopies(structure.size(), (List<Neighbour>) null));
		for (int i : wanted) {
			if (i < 0 || i >= structure.size()) {
				throw new IllegalArgumentException("centre " + i + " is outside a structure of " + structure.size()
						+ " atoms");
			}
			List<Neighbour> found = search(i, frame, grid, cutoff, cell);
			found.sort(NEAREST_FIRST);
			all.set(i, List.copyOf(found));
		}
		return new NeighbourList(structure, cutoff, all);
	}

	/** @return the structure the list was built for */
	public Structure structure() {
		return structure;
	}

	/** @return the cutoff in ångström */
	public double cutoff() {
		return cutoff;
	}

	/** @return the number of atoms */
	public int size() {
		return neighbours.size();
	}

	/**
	 * @return the neighbours of atom {@code atom}, nearest first; unmodifiable
	 * @throws IllegalArgumentException if the list was built {@link #around} other centres
	 */
	public List<Neighbour> neighbours(int atom) {
		List<Neighbour> found = neighbours.get(atom);
		if (found == null) {
			throw new IllegalArgumentException("atom " + atom + " is not a centre of this neighbour list");
		}
		return found;
	}

	/**
	 * Visits the bins within reach of atom i's bin, wrapping them into the cell when {@code cell} (the cell
	 * vectors as rows) is given, and keeps the atoms within the cutoff.
	 */
	private static List<Neighbour> search(int i, AtomFrame frame, CellGrid grid, double cutoff, double[][] cell) {
		double[] centre = frame.cartesian()[i];
		double cutoffSquared = cutoff * cutoff;
		List<Neighbour> found = new ArrayList<>();
		int[] bin = new int[3];
		int[] shift = new int[3];
		for (int d0 = -grid.reach(0); d0 <= grid.reach(0); d0++) {
			if (!place(grid, i, 0, d0, cell != null, bin, shift)) {
				continue;
			}
			for (int d1 = -grid.reach(1); d1 <= grid.reach(1); d1++) {
				if (!place(grid, i, 1, d1, cell != null, bin, shift)) {
					continue;
				}
				for (int d2 = -grid.reach(2); d2 <= grid.reach(2); d2++) {
					if (!place(grid, i, 2, d2, cell != null, bin, shift)) {
						continue;
					}
					double[] offset = new double[3];
					if (cell != null) {
						for (int k = 0; k < 3; k++) {
							offset[k] = shift[0] * cell[0][k] + shift[1] * cell[1][k] + shift[2] * cell[2][k];
						}
					}
					boolean home = shift[0] == 0 && shift[1] == 0 && shift[2] == 0;
					for (int j = grid.first(bin[0], bin[1], bin[2]); j >= 0; j = grid.next(j)) {
						if (j == i && home) {
							continue;
						}
						double[] r = frame.cartesian()[j];
						double x = r[0] + offset[0] - centre[0];
						double y = r[1] + offset[1] - centre[1];
						double z = r[2] + offset[2] - centre[2];
						double squared = x * x + y * y + z * z;
						if (squared <= cutoffSquared) {
							// Positions were wrapped into the cell: translate the image back to the atoms' own positions.
							int[] wrapI = frame.wrap()[i];
							int[] wrapJ = frame.wrap()[j];
							int[] image = { shift[0] + wrapI[0] - wrapJ[0], shift[1] + wrapI[1] - wrapJ[1],
									shift[2] + wrapI[2] - wrapJ[2] };
							found.add(new Neighbour(j, Math.sqrt(squared), new double[] { x, y, z }, image));
						}
					}
				}
			}
		}
		return found;
	}

	/**
	 * Sets {@code bin[k]} and {@code shift[k]} for the bin {@code step} bins from atom i's along axis k.
	 *
	 * @return false when that bin lies outside a non-periodic frame
	 */
	private static boolean place(CellGrid grid, int i, int k, int step, boolean periodic, int[] bin, int[] shift) {
		int b = grid.binOf(i, k) + step;
		if (periodic) {
			shift[k] = Math.floorDiv(b, grid.count(k));
			bin[k] = Math.floorMod(b, grid.count(k));
			return true;
		}
		shift[k] = 0;
		bin[k] = b;
		return b >= 0 && b < grid.count(k);
	}
}
