package org.edgewise.spectrum;

/**
 * What is known about where a spectrum comes from. Any field may be {@code null} when the file does not
 * say it; readers fill in what the file states and never guess.
 *
 * @param element    absorbing element symbol, e.g. "Cu"
 * @param edge       absorption edge, e.g. "K", "L3"
 * @param mode       how mu was measured: "transmission", "fluorescence", "electron yield", "simulated"
 * @param sample     sample name or description
 * @param sourceFile the file the spectra were read from
 * @param sourcePath the path inside that file (an HDF5 dataset path, a column name), if any
 * @param edgeEnergy the edge energy E0 in eV on the spectrum's own energy axis, once a preparation step has
 *                   found it (normalisation) or a file states it; NaN when unknown. Steps that move the
 *                   energy axis move it along, so later steps need not find E0 again.
 */
public record SpectrumMetadata(String element, String edge, String mode, String sample, String sourceFile,
		String sourcePath, double edgeEnergy) {

	/** Metadata that says nothing. */
	public static final SpectrumMetadata NONE = new SpectrumMetadata(null, null, null, null, null, null);

	/** Metadata with the edge energy not known yet. */
	public SpectrumMetadata(String element, String edge, String mode, String sample, String sourceFile,
			String sourcePath) {
		this(element, edge, mode, sample, sourceFile, sourcePath, Double.NaN);
	}

	/** @return metadata naming only the source file and the path inside it */
	public static SpectrumMetadata fromSource(String sourceFile, String sourcePath) {
		return new SpectrumMetadata(null, null, null, null, sourceFile, sourcePath);
	}

	/** @return a copy with the element and edge replaced */
	public SpectrumMetadata withEdge(String newElement, String newEdge) {
		return new SpectrumMetadata(newElement, newEdge, mode, sample, sourceFile, sourcePath, edgeEnergy);
	}

	/** @return a copy with the measurement mode replaced */
	public SpectrumMetadata withMode(String newMode) {
		return new SpectrumMetadata(element, edge, newMode, sample, sourceFile, sourcePath, edgeEnergy);
	}

	/** @return a copy with the sample replaced */
	public SpectrumMetadata withSample(String newSample) {
		return new SpectrumMetadata(element, edge, mode, newSample, sourceFile, sourcePath, edgeEnergy);
	}

	/** @return a copy with the edge energy (eV, on the spectrum's energy axis) replaced */
	public SpectrumMetadata withEdgeEnergy(double newEdgeEnergy) {
		return new SpectrumMetadata(element, edge, mode, sample, sourceFile, sourcePath, newEdgeEnergy);
	}

	/** @return a copy whose edge energy is moved by {@code delta} eV, as when the energy axis is shifted */
	public SpectrumMetadata withEdgeEnergyShiftedBy(double delta) {
		return withEdgeEnergy(edgeEnergy + delta);
	}

	/** @return "file:path" or whichever of the two is known, for messages */
	public String describeSource() {
		if (sourceFile == null) {
			return sourcePath == null ? "(unknown source)" : sourcePath;
		}
		return sourcePath == null ? sourceFile : sourceFile + ":" + sourcePath;
	}
}
