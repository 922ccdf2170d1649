package org.edgewise.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.SpectrumMetadata;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * An NXdata signal read as spectra: which of its dimensions is energy, how the file's energies map onto the
 * ascending axis in eV, the axes of the other (map) dimensions and the metadata. Reading the signal whole
 * and reading it tile by tile share this.
 */
public final class SignalLayout {

	private final Dataset signal;
	private final int[] shape;
	private final int energyDimension;
	private final EnergyOrder order;
	private final List<DataAxis> mapAxes;
	private final SpectrumMetadata metadata;

	private SignalLayout(Dataset signal, int energyDimension, EnergyOrder order, List<DataAxis> mapAxes,
			SpectrumMetadata metadata) {
		this.signal = signal;
		this.shape = signal.getDimensions();
		this.energyDimension = energyDimension;
		this.order = order;
		this.mapAxes = List.copyOf(mapAxes);
		this.metadata = metadata;
	}

	/**
	 * Finds the energy dimension (see {@link NxData#energyDimension()}; a 1-D signal without an energy axis
	 * takes a matching energy field from another NXdata group of the entry), reads the energies and the map
	 * axes.
	 *
	 * @param file  the file, for the metadata
	 * @param entry the NXentry holding the signal (the root when it is outside one)
	 * @throws NexusFormatException if the signal is a single value, has no energy axis, or its energies are
	 *                              unusable
	 */
	public static SignalLayout of(Path file, Group entry, NxData data) {
		int[] shape = data.shape();
		if (shape.length == 0) {
			throw new NexusFormatException(Hdf.path(data.signal()), "signal is a single value, not a spectrum");
		}
		EnergyField energy = energyOf(entry, data);
		EnergyOrder order = energyOrder(energy.field(), shape[energy.dimension()]);
		List<DataAxis> mapAxes = new ArrayList<>();
		for (int d = 0; d < shape.length; d++) {
			if (d != energy.dimension()) {
				mapAxes.add(mapAxis(data, d, shape[d]));
			}
		}
		return new SignalLayout(data.signal(), energy.dimension(), order, mapAxes,
				metadata(file, entry, Hdf.path(data.signal())));
	}

	/** An energy axis field and the signal dimension it belongs to. */
	public record EnergyField(int dimension, Dataset field) {
	}

	/**
	 * @return the energy axis among the signal's axes or, for a 1-D signal, an energy field of another
	 *         NXdata group of the entry
	 * @throws NexusFormatException if there is none
	 */
	public static EnergyField energyOf(Group entry, NxData data) {
		int dimension = data.energyDimension();
		if (dimension >= 0) {
			return new EnergyField(dimension, data.axis(dimension));
		}
		Dataset elsewhere = data.shape().length == 1 ? energyElsewhere(entry, data.shape()[0]) : null;
		if (elsewhere == null) {
			throw new NexusFormatException(Hdf.path(data.signal()), "no energy axis among the axes "
					+ data.describeAxes() + " (expected an axis named 'energy' or with units eV)");
		}
		return new EnergyField(0, elsewhere);
	}

	/** Old GDA files keep the energy axis in a sibling NXdata group (entry1/FFI0/Energy, axis=1). */
	private static Dataset energyElsewhere(Group entry, int length) {
		for (Group group : Hdf.childGroups(entry, "NXdata")) {
			for (Map.Entry<String, Node> child : Hdf.children(group).entrySet()) {
				if (child.getValue() instanceof Dataset field && NxData.isEnergyName(child.getKey())
						&& field.getDimensions().length == 1 && field.getDimensions()[0] == length) {
					return field;
				}
			}
		}
		return null;
	}

	/**
	 * @param energy         an energy field; its {@code units} may be eV or keV, none means eV
	 * @param expectedLength how many energies the data it belongs to has
	 * @return the order of its energies in eV
	 * @throws NexusFormatException if the length or units do not fit or the energies are unusable
	 */
	public static EnergyOrder energyOrder(Dataset energy, int expectedLength) {
		double[] values = Hdf.doubles(energy);
		if (values.length != expectedLength) {
			throw new NexusFormatException(Hdf.path(energy), "has " + values.length + " points where "
					+ expectedLength + " are expected");
		}
		String units = Hdf.string(energy, "units");
		double scale;
		if (units == null || units.isBlank() || units.equalsIgnoreCase("eV")) {
			scale = 1;
		} else if (units.equalsIgnoreCase("keV")) {
			scale = 1000;
		} else {
			throw new NexusFormatException(Hdf.path(energy), "energy units '" + units + "' are neither eV nor keV");
		}
		double[] ev = new double[values.length];
		for (int i = 0; i < ev.length; i++) {
			ev[i] = values[i] * scale;
		}
		try {
			return EnergyOrder.of(ev);
		} catch (IllegalArgumentException e) {
			throw new NexusFormatException(Hdf.path(energy), e.getMessage());
		}
	}

	private static DataAxis mapAxis(NxData data, int dimension, int length) {
		Dataset axis = data.axis(dimension);
		String name = data.axisName(dimension) != null ? data.axisName(dimension) : "dim" + dimension;
		if (axis == null) {
			return DataAxis.index(name, length);
		}
		return new DataAxis(name, Hdf.string(axis, "units"), Hdf.doubles(axis));
	}

	/** @return what the entry says about the sample, element and edge, with the file and the source path */
	public static SpectrumMetadata metadata(Path file, Group entry, String sourcePath) {
		List<Group> samples = Hdf.childGroups(entry, "NXsample");
		return new SpectrumMetadata(field(Hdf.childGroup(entry, "element"), "name"),
				field(Hdf.childGroup(entry, "edge"), "name"), null,
				field(samples.isEmpty() ? null : samples.get(0), "name"), file.toString(), sourcePath);
	}

	private static String field(Group group, String name) {
		Dataset field = group == null ? null : Hdf.childDataset(group, name);
		return field == null ? null : Hdf.text(field);
	}

	/** @return the signal dataset */
	public Dataset signal() {
		return signal;
	}

	/** @return the signal's shape in the file */
	public int[] shape() {
		return shape.clone();
	}

	/** @return which dimension of the signal is energy */
	public int energyDimension() {
		return energyDimension;
	}

	/** @return how the file's energies map onto the ascending axis in eV */
	public EnergyOrder order() {
		return order;
	}

	/** @return one axis per map dimension, in signal order */
	public List<DataAxis> mapAxes() {
		return mapAxes;
	}

	/** @return the metadata, with the signal's path as source */
	public SpectrumMetadata metadata() {
		return metadata;
	}
}
