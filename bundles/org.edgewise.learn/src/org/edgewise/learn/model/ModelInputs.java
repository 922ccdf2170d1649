package org.edgewise.learn.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a model reads: a number of input values, either anonymous, named (descriptors such as
 * "coordination number"), or the intensities of a spectrum on a fixed energy grid. An analysis uses the
 * grid to bring a spectrum onto the model's inputs before predicting. Immutable.
 */
public final class ModelInputs {

	private static final Set<String> FIELDS = Set.of("count", "names", "energies", "unit");

	private final int count;
	private final List<String> names;
	private final double[] energies;
	private final String energyUnit;

	private ModelInputs(int count, List<String> names, double[] energies, String energyUnit) {
		this.count = count;
		this.names = names;
		this.energies = energies;
		this.energyUnit = energyUnit;
	}

	/**
	 * @param count the number of input values, at least 1
	 * @return inputs known only by their number
	 * @throws IllegalArgumentException when the count is below 1
	 */
	public static ModelInputs count(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("a model needs at least one input, got " + count);
		}
		return new ModelInputs(count, List.of(), new double[0], null);
	}

	/**
	 * @param names one name per input value, in input order; unique and not blank
	 * @return named inputs
	 * @throws IllegalArgumentException when there are no names, or a name is blank or repeated
	 */
	public static ModelInputs named(List<String> names) {
		if (names.isEmpty()) {
			throw new IllegalArgumentException("a model needs at least one input name");
		}
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("input names must not be blank: " + names);
			}
			if (!seen.add(name)) {
				throw new IllegalArgumentException("input name '" + name + "' is repeated");
			}
		}
		return new ModelInputs(names.size(), List.copyOf(names), new double[0], null);
	}

	/**
	 * @param energies the energy of each input value, finite and strictly increasing; copied
	 * @param unit     the energies' unit, e.g. "eV"
	 * @return inputs that are a spectrum's intensities at these energies
	 * @throws IllegalArgumentException when the grid is empty, not finite or not strictly increasing, or the
	 *                                  unit is blank
	 */
	public static ModelInputs energyGrid(double[] energies, String unit) {
		if (energies.length == 0) {
			throw new IllegalArgumentException("an energy grid needs at least one energy");
		}
		for (int i = 0; i < energies.length; i++) {
			if (!Double.isFinite(energies[i]) || (i > 0 && !(energies[i] > energies[i - 1]))) {
				throw new IllegalArgumentException("energy grid value " + i + " (" + energies[i]
						+ ") is not finite or not above the one before");
			}
		}
		if (unit == null || unit.isBlank()) {
			throw new IllegalArgumentException("an energy grid needs a unit, e.g. \"eV\"");
		}
		return new ModelInputs(energies.length, List.of(), energies.clone(), unit);
	}

	/** @return the number of input values, at least 1 */
	public int count() {
		return count;
	}

	/** @return the inputs' names in input order; empty unless the inputs are named */
	public List<String> names() {
		return names;
	}

	/** @return whether the inputs are a spectrum on an energy grid */
	public boolean isEnergyGrid() {
		return energyUnit != null;
	}

	/** @return a copy of the grid's energies, one per input; empty unless the inputs are an energy grid */
	public double[] energies() {
		return energies.clone();
	}

	/** @return the grid's energy unit; empty unless the inputs are an energy grid */
	public Optional<String> energyUnit() {
		return Optional.ofNullable(energyUnit);
	}

	/** @return the JSON object the card holds: the count, and the names or the energies and unit */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("count", count);
		if (!names.isEmpty()) {
			json.put("names", names);
		}
		if (isEnergyGrid()) {
			json.put("energies", Arrays.stream(energies).boxed().toList());
			json.put("unit", energyUnit);
		}
		return json;
	}

	/**
	 * @param fields an object as {@link #toJson()} writes it
	 * @return the inputs it describes
	 * @throws ModelFormatException naming the field that is missing, unknown, of the wrong type, or
	 *                              inconsistent with the count
	 */
	static ModelInputs fromJson(JsonFields fields) {
		fields.allowOnly(FIELDS);
		int count = fields.integer("count");
		if (fields.has("names") && (fields.has("energies") || fields.has("unit"))) {
			throw fields.error("names", "inputs have names or an energy grid, not both");
		}
		ModelInputs inputs;
		if (fields.has("names")) {
			List<String> names = fields.strings("names");
			inputs = fields.validated("names", () -> named(names));
		} else if (fields.has("energies") || fields.has("unit")) {
			double[] energies = fields.numbers("energies");
			String unit = fields.string("unit");
			inputs = fields.validated("energies", () -> energyGrid(energies, unit));
		} else {
			inputs = fields.validated("count", () -> count(count));
		}
		if (inputs.count != count) {
			throw fields.error("count", count + " does not match the " + inputs.count + " names or energies");
		}
		return inputs;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelInputs that && count == that.count && names.equals(that.names)
				&& Arrays.equals(energies, that.energies) && Objects.equals(energyUnit, that.energyUnit);
	}

	@Override
	public int hashCode() {
		return Objects.hash(count, names, Arrays.hashCode(energies), energyUnit);
	}

	@Override
	public String toString() {
		if (isEnergyGrid()) {
			return count + " energies from " + energies[0] + " to " + energies[count - 1] + " " + energyUnit;
		}
		return names.isEmpty() ? count + " inputs" : names.toString();
	}
}
