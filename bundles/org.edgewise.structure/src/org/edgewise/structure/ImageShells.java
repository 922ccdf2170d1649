package org.edgewise.structure;

import java.util.Arrays;

/**
 * The periodic images of all atoms around one atom at a time, within a shell {@code inner < d <= outer}
 * of any radius, gathered into flat reusable arrays and ordered nearest first. This is what the Voronoi
 * construction needs and {@link NeighbourList} does not give cheaply: a list built once for the whole
 * structure must take the largest radius any atom needs (a surface atom facing vacuum may need ten times
 * the usual one), while here each atom widens its own search only when its cell asks for it. Uses the
 * same {@link CellGrid} of bins over the cell. Not thread-safe: one instance per thread.
 */
final class ImageShells {

	private final double[][] cell;
	private final double[] widths;
	private final double[] cartesian;
	private final int[][] wrap;
	private final CellGrid grid;

	private int count;
	private int[] atom = new int[64];
	private int[] image = new int[3 * 64];
	private double[] vector = new double[3 * 64];
	private double[] distanceSquared = new double[64];
	/** Storage slots, nearest first within each gathered shell. */
	private int[] order = new int[64];
	private long[] keys = new long[64];

	/**
	 * @param structure a periodic structure
	 * @param binWidth  the bins' least width in ångström; about the radius most searches use
	 */
	ImageShells(Structure structure, double binWidth) {
		Lattice lattice = structure.lattice();
		cell = new double[][] { lattice.vector(0), lattice.vector(1), lattice.vector(2) };
		AtomFrame frame = AtomFrame.periodic(structure);
		widths = frame.widths();
		wrap = frame.wrap();
		int n = structure.size();
		cartesian = new double[3 * n];
		for (int i = 0; i < n; i++) {
			System.arraycopy(frame.cartesian()[i], 0, cartesian, 3 * i, 3);
		}
		grid = new CellGrid(frame.fractional(), widths, binWidth);
	}

	/** Forgets the images gathered so far. */
	void clear() {
		count = 0;
	}

	/**
	 * Appends the images of every atom lying at a distance d with {@code inner < d <= outer} from atom
	 * {@code centre} (the centre itself at zero offset excluded), the new ones ordered nearest first after
	 * those already held.
	 *
	 * @param inner the exclusive lower bound in ångström; negative to start from the centre, atoms at
	 *              distance 0 from it included
	 * @return the index of the first image appended
	 */
	int gather(int centre, double inner, double outer) {
		int first = count;
		double innerSquared = inner < 0 ? -1 : inner * inner;
		double outerSquared = outer * outer;
		double cx = cartesian[3 * centre];
		double cy = cartesian[3 * centre + 1];
		double cz = cartesian[3 * centre + 2];
		// Points closer than `outer` differ by less than outer / width in fractional coordinate k, so their
		// bins differ by at most this many along axis k.
		int reach0 = reach(outer, 0);
		int reach1 = reach(outer, 1);
		int reach2 = reach(outer, 2);
		for (int d0 = -reach0; d0 <= reach0; d0++) {
			int b0 = grid.binOf(centre, 0) + d0;
			int s0 = Math.floorDiv(b0, grid.count(0));
			for (int d1 = -reach1; d1 <= reach1; d1++) {
				int b1 = grid.binOf(centre, 1) + d1;
				int s1 = Math.floorDiv(b1, grid.count(1));
				for (int d2 = -reach2; d2 <= reach2; d2++) {
					int b2 = grid.binOf(centre, 2) + d2;
					int s2 = Math.floorDiv(b2, grid.count(2));
					double ox = s0 * cell[0][0] + s1 * cell[1][0] + s2 * cell[2][0] - cx;
					double oy = s0 * cell[0][1] + s1 * cell[1][1] + s2 * cell[2][1] - cy;
					double oz = s0 * cell[0][2] + s1 * cell[1][2] + s2 * cell[2][2] - cz;
					boolean home = s0 == 0 && s1 == 0 && s2 == 0;
					int bin = grid.first(Math.floorMod(b0, grid.count(0)), Math.floorMod(b1, grid.count(1)),
							Math.floorMod(b2, grid.count(2)));
					for (int j = bin; j >= 0; j = grid.next(j)) {
						if (j == centre && home) {
							continue;
						}
						double x = cartesian[3 * j] + ox;
						double y = cartesian[3 * j + 1] + oy;
						double z = cartesian[3 * j + 2] + oz;
						double squared = x * x + y * y + z * z;
						if (squared > innerSquared && squared <= outerSquared) {
							// Positions were wrapped into the cell: translate the image back to the atoms' own positions.
							append(j, s0 + wrap[centre][0] - wrap[j][0], s1 + wrap[centre][1] - wrap[j][1],
									s2 + wrap[centre][2] - wrap[j][2], x, y, z, squared);
						}
					}
				}
			}
		}
		sortFrom(first);
		return first;
	}

	private int reach(double radius, int k) {
		return (int) Math.ceil(radius * grid.count(k) / widths[k]);
	}

	/** @return how many images are held */
	int count() {
		return count;
	}

	/** @return the atom index of the {@code k}-th image */
	int atom(int k) {
		return atom[order[k]];
	}

	/** @return component {@code axis} of the cell offset of the {@code k}-th image */
	int image(int k, int axis) {
		return image[3 * order[k] + axis];
	}

	/** @return component {@code axis} of the vector from the centre to the {@code k}-th image, in ångström */
	double vector(int k, int axis) {
		return vector[3 * order[k] + axis];
	}

	/** @return the squared distance of the {@code k}-th image from the centre */
	double distanceSquared(int k) {
		return distanceSquared[order[k]];
	}

	private void append(int j, int i0, int i1, int i2, double x, double y, double z, double squared) {
		if (count == atom.length) {
			int size = 2 * count;
			atom = Arrays.copyOf(atom, size);
			image = Arrays.copyOf(image, 3 * size);
			vector = Arrays.copyOf(vector, 3 * size);
			distanceSquared = Arrays.copyOf(distanceSquared, size);
			order = Arrays.copyOf(order, size);
			keys = new long[size];
		}
		atom[count] = j;
		image[3 * count] = i0;
		image[3 * count + 1] = i1;
		image[3 * count + 2] = i2;
		vector[3 * count] = x;
		vector[3 * count + 1] = y;
		vector[3 * count + 2] = z;
		distanceSquared[count] = squared;
		count++;
	}

	/**
	 * Orders the images from {@code first} on by distance. The key is the squared distance rounded to a
	 * float (whose bits order like the value for positive numbers) above the storage slot, so a primitive
	 * sort does it; the rounding can only swap near ties, which costs the caller nothing.
	 */
	private void sortFrom(int first) {
		int n = count - first;
		for (int k = 0; k < n; k++) {
			keys[k] = (long) Float.floatToIntBits((float) distanceSquared[first + k]) << 32 | (first + k);
		}
		Arrays.sort(keys, 0, n);
		for (int k = 0; k < n; k++) {
			order[first + k] = (int) keys[k];
		}
	}
}
