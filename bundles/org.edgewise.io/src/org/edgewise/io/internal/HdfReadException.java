package org.edgewise.io.internal;

/**
 * jhdf failed to read a group, attribute or dataset of a damaged HDF5 file. Unlike a
 * {@link NexusFormatException} (a readable file whose content does not fit the conventions) this is never a
 * reason to pass over a candidate: the public readers refuse the file, naming the object being read.
 */
public final class HdfReadException extends RuntimeException {

	private final String path;

	/**
	 * @param path    the HDF5 path of the group or dataset being read
	 * @param problem what could not be read and why, e.g. "cannot read the group's members: Checksum mismatch"
	 * @param cause   jhdf's exception
	 */
	public HdfReadException(String path, String problem, RuntimeException cause) {
		super(problem, cause);
		this.path = path;
	}

	/** @return the HDF5 path of the group or dataset being read */
	public String path() {
		return path;
	}
}
