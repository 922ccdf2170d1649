package org.edgewise.spectrum;

/**
 * What is known about where a spectrum comes from. Any text field may be {@code null} and any energy NaN when
 * the file does not say it; readers fill in what the file states and never guess.
 *
 * @param element          absorbing element symbol, e.g. "Cu"
 * @param edge             absorption edge, e.g. "K", "L3"
 * @param mode             how mu was measured: "transmission", "fluorescence", "electron yield", "simulated"
 * @param sample           sample name or description
 * @param sourceFile       the file the spectra were read from
 * @param sourcePath       the path inside that file (an HDF5 dataset path, a column name), if any
 * @param edgeEnergy       the edge energy E0 in eV on the spectrum's own energy axis, once a preparation step
 *                         has found it (normalisation) or a file states it; NaN when unknown. Steps that move
 *                         the energy axis move it along, so later steps need not find E0 again.
 * @param threshold        the threshold (absorption onset) in eV on the spectrum's own energy axis, e.g. the
 *                         onset a calculation reports; NaN when unknown. It moves with the axis like the edge
 *                         energy, so after "align-threshold" it is 0.
 * @param excitationEnergy the absolute excitation energy of the transition in eV, as a calculation reports it
 *                         (Kiyohara et al.'s "with excitation energy" input); NaN when unknown. It belongs to
 *                         the absorbing site, not to a point of the axis, so moving the axis leaves it as it is.
 */
public record SpectrumMetadata(String element, String edge, String mode, String sample, String sourceFile,
		String sourcePath, double edgeEnergy, double threshold, double excitationEnergy) {

	/** Metadata that says nothing. */
	public static final SpectrumMetadata NONE = new SpectrumMetadata(null, null, null, null, null, null);

	/**
	 * Checks that the threshold and the excitation energy are finite or NaN (unknown).
	 *
	 * @throws IllegalArgumentException if either is infinite
	 */
	public SpectrumMetadata {
		if (Double.isInfinite(threshold) || Double.isInfinite(excitationEnergy)) {
			throw new IllegalArgumentException("the threshold and the excitation energy must be finite or NaN "
					+ "(unknown), got " + threshold + " and " + excitationEnergy + " eV");
		}
	}

	/** Metadata with the threshold and the excitation energy not known. */
	public SpectrumMetadata(String element, String edge, String mode, String sample, String sourceFile,
			String sourcePath, double edgeEnergy) {
		this(element, edge, mode, sample, sourceFile, sourcePath, edgeEnergy, Double.NaN, Double.NaN);
	}

	/** Metadata with the edge energy, the threshold and the excitation energy not known yet. */
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
		return new SpectrumMetadata(newElement, newEdge, mode, sample, sourceFile, sourcePath, edgeEnergy, threshold,
				excitationEnergy);
	}

	/** @return a copy with the measurement mode replaced */
	public SpectrumMetadata withMode(String newMode) {
		return new SpectrumMetadata(element, edge, newMode, sample, sourceFile, sourcePath, edgeEnergy, threshold,
				excitationEnergy);
	}

	/** @return a copy with the sample replaced */
	public SpectrumMetadata withSample(String newSample) {
		return new SpectrumMetadata(element, edge, mode, newSample, sourceFile, sourcePath, edgeEnergy, threshold,
				excitationEnergy);
	}

	/** @return a copy with the edge energy (eV, on the spectrum's energy axis) replaced */
	public SpectrumMetadata withEdgeEnergy(double newEdgeEnergy) {
		return new SpectrumMetadata(element, edge, mode, sample, sourceFile, sourcePath, newEdgeEnergy, threshold,
				excitationEnergy);
	}

	/**
	 * @return a copy with the threshold (eV, on the spectrum's energy axis, NaN when unknown) replaced
	 * @throws IllegalArgumentException if it is infinite
	 */
	public SpectrumMetadata withThreshold(double newThreshold) {
		return new SpectrumMetadata(element, edge, mode, sample, sourceFile, sourcePath, edgeEnergy, newThreshold,
				excitationEnergy);
	}

	/**
	 * @return a copy with the absolute excitation energy (eV, NaN when unknown) replaced
	 * @throws IllegalArgumentException if it is infinite
	 */
	public SpectrumMetadata withExcitationEnergy(double newExcitationEnergy) {
		return new SpectrumMetadata(element, edge, mode, sample, sourceFile, sourcePath, edgeEnergy, threshold,
				newExcitationEnergy);
	}

	/**
	 * @return a copy for a spectrum whose features moved by {@code delta} eV along its axis (the axis was
	 *         shifted, or the values were): the edge energy and the threshold, points on that axis, move by
	 *         {@code delta}; the excitation energy, an absolute energy of the site, stays
	 */
	public SpectrumMetadata withFeaturesShiftedBy(double delta) {
		return new SpectrumMetadata(element, edge, mode, sample, sourceFile, sourcePath, edgeEnergy + delta,
				threshold + delta, excitationEnergy);
	}

	/** @return "file:path" or whichever of the two is known, for messages */
	public String describeSource() {
		if (sourceFile == null) {
			return sourcePath == null ? "(unknown source)" : sourcePath;
		}
		return sourcePath == null ? sourceFile : sourceFile + ":" + sourcePath;
	}
}
