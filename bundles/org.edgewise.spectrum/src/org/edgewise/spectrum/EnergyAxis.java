package org.edgewise.spectrum;

import java.util.Arrays;

/**
 * The energy axis of one or more spectra: strictly increasing energies in electronvolts.
 * <p>
 * Instances are immutable; {@link #values()} returns a copy. Readers convert other units (keV,
 * monochromator angle) and merge duplicate energies before they build an axis, so every consumer can
 * rely on a sorted, duplicate-free grid.
 */
public final class EnergyAxis {

	private final double[] energies;

	private EnergyAxis(double[] energies) {
		this.energies = energies;
	}

	/**
	 * @param energies energies in eV, strictly increasing and finite; copied
	 * @return the axis
	 * @throws IllegalArgumentException if there are fewer than two points, a value is not finite or the
	 *                                  values do not increase strictly (the message names the index)
	 */
	public static EnergyAxis of(double... energies) {
		if (energies.length < 2) {
			throw new IllegalArgumentException("an energy axis needs at least 2 points, got " + energies.length);
		}
		for (int i = 0; i < energies.length; i++) {
			if (!Double.isFinite(energies[i])) {
				throw new IllegalArgumentException("energy at index " + i + " is not finite: " + energies[i]);
			}
			if (i > 0 && energies[i] <= energies[i - 1]) {
				throw new IllegalArgumentException("energies must increase strictly: index " + i + " has "
						+ energies[i] + " eV after " + energies[i - 1] + " eV");
			}
		}
		return new EnergyAxis(energies.clone());
	}

	/** @return the number of points */
	public int size() {
		return energies.length;
	}

	/** @return the energy of point {@code index} in eV */
	public double get(int index) {
		return energies[index];
	}

	/** @return a copy of all energies in eV */
	public double[] values() {
		return energies.clone();
	}

	/** @return the lowest energy in eV */
	public double min() {
		return energies[0];
	}

	/** @return the highest energy in eV */
	public double max() {
		return energies[energies.length - 1];
	}

	/** @return the index of the point nearest to {@code energy} (the lower one on a tie) */
	public int indexOfNearest(double energy) {
		int i = Arrays.binarySearch(energies, energy);
		if (i >= 0) {
			return i;
		}
		int above = -i - 1;
		if (above == 0) {
			return 0;
		}
		if (above == energies.length) {
			return energies.length - 1;
		}
		return energy - energies[above - 1] <= energies[above] - energy ? above - 1 : above;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EnergyAxis axis && Arrays.equals(energies, axis.energies);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(energies);
	}

	@Override
	public String toString() {
		return "EnergyAxis[" + energies.length + " points, " + min() + " .. " + max() + " eV]";
	}
}
