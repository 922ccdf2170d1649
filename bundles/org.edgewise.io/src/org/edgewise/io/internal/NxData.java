package org.edgewise.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * The plottable content of one NXdata group: a signal and the axis of each of its dimensions.
 * <p>
 * Both NeXus conventions are understood. Current: the group's {@code @signal} names the signal field,
 * {@code @axes} names one axis per dimension ("." for none) and {@code @AXIS_indices} may place an axis on
 * another dimension. Old: the signal field carries {@code signal=1}, axis fields carry {@code axis=N}
 * (N counted from 1), or the signal carries {@code axes="a:b"}. An axis is used only when it is a 1-D field
 * as long as its dimension.
 */
public final class NxData {

	private final Group group;
	private final Dataset signal;
	private final String signalName;
	private final int[] shape;
	private final String[] axisNames;
	private final Dataset[] axes;

	private NxData(Group group, String signalName, Dataset signal) {
		this.group = group;
		this.signalName = signalName;
		this.signal = signal;
		this.shape = signal.getDimensions();
		this.axisNames = new String[shape.length];
		this.axes = new Dataset[shape.length];
		if (!readAxesAttribute(Hdf.strings(group, "axes"), true)) {
			readAxesAttribute(Hdf.strings(signal, "axes"), false);
		}
		readOldAxisFields();
	}

	/**
	 * @return the group's own signal with its axes, or {@code null} when the group names no signal
	 * @throws NexusFormatException if {@code @signal} names a field that does not exist
	 */
	public static NxData of(Group group) {
		String name = Hdf.string(group, "signal");
		if (name != null) {
			return of(group, name);
		}
		for (Map.Entry<String, Node> child : Hdf.children(group).entrySet()) {
			if (child.getValue() instanceof Dataset field && "1".equals(Hdf.string(field, "signal"))) {
				return new NxData(group, child.getKey(), field);
			}
		}
		return null;
	}

	/**
	 * @return the field {@code name} of {@code group} as the signal, with the axes {@code group} gives it
	 * @throws NexusFormatException if there is no such field
	 */
	public static NxData of(Group group, String name) {
		Dataset signal = Hdf.childDataset(group, name);
		if (signal == null) {
			String parent = Hdf.path(group);
			throw new NexusFormatException(parent.endsWith("/") ? parent + name : parent + "/" + name,
					"dataset does not exist");
		}
		return new NxData(group, name, signal);
	}

	/** @return true when {@code name} is an energy axis name: "energy" in any case, or containing it */
	public static boolean isEnergyName(String name) {
		return name != null && name.toLowerCase(Locale.ROOT).contains("energy");
	}

	private static boolean isEnergyUnit(String units) {
		return "ev".equalsIgnoreCase(units) || "kev".equalsIgnoreCase(units);
	}

	private boolean readAxesAttribute(List<String> names, boolean indicesOnGroup) {
		if (names.size() == 1 && names.get(0).matches(".*[:,].*")) {
			names = List.of(names.get(0).split("\\s*[:,]\\s*"));
		}
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name.isEmpty() || ".".equals(name)) {
				continue;
			}
			if (Hdf.childDataset(group, name) == null) {
				throw new NexusFormatException(Hdf.path(group) + "/" + name, "axis named in @axes of "
						+ Hdf.path(group) + " does not exist");
			}
			int[] indices = indicesOnGroup ? Hdf.ints(group, name + "_indices") : null;
			int dimension = indices != null && indices.length > 0 ? indices[0] : names.size() == shape.length ? i : -1;
			assign(dimension, name, Hdf.childDataset(group, name));
		}
		return !names.isEmpty();
	}

	private void readOldAxisFields() {
		List<Map<String, Dataset>> candidates = new ArrayList<>();
		for (int d = 0; d < shape.length; d++) {
			candidates.add(new TreeMap<>());
		}
		for (Map.Entry<String, Node> child : Hdf.children(group).entrySet()) {
			if (child.getValue() instanceof Dataset field && !child.getKey().equals(signalName)) {
				int[] axis = Hdf.ints(field, "axis");
				if (axis != null && axis.length == 1 && axis[0] >= 1 && axis[0] <= shape.length) {
					candidates.get(axis[0] - 1).put(child.getKey(), field);
				}
			}
		}
		for (int d = 0; d < shape.length; d++) {
			if (axisNames[d] == null && !candidates.get(d).isEmpty()) {
				String chosen = choose(candidates.get(d));
				assign(d, chosen, candidates.get(d).get(chosen));
			}
		}
	}

	/**
	 * @return the name of the axis to use when several fields claim one dimension (GDA gives Energy and Time
	 *         both axis=1): an energy name, then primary=1, then the first name
	 */
	private static String choose(Map<String, Dataset> fields) {
		for (String name : fields.keySet()) {
			if (isEnergyName(name)) {
				return name;
			}
		}
		for (Map.Entry<String, Dataset> field : fields.entrySet()) {
			if ("1".equals(Hdf.string(field.getValue(), "primary"))) {
				return field.getKey();
			}
		}
		return fields.keySet().iterator().next();
	}

	private void assign(int dimension, String name, Dataset field) {
		if (dimension < 0 || dimension >= shape.length || axisNames[dimension] != null) {
			return;
		}
		axisNames[dimension] = name;
		int[] dims = field == null ? null : field.getDimensions();
		axes[dimension] = dims != null && dims.length == 1 && dims[0] == shape[dimension] ? field : null;
	}

	/** @return the signal field */
	public Dataset signal() {
		return signal;
	}

	/** @return the NXdata group */
	public Group group() {
		return group;
	}

	/** @return the signal's shape */
	public int[] shape() {
		return shape.clone();
	}

	/** @return the axis name given for {@code dimension}, or {@code null} */
	public String axisName(int dimension) {
		return axisNames[dimension];
	}

	/** @return the 1-D axis field of {@code dimension}, or {@code null} if there is none */
	public Dataset axis(int dimension) {
		return axes[dimension];
	}

	/**
	 * Finds the energy dimension from the axes, never by position: the axis named "energy" (any case), else
	 * one whose name contains "energy", else one with units eV or keV.
	 *
	 * @return the dimension, or -1 when no axis looks like energy
	 * @throws NexusFormatException if two dimensions match equally well
	 */
	public int energyDimension() {
		for (int tier = 0; tier < 3; tier++) {
			int found = -1;
			for (int d = 0; d < shape.length; d++) {
				if (axes[d] != null && matches(tier, d)) {
					if (found >= 0) {
						throw new NexusFormatException(Hdf.path(group), "axes '" + axisNames[found] + "' and '"
								+ axisNames[d] + "' both look like energy; name the energy axis 'energy'");
					}
					found = d;
				}
			}
			if (found >= 0) {
				return found;
			}
		}
		return -1;
	}

	private boolean matches(int tier, int d) {
		return switch (tier) {
		case 0 -> "energy".equalsIgnoreCase(axisNames[d]);
		case 1 -> isEnergyName(axisNames[d]);
		default -> isEnergyUnit(Hdf.string(axes[d], "units"));
		};
	}

	/** @return the axis names for messages, "." where a dimension has none */
	public List<String> describeAxes() {
		List<String> names = new ArrayList<>();
		for (String name : axisNames) {
			names.add(name == null ? "." : name);
		}
		return names;
	}
}
