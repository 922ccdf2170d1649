package org.edgewise.io.internal;

/**
 * Something in a NeXus file that does not fit the conventions, found deep inside the reading code; the
 * public reader turns it into a {@link org.edgewise.io.SpectrumFileException} naming the file.
 */
public final class NexusFormatException extends RuntimeException {

	private final String path;

	/**
	 * @param path    the HDF5 path of the object at fault, or {@code null}
	 * @param problem what is wrong
	 */
	public NexusFormatException(String path, String problem) {
		super(problem);
		this.path = path;
	}

	/** @return the HDF5 path at fault, or {@code null} */
	public String path() {
		return path;
	}
}
