package org.edgewise.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something in a NeXus file that can be read as spectra, as {@link NexusSpectrumReader#candidates(Path)} lists
 * it: a caller picks one by passing its {@link #path()} to {@link NexusSpectrumReader#read(Path, String)} or
 * {@link NexusMap#open(Path, String)}.
 *
 * @param path            absolute HDF5 path: the signal dataset ({@link Kind#SIGNAL}), the NXdata group holding
 *                        I0 and It ({@link Kind#TRANSMISSION}), the NXxas entry ({@link Kind#XAS}) or the
 *                        NXdata group of a multi-element detector ({@link Kind#FLUORESCENCE})
 * @param kind            how mu is formed
 * @param shape           the shape of the signal, of It, of the absorbed beam, or of the detector's counts
 * @param axes            the axis name of each dimension, "." where the file names none
 * @param energyDimension which dimension of {@code shape} is energy
 */
public record NexusCandidate(String path, Kind kind, int[] shape, List<String> axes, int energyDimension) {

	/** How the spectra of a candidate are formed. */
	public enum Kind {
		/** mu as stored: an NXdata signal with an energy axis, one spectrum per map position. */
		SIGNAL,
		/** One scan, mu = ln(I0/It), from the 1-D fields I0 and It of an NXdata group. */
		TRANSMISSION,
		/** One scan from an NXxas entry's incoming and absorbed beams, ln(I0/It) or If/I0 by its mode. */
		XAS,
		/**
		 * One scan, mu = If/I0, If the counts of a multi-element detector summed over its elements (dead-time
		 * corrected when the file gives the correction). Each element stays readable, as a {@link #SIGNAL}, by
		 * the path of the detector's signal dataset.
		 */
		FLUORESCENCE
	}

	/**
	 * @throws IllegalArgumentException if the shape is empty, there is not one axis name per dimension or the
	 *                                  energy dimension is outside the shape
	 */
	public NexusCandidate {
		shape = shape.clone();
		axes = List.copyOf(axes);
		if (shape.length == 0 || axes.size() != shape.length) {
			throw new IllegalArgumentException(axes.size() + " axis names for shape " + Arrays.toString(shape));
		}
		if (energyDimension < 0 || energyDimension >= axes.size()) {
			throw new IllegalArgumentException("energy dimension " + energyDimension + " outside " + axes);
		}
	}

	/** @return a copy of the shape */
	@Override
	public int[] shape() {
		return shape.clone();
	}

	/** @return whether {@code other} is a candidate with the same path, kind, shape, axes and energy dimension */
	@Override
	public boolean equals(Object other) {
		return other instanceof NexusCandidate c && path.equals(c.path) && kind == c.kind
				&& Arrays.equals(shape, c.shape) && axes.equals(c.axes) && energyDimension == c.energyDimension;
	}

	@Override
	public int hashCode() {
		return Objects.hash(path, kind, Arrays.hashCode(shape), axes, energyDimension);
	}

	@Override
	public String toString() {
		return describe();
	}

	/** @return e.g. {@code /entry1/counter0/data [4, 50, 50] axes [energy, sample_y, sample_x], energy dimension 0} */
	public String describe() {
		String what = kind == Kind.SIGNAL ? "" : " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
		return path + what + " " + Arrays.toString(shape) + " axes " + axes + ", energy dimension " + energyDimension;
	}
}
