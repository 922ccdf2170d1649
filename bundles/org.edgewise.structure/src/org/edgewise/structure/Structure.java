package org.edgewise.structure;

import java.util.List;

/**
 * Atoms with their species and Cartesian positions (ångström), either periodic (with a {@link Lattice})
 * or a finite cluster or molecule (no lattice). Immutable.
 */
public final class Structure {

	private final Lattice lattice;
	private final List<String> species;
	private final double[][] positions;

	private Structure(Lattice lattice, List<String> species, double[][] positions) {
		if (species.size() != positions.length) {
			throw new IllegalArgumentException(species.size() + " species for " + positions.length + " positions");
		}
		this.lattice = lattice;
		this.species = List.copyOf(species);
		this.positions = new double[positions.length][];
		for (int i = 0; i < positions.length; i++) {
			if (positions[i].length != 3) {
				throw new IllegalArgumentException("position " + i + " has " + positions[i].length + " components");
			}
			this.positions[i] = positions[i].clone();
		}
	}

	/** A periodic structure from fractional coordinates. */
	public static Structure periodic(Lattice lattice, List<String> species, double[][] fractional) {
		double[][] cartesian = new double[fractional.length][];
		for (int i = 0; i < fractional.length; i++) {
			cartesian[i] = lattice.toCartesian(fractional[i]);
		}
		return new Structure(lattice, species, cartesian);
	}

	/** A finite cluster or molecule from Cartesian coordinates. */
	public static Structure cluster(List<String> species, double[][] cartesian) {
		return new Structure(null, species, cartesian);
	}

	/** @return true when the structure repeats in three dimensions */
	public boolean isPeriodic() {
		return lattice != null;
	}

	/** @return the lattice, or {@code null} for a cluster */
	public Lattice lattice() {
		return lattice;
	}

	/** @return the number of atoms */
	public int size() {
		return positions.length;
	}

	/** @return the element symbol of atom {@code i} */
	public String species(int i) {
		return species.get(i);
	}

	/** @return all element symbols, in atom order */
	public List<String> species() {
		return species;
	}

	/** @return the Cartesian position of atom {@code i} in ångström; a copy */
	public double[] position(int i) {
		return positions[i].clone();
	}
}
