package org.edgewise.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.edgewise.io.AmbiguousSignalException;
import org.edgewise.io.NexusCandidate;
import org.edgewise.io.NexusCandidate.Kind;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * What in an open NeXus file can be read as spectra, and which of it the reading rules choose when the caller
 * names nothing (the rules are documented on {@link org.edgewise.io.NexusSpectrumReader}). A candidate is
 * listed only when it can be read: its energies are found, in eV or keV, with at least two distinct values.
 * A damaged file is not passed over this way: the {@link HdfReadException} of a group or dataset jhdf cannot
 * read goes to the caller.
 */
public final class NexusCandidates {

	private final Path file;
	private final HdfFile root;

	/** @param file the file {@code root} was opened from, for metadata and messages */
	public NexusCandidates(Path file, HdfFile root) {
		this.file = file;
		this.root = root;
	}

	/** @return the candidates of every NXentry, entries and their groups in name order */
	public List<NexusCandidate> all() {
		List<NexusCandidate> found = new ArrayList<>();
		for (Group entry : Hdf.childGroups(root, "NXentry")) {
			found.addAll(inEntry(entry));
		}
		return found;
	}

	private List<NexusCandidate> inEntry(Group entry) {
		List<NexusCandidate> found = new ArrayList<>();
		Group instrument = xasInstrument(entry);
		if (instrument != null) {
			addIfReadable(found, () -> xas(entry, instrument));
		}
		for (Group group : Hdf.childGroups(entry, "NXdata")) {
			if (holdsTransmission(group)) {
				addIfReadable(found, () -> transmission(entry, group));
			}
			addIfReadable(found, () -> {
				FluorescenceDetector detector = FluorescenceDetector.of(entry, group, this::nodeOrNull);
				return detector == null ? null : detector.candidate();
			});
			addIfReadable(found, () -> {
				NxData data = NxData.of(group);
				return data == null ? null : signal(entry, data);
			});
		}
		return found;
	}

	private static void addIfReadable(List<NexusCandidate> found, Supplier<NexusCandidate> builder) {
		try {
			NexusCandidate candidate = builder.get();
			if (candidate != null) {
				found.add(candidate);
			}
		} catch (NexusFormatException | IllegalArgumentException notSpectra) {
			// not listed: reading it by name reports why
		}
	}

	/**
	 * Applies the reading rules: the entry, then its NXxas beams, then its one I0/It scan, then its
	 * {@code @default} NXdata or its one NXdata signal with an energy axis.
	 *
	 * @return the chosen candidate
	 * @throws AmbiguousSignalException if a rule finds several candidates and no {@code @default} chooses
	 * @throws NexusFormatException     if the rules find nothing readable; the message says what is missing
	 */
	public NexusCandidate chosen() throws AmbiguousSignalException {
		Group entry = entry();
		Group instrument = xasInstrument(entry);
		if (instrument != null) {
			return xas(entry, instrument);
		}
		List<NexusCandidate> transmissions = new ArrayList<>();
		for (Group group : Hdf.childGroups(entry, "NXdata")) {
			if (holdsTransmission(group)) {
				transmissions.add(transmission(entry, group));
			}
		}
		if (!transmissions.isEmpty()) {
			return only(entry, transmissions);
		}
		NxData named = defaultData(entry);
		if (named != null) {
			return signal(entry, named);
		}
		List<NexusCandidate> signals = new ArrayList<>();
		NexusFormatException firstProblem = null;
		for (Group group : Hdf.childGroups(entry, "NXdata")) {
			NxData data = NxData.of(group);
			try {
				if (data != null) {
					signals.add(signal(entry, data));
				}
			} catch (NexusFormatException e) {
				firstProblem = firstProblem == null ? e : firstProblem;
			}
		}
		if (!signals.isEmpty()) {
			return only(entry, signals);
		}
		throw firstProblem != null ? firstProblem
				: new NexusFormatException(Hdf.path(entry), "no NXdata group with a signal, and no I0/It scan");
	}

	private NexusCandidate only(Group entry, List<NexusCandidate> candidates) throws AmbiguousSignalException {
		if (candidates.size() > 1) {
			throw new AmbiguousSignalException(file, Hdf.path(entry), candidates);
		}
		return candidates.get(0);
	}

	/** The root's {@code @default} entry, else the only NXentry, else the only NXentry holding candidates. */
	private Group entry() throws AmbiguousSignalException {
		String name = Hdf.string(root, "default");
		Group named = name == null ? null : Hdf.childGroup(root, name);
		if (named != null && "NXentry".equals(Hdf.nxClass(named))) {
			return named;
		}
		List<Group> entries = Hdf.childGroups(root, "NXentry");
		if (entries.isEmpty()) {
			throw new NexusFormatException("/", "no NXentry group at the top level");
		}
		List<Group> holding = entries.stream().filter(entry -> !inEntry(entry).isEmpty()).toList();
		if (holding.size() > 1) {
			throw new AmbiguousSignalException(file, "/", all());
		}
		return holding.isEmpty() ? entries.get(0) : holding.get(0);
	}

	private static NxData defaultData(Group entry) {
		String name = Hdf.string(entry, "default");
		Group named = name == null ? null : Hdf.childGroup(entry, name);
		return named != null && "NXdata".equals(Hdf.nxClass(named)) ? NxData.of(named) : null;
	}

	/**
	 * @return the candidate {@code path} names: a signal dataset (with the axes its group gives it), an NXdata
	 *         group with I0 and It, of a multi-element fluorescence detector, or with a signal, or an NXxas entry
	 * @throws NexusFormatException if there is nothing at {@code path} or it cannot be read as spectra
	 */
	public NexusCandidate at(String path) {
		Node node = nodeOrNull(path);
		if (node instanceof Dataset) {
			return signal(entryOf(path), signalData(path));
		}
		if (!(node instanceof Group group)) {
			throw new NexusFormatException(path, "dataset does not exist");
		}
		Group instrument = xasInstrument(group);
		if (instrument != null) {
			return xas(group, instrument);
		}
		if (holdsTransmission(group)) {
			return transmission(entryOf(path), group);
		}
		FluorescenceDetector detector = FluorescenceDetector.of(entryOf(path), group, this::nodeOrNull);
		if (detector != null) {
			return detector.candidate();
		}
		NxData data = NxData.of(group);
		if (data == null) {
			throw new NexusFormatException(path, "holds no spectra: it is not a signal, an NXdata group with a signal"
					+ " or with I0 and It, or an NXxas entry");
		}
		return signal(entryOf(path), data);
	}

	/**
	 * @param signal a {@link Kind#SIGNAL} candidate of this file
	 * @return its layout, ready for reading
	 */
	public SignalLayout layout(NexusCandidate signal) {
		return SignalLayout.of(file, entryOf(signal.path()), signalData(signal.path()));
	}

	/**
	 * @param fluorescence a {@link Kind#FLUORESCENCE} candidate of this file
	 * @return its detector, ready for reading
	 */
	public FluorescenceDetector detector(NexusCandidate fluorescence) {
		FluorescenceDetector detector = FluorescenceDetector.of(entryOf(fluorescence.path()),
				group(fluorescence.path()), this::nodeOrNull);
		if (detector == null) {
			throw new NexusFormatException(fluorescence.path(), "is not a multi-element fluorescence detector");
		}
		return detector;
	}

	/** @return the group at {@code path} (an NXdata group or an NXentry of a candidate) */
	public Group group(String path) {
		if (nodeOrNull(path) instanceof Group group) {
			return group;
		}
		throw new NexusFormatException(path, "group does not exist");
	}

	/** @return the NXentry at the top of {@code path}, or the root when the path is not inside one */
	public Group entryOf(String path) {
		String[] parts = path.split("/");
		Node top = parts.length > 2 ? nodeOrNull("/" + parts[1]) : null;
		return top instanceof Group group && "NXentry".equals(Hdf.nxClass(group)) ? group : root;
	}

	private NxData signalData(String path) {
		int slash = path.lastIndexOf('/');
		String parentPath = slash <= 0 ? "/" : path.substring(0, slash);
		if (!(nodeOrNull(parentPath) instanceof Group parent)) {
			throw new NexusFormatException(path, "dataset does not exist");
		}
		return NxData.of(parent, path.substring(slash + 1));
	}

	private Node nodeOrNull(String path) {
		return Hdf.node(root, path);
	}

	private NexusCandidate signal(Group entry, NxData data) {
		SignalLayout layout = SignalLayout.of(file, entry, data);
		return new NexusCandidate(Hdf.path(data.signal()), Kind.SIGNAL, layout.shape(), data.describeAxes(),
				layout.energyDimension());
	}

	private static boolean holdsTransmission(Group group) {
		return "NXdata".equals(Hdf.nxClass(group)) && Hdf.childDataset(group, "I0") != null
				&& Hdf.childDataset(group, "It") != null;
	}

	private static NexusCandidate transmission(Group entry, Group group) {
		int[] i0 = Hdf.childDataset(group, "I0").getDimensions();
		int[] it = Hdf.childDataset(group, "It").getDimensions();
		if (i0.length != 1 || it.length != 1) {
			throw new NexusFormatException(Hdf.path(group), "I0 and It must be 1-D scans to give ln(I0/It)");
		}
		Dataset energy = SignalLayout.energyOf(entry, NxData.of(group, "I0")).field();
		SignalLayout.energyOrder(energy, it[0]);
		return new NexusCandidate(Hdf.path(group), Kind.TRANSMISSION, it, List.of(energy.getName()), 0);
	}

	/** @return the NXinstrument of an NXxas entry that has incoming and absorbed beams, else {@code null} */
	public static Group xasInstrument(Group entry) {
		Dataset definition = Hdf.childDataset(entry, "definition");
		if (!"NXentry".equals(Hdf.nxClass(entry)) || definition == null
				|| !"NXxas".equalsIgnoreCase(Hdf.text(definition))) {
			return null;
		}
		List<Group> instruments = Hdf.childGroups(entry, "NXinstrument");
		Group instrument = instruments.isEmpty() ? null : instruments.get(0);
		return instrument != null && Hdf.childGroup(instrument, "incoming_beam") != null
				&& Hdf.childGroup(instrument, "absorbed_beam") != null ? instrument : null;
	}

	private NexusCandidate xas(Group entry, Group instrument) {
		Dataset energy = dataset(instrument, "monochromator/energy");
		Dataset absorbed = dataset(instrument, "absorbed_beam/data");
		SignalLayout.energyOrder(energy, Math.toIntExact(absorbed.getSize()));
		int[] shape = absorbed.getDimensions();
		if (shape.length != 1) {
			throw new NexusFormatException(Hdf.path(absorbed), "the absorbed beam must be a 1-D scan");
		}
		return new NexusCandidate(Hdf.path(entry), Kind.XAS, shape, List.of(energy.getName()), 0);
	}

	/** @return the dataset at {@code relative} below {@code group} */
	public Dataset dataset(Group group, String relative) {
		String path = Hdf.path(group) + "/" + relative;
		Node node = nodeOrNull(path);
		if (node instanceof Dataset dataset) {
			return dataset;
		}
		throw new NexusFormatException(path, node == null ? "dataset does not exist" : "is a group, not a dataset");
	}
}
