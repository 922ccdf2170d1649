package org.edgewise.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.Hdf;
import org.edgewise.io.internal.HdfSource;
import org.edgewise.io.internal.NexusFormatException;
import org.edgewise.io.internal.NxData;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads absorption spectra from a NeXus/HDF5 file.
 * <p>
 * Which data become the spectra is decided by these rules, in order, and the chosen HDF5 path is recorded
 * in {@link SpectrumMetadata#sourcePath()}:
 * <ol>
 * <li>The entry: the NXentry named by the root's {@code @default}, else the first NXentry by name.</li>
 * <li>An NXxas entry ({@code definition = NXxas}) whose NXinstrument has {@code incoming_beam} and
 * {@code absorbed_beam} groups: energy from {@code INSTRUMENT/monochromator/energy}, I0 from
 * {@code INSTRUMENT/incoming_beam/data}, the sample signal from {@code INSTRUMENT/absorbed_beam/data};
 * mu = ln(I0/It) when the NXdata's {@code mode} field is "Transmission" or absent, mu = If/I0 when it is
 * "Fluorescence". (An NXxas entry without these beams, as the newer NXxas writes it, goes on to rule 4.)</li>
 * <li>A transmission scan: the first NXdata group of the entry (by name) holding fields {@code I0} and
 * {@code It} gives mu = ln(I0/It), as a GDA XAS scan stores it.</li>
 * <li>Otherwise the NXdata signal: the NXdata named by the entry's {@code @default}, else the first NXdata
 * group (by name) that names a signal. Its energy dimension is the one whose axis is called "energy" (or
 * contains it, or has units eV/keV), never assumed by position; a 1-D signal without such an axis takes a
 * matching energy field from another NXdata group of the entry. The other dimensions become the map
 * dimensions, with their axes (values and units) where the file gives them.</li>
 * </ol>
 * Energies are converted to eV (the axis's {@code units} may be eV or keV; none means eV), sorted ascending,
 * and repeated energies merged into their mean. The whole signal is read into memory.
 */
public final class NexusSpectrumReader {

	private final Path file;
	private final HdfFile root;

	private NexusSpectrumReader(Path file, HdfFile root) {
		this.file = file;
		this.root = root;
	}

	/**
	 * Reads the spectra the rules above select.
	 *
	 * @throws SpectrumFileException if the file is not HDF5, is damaged, or holds no spectra by these rules
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		return read(file, null);
	}

	/**
	 * Reads one named signal instead of applying the rules: the dataset at {@code signalPath}, with the axes
	 * its parent NXdata group gives it.
	 *
	 * @param signalPath absolute HDF5 path of the signal dataset, e.g. "/entry1/counter0/data"; {@code null}
	 *                   applies the rules
	 * @throws SpectrumFileException if the dataset does not exist or has no energy axis
	 */
	public static SpectrumSet read(Path file, String signalPath) throws SpectrumFileException {
		try (HdfSource source = HdfSource.open(file)) {
			NexusSpectrumReader reader = new NexusSpectrumReader(file, source.file());
			return signalPath == null ? reader.readByRules() : reader.readSignal(signalPath);
		} catch (NexusFormatException e) {
			throw new SpectrumFileException(file, e.path(), e.getMessage(), e);
		} catch (SpectrumFileException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// jhdf reports damaged files with assorted unchecked exceptions
			throw new SpectrumFileException(file, null, "cannot read HDF5 content: " + Hdf.describe(e), e);
		}
	}

	private SpectrumSet readSignal(String signalPath) {
		int slash = signalPath.lastIndexOf('/');
		String parentPath = slash <= 0 ? "/" : signalPath.substring(0, slash);
		if (!(nodeOrNull(parentPath) instanceof Group parent)) {
			throw new NexusFormatException(signalPath, "dataset does not exist");
		}
		return fromNxData(entryOf(signalPath), NxData.of(parent, signalPath.substring(slash + 1)));
	}

	private Node nodeOrNull(String path) {
		try {
			return root.getByPath(path);
		} catch (RuntimeException notThere) {
			// jhdf throws HdfInvalidPathException for a missing path
			return null;
		}
	}

	/** @return the NXentry at the top of {@code path}, or the root when the path is not inside one */
	private Group entryOf(String path) {
		String[] parts = path.split("/");
		Node top = parts.length > 2 ? nodeOrNull("/" + parts[1]) : null;
		return top instanceof Group group && "NXentry".equals(Hdf.nxClass(group)) ? group : root;
	}

	private SpectrumSet readByRules() {
		Group entry = entry();
		Group instrument = first(Hdf.childGroups(entry, "NXinstrument"));
		if ("NXxas".equalsIgnoreCase(definition(entry)) && instrument != null
				&& Hdf.childGroup(instrument, "incoming_beam") != null
				&& Hdf.childGroup(instrument, "absorbed_beam") != null) {
			return readXas(entry, instrument);
		}
		for (Group data : Hdf.childGroups(entry, "NXdata")) {
			Dataset i0 = Hdf.childDataset(data, "I0");
			Dataset it = Hdf.childDataset(data, "It");
			if (i0 != null && it != null) {
				if (i0.getDimensions().length != 1 || it.getDimensions().length != 1) {
					throw new NexusFormatException(Hdf.path(data), "I0 and It must be 1-D scans to give ln(I0/It)");
				}
				Dataset energy = energyOf(entry, NxData.of(data, "I0")).field();
				return scan(entry, energy, transmission(i0, it), "ln(I0/It)",
						"ln(" + Hdf.path(i0) + " / " + Hdf.path(it) + ")", "transmission");
			}
		}
		NxData data = defaultData(entry);
		if (data == null) {
			throw new NexusFormatException(Hdf.path(entry), "no NXdata group with a signal, and no I0/It scan");
		}
		return fromNxData(entry, data);
	}

	private Group entry() {
		String name = Hdf.string(root, "default");
		Group chosen = name == null ? null : Hdf.childGroup(root, name);
		if (chosen != null && "NXentry".equals(Hdf.nxClass(chosen))) {
			return chosen;
		}
		List<Group> entries = Hdf.childGroups(root, "NXentry");
		if (entries.isEmpty()) {
			throw new NexusFormatException("/", "no NXentry group at the top level");
		}
		return entries.get(0);
	}

	private static String definition(Group entry) {
		Dataset definition = Hdf.childDataset(entry, "definition");
		return definition == null ? null : Hdf.text(definition);
	}

	private static NxData defaultData(Group entry) {
		String name = Hdf.string(entry, "default");
		Group named = name == null ? null : Hdf.childGroup(entry, name);
		if (named != null && "NXdata".equals(Hdf.nxClass(named))) {
			NxData data = NxData.of(named);
			if (data != null) {
				return data;
			}
		}
		for (Group group : Hdf.childGroups(entry, "NXdata")) {
			NxData data = NxData.of(group);
			if (data != null) {
				return data;
			}
		}
		return null;
	}

	private SpectrumSet readXas(Group entry, Group instrument) {
		String path = Hdf.path(instrument);
		Dataset energy = dataset(path + "/monochromator/energy");
		Dataset incoming = dataset(path + "/incoming_beam/data");
		Dataset absorbed = dataset(path + "/absorbed_beam/data");
		NxData data = defaultData(entry);
		Dataset modeField = data == null ? null : Hdf.childDataset(data.group(), "mode");
		String text = modeField == null ? null : Hdf.text(modeField);
		String mode = text == null ? "transmission" : text.toLowerCase(Locale.ROOT);
		if (mode.startsWith("trans")) {
			return scan(entry, energy, transmission(incoming, absorbed), "ln(I0/It)",
					"ln(" + Hdf.path(incoming) + " / " + Hdf.path(absorbed) + ")", "transmission");
		}
		if (mode.startsWith("fluo")) {
			return scan(entry, energy, fluorescence(incoming, absorbed), "If/I0",
					Hdf.path(absorbed) + " / " + Hdf.path(incoming), "fluorescence");
		}
		throw new NexusFormatException(Hdf.path(modeField),
				"mode '" + mode + "' is neither Transmission nor Fluorescence");
	}

	private Dataset dataset(String path) {
		Node node = nodeOrNull(path);
		if (node instanceof Dataset dataset) {
			return dataset;
		}
		throw new NexusFormatException(path, node == null ? "dataset does not exist" : "is a group, not a dataset");
	}

	private double[] transmission(Dataset i0, Dataset it) {
		double[] incoming = values(i0);
		double[] transmitted = sameLength(it, values(it), incoming.length);
		double[] mu = new double[incoming.length];
		for (int k = 0; k < mu.length; k++) {
			if (!(incoming[k] > 0 && transmitted[k] > 0)) {
				throw new NexusFormatException(Hdf.path(it),
						"ln(I0/It) undefined at point " + k + ": I0 = " + incoming[k] + ", It = " + transmitted[k]);
			}
			mu[k] = Math.log(incoming[k] / transmitted[k]);
		}
		return mu;
	}

	private double[] fluorescence(Dataset i0, Dataset fluorescence) {
		double[] incoming = values(i0);
		double[] emitted = sameLength(fluorescence, values(fluorescence), incoming.length);
		double[] mu = new double[incoming.length];
		for (int k = 0; k < mu.length; k++) {
			if (incoming[k] == 0) {
				throw new NexusFormatException(Hdf.path(i0), "If/I0 undefined at point " + k + ": I0 = 0");
			}
			mu[k] = emitted[k] / incoming[k];
		}
		return mu;
	}

	private static double[] sameLength(Dataset field, double[] values, int length) {
		if (values.length != length) {
			throw new NexusFormatException(Hdf.path(field), "has " + values.length + " points where " + length
					+ " are expected");
		}
		return values;
	}

	/** One spectrum computed from scan fields. */
	private SpectrumSet scan(Group entry, Dataset energy, double[] mu, String label, String sourcePath,
			String mode) {
		EnergyOrder order = order(energy, mu.length);
		SpectrumMetadata metadata = metadata(entry, sourcePath).withMode(mode);
		return SpectrumSet.of(List.of(new Spectrum(order.axis(), order.apply(mu), label, metadata)), metadata);
	}

	private SpectrumSet fromNxData(Group entry, NxData data) {
		Dataset signal = data.signal();
		int[] shape = data.shape();
		if (shape.length == 0) {
			throw new NexusFormatException(Hdf.path(signal), "signal is a single value, not a spectrum");
		}
		EnergyField energy = energyOf(entry, data);
		int energyDimension = energy.dimension();
		EnergyOrder order = order(energy.field(), shape[energyDimension]);
		int outer = product(shape, 0, energyDimension);
		int inner = product(shape, energyDimension + 1, shape.length);
		double[] mu = order.apply(values(signal), outer, inner);
		int[] orderedShape = shape.clone();
		orderedShape[energyDimension] = order.axis().size();
		DoubleDataset dataset = DatasetFactory.createFromObject(DoubleDataset.class, mu, orderedShape);
		List<DataAxis> mapAxes = new ArrayList<>();
		for (int d = 0; d < shape.length; d++) {
			if (d != energyDimension) {
				mapAxes.add(mapAxis(data, d, shape[d]));
			}
		}
		return SpectrumSet.ofMap(order.axis(), dataset, energyDimension, mapAxes, metadata(entry, Hdf.path(signal)));
	}

	/** An energy axis field and the signal dimension it belongs to. */
	private record EnergyField(int dimension, Dataset field) {
	}

	/**
	 * @return the energy axis among the signal's axes or, for a 1-D signal, an energy field of another
	 *         NXdata group of the entry
	 * @throws NexusFormatException if there is none
	 */
	private static EnergyField energyOf(Group entry, NxData data) {
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

	private DataAxis mapAxis(NxData data, int dimension, int length) {
		Dataset axis = data.axis(dimension);
		String name = data.axisName(dimension) != null ? data.axisName(dimension) : "dim" + dimension;
		if (axis == null) {
			return DataAxis.index(name, length);
		}
		return new DataAxis(name, Hdf.string(axis, "units"), values(axis));
	}

	private EnergyOrder order(Dataset energy, int expectedLength) {
		double[] values = sameLength(energy, values(energy), expectedLength);
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

	private static double[] values(Dataset dataset) {
		try {
			return Hdf.doubles(dataset);
		} catch (NexusFormatException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new NexusFormatException(Hdf.path(dataset), "cannot read values: " + Hdf.describe(e));
		}
	}

	private SpectrumMetadata metadata(Group entry, String sourcePath) {
		Group sample = first(Hdf.childGroups(entry, "NXsample"));
		return new SpectrumMetadata(field(Hdf.childGroup(entry, "element"), "name"),
				field(Hdf.childGroup(entry, "edge"), "name"), null, field(sample, "name"), file.toString(), sourcePath);
	}

	private static Group first(List<Group> groups) {
		return groups.isEmpty() ? null : groups.get(0);
	}

	private static String field(Group group, String name) {
		Dataset field = group == null ? null : Hdf.childDataset(group, name);
		return field == null ? null : Hdf.text(field);
	}

	private static int product(int[] shape, int from, int to) {
		int product = 1;
		for (int d = from; d < to; d++) {
			product *= shape[d];
		}
		return product;
	}
}
