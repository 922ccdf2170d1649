package org.edgewise.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.edgewise.io.internal.HdfOutput;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * Writes spectra as NeXus files that {@link NexusSpectrumReader} and NeXus viewers read back: a map in the
 * NXstxm style, or a single transmission scan as NXxas. Values are written as float64.
 */
public final class NexusSpectrumWriter {

	private static final String ENERGY = "energy";

	private NexusSpectrumWriter() {
	}

	/**
	 * Writes {@code /entry} (NXentry, {@code @default = data}) with {@code definition} and
	 * {@code /entry/data} (NXdata): {@code data} in the set's own shape and dimension order, {@code energy}
	 * (eV) and one field per map axis (with units), {@code @signal = data}, {@code @axes} naming every
	 * dimension and {@code @NAME_indices}. The root's {@code @default} names the entry. Sample, element and
	 * edge from the metadata go to {@code /entry/sample/name}, {@code /entry/element/name} and
	 * {@code /entry/edge/name} when known. An existing file at {@code out} is replaced.
	 *
	 * @param definition the application definition, e.g. "NXstxm"
	 * @throws IllegalArgumentException if a map axis is called "energy" or "data", or two axes share a name
	 * @throws IOException              if the file cannot be written
	 */
	public static void writeMap(Path out, SpectrumSet set, String definition) throws IOException {
		List<String> axes = axisNames(set);
		Object data = HdfOutput.javaArray(set.data());
		HdfOutput.write(out, file -> {
			WritableGroup entry = entry(file, definition, set.metadata());
			WritableGroup group = HdfOutput.group(entry, "data", "NXdata");
			HdfOutput.plottable(group, "data", axes);
			group.putDataset("data", data);
			HdfOutput.putWithUnits(group, ENERGY, set.energy().values(), "eV");
			for (DataAxis axis : set.mapAxes()) {
				HdfOutput.putAxis(group, axis);
			}
		});
	}

	/**
	 * Writes a transmission scan as NXxas: {@code /entry/instrument/monochromator/energy} (eV),
	 * {@code incoming_beam/data} (I0) and {@code absorbed_beam/data} (It) under the instrument, and the
	 * NXdata {@code /entry/data} with copies of energy and It, {@code mode = "Transmission"} and the
	 * plotting attributes. Sample, element and edge from {@code metadata} (may be null) as in
	 * {@link #writeMap(Path, SpectrumSet, String)}. {@link NexusSpectrumReader} reads it as mu = ln(I0/It).
	 *
	 * @throws IllegalArgumentException if I0 or It does not have one value per energy
	 * @throws IOException              if the file cannot be written
	 */
	public static void writeXasScan(Path out, EnergyAxis energy, double[] i0, double[] it, SpectrumMetadata metadata)
			throws IOException {
		if (i0.length != energy.size() || it.length != energy.size()) {
			throw new IllegalArgumentException("need one I0 and one It value per energy: " + energy.size()
					+ " energies, " + i0.length + " I0, " + it.length + " It");
		}
		SpectrumMetadata known = metadata == null ? SpectrumMetadata.NONE : metadata;
		HdfOutput.write(out, file -> {
			WritableGroup entry = entry(file, "NXxas", known);
			WritableGroup instrument = HdfOutput.group(entry, "instrument", "NXinstrument");
			HdfOutput.group(instrument, "source", "NXsource").putDataset("probe", "x-ray");
			HdfOutput.putWithUnits(HdfOutput.group(instrument, "monochromator", "NXmonochromator"), ENERGY,
					energy.values(), "eV");
			HdfOutput.group(instrument, "incoming_beam", "NXdetector").putDataset("data", i0.clone());
			HdfOutput.group(instrument, "absorbed_beam", "NXdetector").putDataset("data", it.clone());
			WritableGroup data = HdfOutput.group(entry, "data", "NXdata");
			HdfOutput.plottable(data, "absorbed_beam", List.of(ENERGY));
			HdfOutput.putWithUnits(data, ENERGY, energy.values(), "eV");
			data.putDataset("absorbed_beam", it.clone());
			data.putDataset("mode", "Transmission");
		});
	}

	/** The entry every spectrum file starts with, carrying what the metadata knows about the sample. */
	private static WritableGroup entry(WritableHdfFile file, String definition, SpectrumMetadata metadata) {
		file.putAttribute("default", "entry");
		WritableGroup entry = HdfOutput.group(file, "entry", "NXentry");
		entry.putAttribute("default", "data");
		entry.putDataset("definition", definition);
		putName(entry, "sample", "NXsample", metadata.sample());
		putName(entry, "element", "NXelement", metadata.element());
		putName(entry, "edge", "NXabsorption_edge", metadata.edge());
		return entry;
	}

	private static void putName(WritableGroup entry, String group, String nxClass, String name) {
		if (name != null) {
			HdfOutput.group(entry, group, nxClass).putDataset("name", name);
		}
	}

	private static List<String> axisNames(SpectrumSet set) {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>(List.of(ENERGY, "data"));
		int mapDimension = 0;
		for (int d = 0; d <= set.mapAxes().size(); d++) {
			if (d == set.energyDimension()) {
				names.add(ENERGY);
				continue;
			}
			String name = HdfOutput.validName(set.mapAxes().get(mapDimension++).name(), "map axis");
			if (!seen.add(name)) {
				throw new IllegalArgumentException("map axis name '" + name + "' is used twice or is reserved");
			}
			names.add(name);
		}
		return names;
	}
}
