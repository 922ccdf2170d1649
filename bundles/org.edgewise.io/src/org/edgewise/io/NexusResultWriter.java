package org.edgewise.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.edgewise.io.internal.HdfOutput;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

import io.jhdf.api.WritableGroup;

/**
 * Writes analysis results as NeXus that a viewer (DAWN, nexpy, h5web) shows as maps without help:
 * <pre>
 * /                  @default = entry
 * /entry             NXentry, @default = the first result
 * /entry/process     NXprocess: program, version, date, input_file, input_path,
 *                    parameters (NXparameters, one text field per parameter)
 * /entry/NAME        NXdata per result: field NAME (with @units), the input's map axes,
 *                    @signal = NAME, @axes = the map axis names, @AXIS_indices
 * </pre>
 * The input file is never touched: the results go to a new file.
 */
public final class NexusResultWriter {

	private NexusResultWriter() {
	}

	/**
	 * @param out     the result file; replaced if it exists, unless it is the input file itself
	 * @param input   the spectra the results were computed from (supplies the map axes and source)
	 * @param process what computed them
	 * @param results at least one result, each shaped like {@code input.mapShape()}
	 * @throws SpectrumFileException    if {@code out} is the input file
	 * @throws IllegalArgumentException if there are no results, a shape does not match, or names clash
	 * @throws IOException              if the file cannot be written
	 */
	public static void write(Path out, SpectrumSet input, ProcessInfo process, List<ResultMap> results)
			throws IOException {
		refuseInput(out, input.metadata());
		check(input, results);
		Map<String, String> parameters = parameterFields(process.parameters());
		List<String> axes = input.mapAxes().stream().map(DataAxis::name).toList();
		List<Object> values = results.stream().map(r -> HdfOutput.javaArray(r.values())).toList();
		HdfOutput.write(out, file -> {
			file.putAttribute("default", "entry");
			WritableGroup entry = HdfOutput.group(file, "entry", "NXentry");
			entry.putAttribute("default", results.get(0).name());
			writeProcess(entry, process, parameters, input.metadata());
			for (int r = 0; r < results.size(); r++) {
				ResultMap result = results.get(r);
				WritableGroup data = HdfOutput.group(entry, result.name(), "NXdata");
				HdfOutput.plottable(data, result.name(), axes);
				HdfOutput.putWithUnits(data, result.name(), values.get(r), result.units());
				for (DataAxis axis : input.mapAxes()) {
					HdfOutput.putAxis(data, axis);
				}
			}
		});
	}

	private static void refuseInput(Path out, SpectrumMetadata metadata) throws IOException {
		if (metadata.sourceFile() == null) {
			return;
		}
		Path in = Path.of(metadata.sourceFile());
		if (Files.exists(out) && Files.exists(in) && Files.isSameFile(out, in)) {
			throw new SpectrumFileException(out, null, "is the input file; results are never written over their input");
		}
	}

	private static void check(SpectrumSet input, List<ResultMap> results) {
		if (results.isEmpty()) {
			throw new IllegalArgumentException("no results to write");
		}
		Set<String> names = new HashSet<>(List.of("process"));
		input.mapAxes().forEach(axis -> names.add(HdfOutput.validName(axis.name(), "map axis")));
		for (ResultMap result : results) {
			if (!names.add(HdfOutput.validName(result.name(), "result"))) {
				throw new IllegalArgumentException("result name '" + result.name()
						+ "' is used twice or clashes with 'process' or a map axis");
			}
			if (!Arrays.equals(result.values().getShape(), input.mapShape())) {
				throw new IllegalArgumentException("result '" + result.name() + "' has shape "
						+ Arrays.toString(result.values().getShape()) + ", the input's map is "
						+ Arrays.toString(input.mapShape()));
			}
		}
	}

	/**
	 * @return the parameters keyed by HDF5 field name ('/' becomes '_'), sorted so the same run writes the
	 *         same file
	 */
	private static Map<String, String> parameterFields(Map<String, String> parameters) {
		Map<String, String> fields = new TreeMap<>();
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			String name = HdfOutput.validName(parameter.getKey().replace('/', '_'), "parameter");
			if (fields.put(name, parameter.getValue()) != null) {
				throw new IllegalArgumentException("two parameters are both written as '" + name + "'");
			}
		}
		return fields;
	}

	private static void writeProcess(WritableGroup entry, ProcessInfo process, Map<String, String> parameters,
			SpectrumMetadata input) {
		WritableGroup group = HdfOutput.group(entry, "process", "NXprocess");
		putText(group, "program", process.program());
		putText(group, "version", process.version());
		putText(group, "date", process.date());
		putText(group, "input_file", input.sourceFile());
		putText(group, "input_path", input.sourcePath());
		WritableGroup fields = HdfOutput.group(group, "parameters", "NXparameters");
		parameters.forEach(fields::putDataset);
	}

	private static void putText(WritableGroup group, String name, String value) {
		if (value != null) {
			group.putDataset(name, value);
		}
	}
}
