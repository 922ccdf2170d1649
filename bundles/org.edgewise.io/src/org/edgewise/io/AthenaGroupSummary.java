package org.edgewise.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One group of an Athena project as {@link AthenaProject#summaries()} lists it, without its data: what a user
 * needs to pick the group to read on its own (by {@link #label()}, see
 * {@link AthenaProjectReader#readSpectra(java.nio.file.Path, String)}) when the groups of a project do not
 * share one energy grid.
 *
 * @param record        the group's position in the file, counted from 1
 * @param id            Athena's internal group name ({@code $old_group})
 * @param label         the name the user gave the group, or {@code id} without one
 * @param dataType      what the group holds
 * @param points        the number of energy points of a mu(E) group (repeats merged), or of stored {@code @x}
 *                      values of any other group
 * @param energyMin     the lowest energy in eV of a mu(E) group, Athena's energy shift applied; NaN for other
 *                      groups
 * @param energyMax     the highest energy in eV, as {@code energyMin}
 * @param normalization Athena's stored E0 and pre-edge and post-edge ranges (NaN where not stored)
 */
public record AthenaGroupSummary(int record, String id, String label, AthenaGroup.DataType dataType, int points,
		double energyMin, double energyMax, AthenaNormalization normalization) {

	/**
	 * @return e.g. {@code 1 'Chromite' (fuhea): XMU, 251 points, 7010.71 .. 7414.70 eV, e0 7119.20 eV, pre-edge
	 *         -108.50 .. -30.00 eV, post-edge 150.00 .. 195.50 eV}; the ranges are relative to e0, as Athena
	 *         stores them, and what the file does not store is left out
	 */
	public String describe() {
		List<String> parts = new ArrayList<>(List.of(dataType.name(), points + " points"));
		if (!Double.isNaN(energyMin)) {
			parts.add(String.format(Locale.ROOT, "%.2f .. %.2f eV", energyMin, energyMax));
		}
		if (!Double.isNaN(normalization.e0())) {
			parts.add(String.format(Locale.ROOT, "e0 %.2f eV", normalization.e0()));
		}
		addRange(parts, "pre-edge", normalization.pre1(), normalization.pre2());
		addRange(parts, "post-edge", normalization.nor1(), normalization.nor2());
		return record + " '" + label + "' (" + id + "): " + String.join(", ", parts);
	}

	private static void addRange(List<String> parts, String name, double from, double to) {
		if (!Double.isNaN(from) && !Double.isNaN(to)) {
			parts.add(String.format(Locale.ROOT, "%s %.2f .. %.2f eV", name, from, to));
		}
	}

	@Override
	public String toString() {
		return describe();
	}
}
