package org.edgewise.learn.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a model predicts: either quantities with units (a regression, one output value per quantity) or
 * the probabilities of classes (a classification, one output value per class label), in the order of the
 * model's output row. Immutable.
 */
public final class ModelOutputs {

	private static final Set<String> FIELDS = Set.of("quantities", "classes");
	private static final Set<String> QUANTITY_FIELDS = Set.of("name", "unit");

	/**
	 * A predicted quantity.
	 *
	 * @param name what the value is, e.g. "average bond length"; not blank
	 * @param unit its unit, e.g. "angstrom"; empty for a dimensionless quantity
	 */
	public record Quantity(String name, String unit) {

		/** @throws IllegalArgumentException when the name is blank or the unit null */
		public Quantity {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("an output quantity needs a name");
			}
			if (unit == null) {
				throw new IllegalArgumentException("output quantity '" + name
						+ "' needs a unit (empty for a dimensionless quantity)");
			}
		}
	}

	private final List<Quantity> quantities;
	private final List<String> classLabels;

	private ModelOutputs(List<Quantity> quantities, List<String> classLabels) {
		this.quantities = quantities;
		this.classLabels = classLabels;
	}

	/**
	 * @param quantities the predicted quantities in output order; names unique
	 * @return the outputs of a regression
	 * @throws IllegalArgumentException when there are none or a name is repeated
	 */
	public static ModelOutputs quantities(List<Quantity> quantities) {
		requireUnique(quantities.stream().map(Quantity::name).toList(), "output quantity");
		return new ModelOutputs(List.copyOf(quantities), List.of());
	}

	/**
	 * @param labels the class labels in output order, e.g. "T4", "SP5", "O6"; unique and not blank
	 * @return the outputs of a classification, one probability per class
	 * @throws IllegalArgumentException when there are fewer than two labels, or a label is blank or repeated
	 */
	public static ModelOutputs classes(List<String> labels) {
		if (labels.size() < 2) {
			throw new IllegalArgumentException("a classification needs at least two classes, got " + labels);
		}
		requireUnique(labels, "class label");
		return new ModelOutputs(List.of(), List.copyOf(labels));
	}

	/** @return whether the outputs are class probabilities */
	public boolean isClassification() {
		return !classLabels.isEmpty();
	}

	/** @return the number of output values per prediction */
	public int count() {
		return isClassification() ? classLabels.size() : quantities.size();
	}

	/** @return the predicted quantities in output order; empty for a classification */
	public List<Quantity> quantities() {
		return quantities;
	}

	/** @return the class labels in output order; empty for a regression */
	public List<String> classLabels() {
		return classLabels;
	}

	/** @return the JSON object the card holds: {"classes": [...]} or {"quantities": [{"name", "unit"}, ...]} */
	Map<String, Object> toJson() {
		if (isClassification()) {
			return Map.of("classes", classLabels);
		}
		return Map.of("quantities", quantities.stream().map(q -> Map.of("name", q.name(), "unit", q.unit())).toList());
	}

	/**
	 * @param fields an object as {@link #toJson()} writes it
	 * @return the outputs it describes
	 * @throws ModelFormatException naming the field that is missing, unknown or of the wrong type
	 */
	static ModelOutputs fromJson(JsonFields fields) {
		fields.allowOnly(FIELDS);
		if (fields.has("classes") == fields.has("quantities")) {
			throw fields.error("classes", "outputs have either classes or quantities");
		}
		if (fields.has("classes")) {
			List<String> labels = fields.strings("classes");
			return fields.validated("classes", () -> classes(labels));
		}
		List<Quantity> quantities = new ArrayList<>();
		for (int i = 0; i < fields.array("quantities").size(); i++) {
			JsonFields quantity = fields.element("quantities", i).allowOnly(QUANTITY_FIELDS);
			quantities.add(new Quantity(quantity.string("name"), quantity.text("unit")));
		}
		return fields.validated("quantities", () -> quantities(quantities));
	}

	private static void requireUnique(List<String> names, String what) {
		if (names.isEmpty()) {
			throw new IllegalArgumentException("a model needs at least one " + what);
		}
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException(what + "s must not be blank: " + names);
			}
			if (!seen.add(name)) {
				throw new IllegalArgumentException(what + " '" + name + "' is repeated");
			}
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelOutputs that && quantities.equals(that.quantities)
				&& classLabels.equals(that.classLabels);
	}

	@Override
	public int hashCode() {
		return 31 * quantities.hashCode() + classLabels.hashCode();
	}

	@Override
	public String toString() {
		return isClassification() ? "classes " + classLabels : quantities.toString();
	}
}
