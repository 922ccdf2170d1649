package org.edgewise.structure;

import java.util.Arrays;

/**
 * One neighbour of a centre atom: which atom, which periodic image of it, and where it lies.
 * <p>
 * The neighbour sits at {@code structure.position(index) + image[0] a + image[1] b + image[2] c} and
 * {@link #vector()} points from the centre atom's own position to it. In a cluster the image is always
 * {@code (0, 0, 0)}. Immutable: the arrays are copied on the way in and out, and equality compares their
 * contents.
 *
 * @param index    the neighbour atom's index in the structure
 * @param distance the distance from the centre atom in ångström
 * @param vector   the Cartesian vector from the centre atom to the neighbour image, in ångström
 * @param image    the image offset in cell units along a, b and c
 */
public record Neighbour(int index, double distance, double[] vector, int[] image) {

	/** Checks the shapes and takes private copies of the arrays. */
	public Neighbour {
		if (vector.length != 3 || image.length != 3) {
			throw new IllegalArgumentException("a neighbour needs a 3-component vector and image, got "
					+ vector.length + " and " + image.length);
		}
		vector = vector.clone();
		image = image.clone();
	}

	/** @return the Cartesian vector from the centre atom to the neighbour image; a copy */
	@Override
	public double[] vector() {
		return vector.clone();
	}

	/** @return the image offset in cell units; a copy */
	@Override
	public int[] image() {
		return image.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Neighbour n && index == n.index && Double.compare(distance, n.distance) == 0
				&& Arrays.equals(vector, n.vector) && Arrays.equals(image, n.image);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * Integer.hashCode(index) + Arrays.hashCode(image)) + Double.hashCode(distance);
	}

	@Override
	public String toString() {
		return "Neighbour[index=" + index + ", distance=" + distance + ", vector=" + Arrays.toString(vector)
				+ ", image=" + Arrays.toString(image) + "]";
	}
}
