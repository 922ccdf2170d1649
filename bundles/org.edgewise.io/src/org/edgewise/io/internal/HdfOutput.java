package org.edgewise.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.january.dataset.Dataset;
import org.eclipse.january.dataset.DatasetUtils;
import org.eclipse.january.dataset.DoubleDataset;
import org.eclipse.january.dataset.InterfaceUtils;
import org.eclipse.january.dataset.LongDataset;
import org.edgewise.spectrum.DataAxis;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/** Writing NeXus structure with jhdf: whole files written safely, NX groups, axes and datasets. */
public final class HdfOutput {

	/** The part of a file's content a writer supplies. */
	@FunctionalInterface
	public interface Content {
		/** Puts groups, datasets and attributes into the new file. */
		void write(WritableHdfFile file);
	}

	private HdfOutput() {
	}

	/**
	 * Writes a new file to a temporary name beside {@code out} and moves it over {@code out} only when
	 * complete, so a failed or interrupted write never leaves a half-written file under the real name.
	 *
	 * @throws IOException if the file cannot be written or moved into place
	 */
	public static void write(Path out, Content content) throws IOException {
		Path absolute = out.toAbsolutePath();
		Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".part");
		try {
			try (WritableHdfFile file = HdfFile.write(temporary)) {
				content.write(file);
			}
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (RuntimeException e) {
			// jhdf reports write failures (no such folder, no space) as unchecked HdfException
			throw new IOException("cannot write " + out + ": " + Hdf.describe(e), e);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** @return a new child group with its NX_class */
	public static WritableGroup group(WritableGroup parent, String name, String nxClass) {
		WritableGroup group = parent.putGroup(name);
		group.putAttribute("NX_class", nxClass);
		return group;
	}

	/** Puts a dataset with a units attribute (left out when {@code units} is null or blank). */
	public static WritableDataset putWithUnits(WritableGroup group, String name, Object data, String units) {
		WritableDataset dataset = group.putDataset(name, data);
		if (units != null && !units.isBlank()) {
			dataset.putAttribute("units", units);
		}
		return dataset;
	}

	/**
	 * Marks {@code group} as plottable: {@code @signal}, {@code @axes} with one name per signal dimension and
	 * {@code @NAME_indices} for each named axis.
	 */
	public static void plottable(WritableGroup group, String signal, List<String> axes) {
		group.putAttribute("signal", signal);
		group.putAttribute("axes", axes.toArray(String[]::new));
		for (int d = 0; d < axes.size(); d++) {
			group.putAttribute(axes.get(d) + "_indices", d);
		}
	}

	/** Puts a map axis: its values, with its units when known. */
	public static void putAxis(WritableGroup group, DataAxis axis) {
		putWithUnits(group, axis.name(), axis.values(), axis.units());
	}

	/**
	 * @return the dataset as a nested Java array jhdf can write: long for integer data, double otherwise
	 * @throws IllegalArgumentException for complex or compound data
	 */
	public static Object javaArray(Dataset data) {
		if (data.isComplex() || data.getElementsPerItem() != 1) {
			throw new IllegalArgumentException("cannot write complex or compound data");
		}
		Dataset typed = InterfaceUtils.isInteger(data.getClass()) ? DatasetUtils.cast(LongDataset.class, data)
				: DatasetUtils.cast(DoubleDataset.class, data);
		return DatasetUtils.createJavaArray(typed);
	}

	/**
	 * Checks that a name can be an HDF5 link name in a NeXus group.
	 *
	 * @throws IllegalArgumentException naming {@code what} if it cannot
	 */
	public static String validName(String name, String what) {
		if (name == null || name.isBlank() || name.contains("/") || name.equals(".") || name.equals("..")) {
			throw new IllegalArgumentException(what + " '" + name + "' cannot name an HDF5 object");
		}
		return name;
	}
}
