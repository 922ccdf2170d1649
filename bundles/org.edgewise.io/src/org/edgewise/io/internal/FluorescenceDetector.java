package org.edgewise.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.edgewise.io.NexusCandidate;
import org.edgewise.io.NexusCandidate.Kind;
import org.edgewise.io.internal.DeadTimeCorrection.Role;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * A multi-element fluorescence detector of a NeXus scan: an NXdata group whose signal holds the counts of
 * each detector element at each energy, as GDA writes an Xspress detector ({@code xspress2system/data}
 * [489, 1, 64]). Its energy dimension has an energy axis and no other dimension has an axis (those would make
 * it a map); the entry holds one 1-D {@code I0} field as long as the scan. Its counts, summed over the
 * elements, give the fluorescence If of mu = If/I0.
 * <p>
 * Each element is dead-time corrected by the {@link DeadTimeCorrection} rule when the file gives the
 * correction: fields shaped like the signal, named as that rule says (DTFactor, ICR, OCR), beside the signal
 * or in the group its {@code @target} link names (the NXdetector).
 */
public final class FluorescenceDetector {

	private final NxData data;
	private final int energyDimension;
	private final Dataset incomingBeam;
	private final Map<Role, Dataset> corrections;

	private FluorescenceDetector(NxData data, int energyDimension, Dataset incomingBeam,
			Map<Role, Dataset> corrections) {
		this.data = data;
		this.energyDimension = energyDimension;
		this.incomingBeam = incomingBeam;
		this.corrections = corrections;
	}

	/**
	 * @param entry  the NXentry holding {@code group}
	 * @param group  a group of the entry
	 * @param lookup the node at an absolute path of the file, {@code null} where there is none
	 * @return the detector, or {@code null} when {@code group} is not an NXdata group whose signal has element
	 *         dimensions beside an energy axis, or the entry holds no matching I0 field
	 * @throws NexusFormatException if several I0 fields of the entry match the scan, or the energies are
	 *                              unusable (see {@link SignalLayout#energyOrder})
	 */
	public static FluorescenceDetector of(Group entry, Group group, Function<String, Node> lookup) {
		NxData data = "NXdata".equals(Hdf.nxClass(group)) ? NxData.of(group) : null;
		int energyDimension = data == null ? -1 : data.energyDimension();
		if (energyDimension < 0 || data.shape().length < 2 || hasMapAxis(data, energyDimension)) {
			return null;
		}
		int points = data.shape()[energyDimension];
		Dataset incomingBeam = incomingBeam(entry, points);
		if (incomingBeam == null) {
			return null;
		}
		SignalLayout.energyOrder(data.axis(energyDimension), points);
		return new FluorescenceDetector(data, energyDimension, incomingBeam, corrections(data, lookup));
	}

	private static boolean hasMapAxis(NxData data, int energyDimension) {
		for (int d = 0; d < data.shape().length; d++) {
			if (d != energyDimension && data.axis(d) != null) {
				return true;
			}
		}
		return false;
	}

	/** @return the entry's one 1-D I0 field of {@code points} values, {@code null} when it has none */
	private static Dataset incomingBeam(Group entry, int points) {
		List<Dataset> found = new ArrayList<>();
		for (Group group : Hdf.childGroups(entry, "NXdata")) {
			Dataset i0 = Hdf.childDataset(group, "I0");
			if (i0 != null && Arrays.equals(i0.getDimensions(), new int[] { points })) {
				found.add(i0);
			}
		}
		if (found.size() > 1) {
			throw new NexusFormatException(Hdf.path(entry), "several I0 fields could normalise the detector: "
					+ found.stream().map(Hdf::path).toList());
		}
		return found.isEmpty() ? null : found.get(0);
	}

	private static Map<Role, Dataset> corrections(NxData data, Function<String, Node> lookup) {
		Map<Role, Dataset> found = new EnumMap<>(Role.class);
		List<Group> homes = new ArrayList<>(List.of(data.group()));
		String target = Hdf.string(data.signal(), "target");
		int slash = target == null ? -1 : target.lastIndexOf('/');
		if (slash > 0 && lookup.apply(target.substring(0, slash)) instanceof Group detector) {
			homes.add(detector);
		}
		for (Group home : homes) {
			for (Map.Entry<String, Node> child : Hdf.children(home).entrySet()) {
				Role role = DeadTimeCorrection.roleOf(child.getKey());
				if (role != null && child.getValue() instanceof Dataset field
						&& Arrays.equals(field.getDimensions(), data.shape())) {
					found.putIfAbsent(role, field);
				}
			}
		}
		return found;
	}

	/** @return the candidate the detector offers: its NXdata group's path, the signal's shape and axes */
	public NexusCandidate candidate() {
		return new NexusCandidate(Hdf.path(data.group()), Kind.FLUORESCENCE, data.shape(), data.describeAxes(),
				energyDimension);
	}

	/** @return the energy axis of the signal */
	public Dataset energy() {
		return data.axis(energyDimension);
	}

	/** @return the I0 field the summed counts are divided by */
	public Dataset incomingBeam() {
		return incomingBeam;
	}

	/** @return the dead-time corrected counts summed over the elements, one value per energy, in file order */
	public double[] summedCounts() {
		double[] counts = corrected(Hdf.doubles(data.signal()));
		int[] shape = data.shape();
		int points = shape[energyDimension];
		int inner = 1;
		for (int d = energyDimension + 1; d < shape.length; d++) {
			inner *= shape[d];
		}
		double[] sum = new double[points];
		for (int i = 0; i < counts.length; i++) {
			sum[i / inner % points] += counts[i];
		}
		return sum;
	}

	private double[] corrected(double[] counts) {
		Dataset factor = corrections.get(Role.FACTOR);
		Dataset inputRate = corrections.get(Role.INPUT_RATE);
		Dataset outputRate = corrections.get(Role.OUTPUT_RATE);
		if (factor != null) {
			return DeadTimeCorrection.byFactor(counts, Hdf.doubles(factor));
		}
		return inputRate != null && outputRate != null
				? DeadTimeCorrection.byRates(counts, Hdf.doubles(inputRate), Hdf.doubles(outputRate))
				: counts;
	}

	/**
	 * @return how mu is formed, e.g. {@code sum over 64 elements of /entry1/xspress2system/data /
	 *         /entry1/counterTimer01/I0}, the counts written {@code (counts * factor)} or
	 *         {@code (counts * icr / ocr)} when they are dead-time corrected
	 */
	public String formula() {
		int elements = 1;
		for (int d = 0; d < data.shape().length; d++) {
			elements *= d == energyDimension ? 1 : data.shape()[d];
		}
		String counts = Hdf.path(data.signal());
		if (corrections.containsKey(Role.FACTOR)) {
			counts = "(" + counts + " * " + Hdf.path(corrections.get(Role.FACTOR)) + ")";
		} else if (corrections.containsKey(Role.INPUT_RATE) && corrections.containsKey(Role.OUTPUT_RATE)) {
			counts = "(" + counts + " * " + Hdf.path(corrections.get(Role.INPUT_RATE)) + " / "
					+ Hdf.path(corrections.get(Role.OUTPUT_RATE)) + ")";
		}
		return "sum over " + elements + " elements of " + counts + " / " + Hdf.path(incomingBeam);
	}
}
