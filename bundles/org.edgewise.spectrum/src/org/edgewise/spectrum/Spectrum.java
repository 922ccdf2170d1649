package org.edgewise.spectrum;

/**
 * One absorption spectrum: mu(E) on an energy axis, with a label and metadata. Immutable; the arrays
 * handed in and out are copies.
 */
public final class Spectrum {

	private final EnergyAxis energy;
	private final double[] mu;
	private final String label;
	private final SpectrumMetadata metadata;

	/**
	 * @param energy   the energy axis
	 * @param mu       absorption values, one per energy point; copied
	 * @param label    a short name for the spectrum (a pixel position, a group name); may be empty
	 * @param metadata where it comes from; {@link SpectrumMetadata#NONE} when unknown
	 * @throws IllegalArgumentException if the lengths differ
	 */
	public Spectrum(EnergyAxis energy, double[] mu, String label, SpectrumMetadata metadata) {
		if (mu.length != energy.size()) {
			throw new IllegalArgumentException("spectrum '" + label + "' has " + mu.length + " values for "
					+ energy.size() + " energies");
		}
		this.energy = energy;
		this.mu = mu.clone();
		this.label = label == null ? "" : label;
		this.metadata = metadata == null ? SpectrumMetadata.NONE : metadata;
	}

	/** Convenience for a spectrum with no metadata. */
	public static Spectrum of(double[] energies, double[] mu, String label) {
		return new Spectrum(EnergyAxis.of(energies), mu, label, SpectrumMetadata.NONE);
	}

	public EnergyAxis energy() {
		return energy;
	}

	/** @return a copy of the absorption values */
	public double[] mu() {
		return mu.clone();
	}

	/** @return absorption at point {@code index} */
	public double mu(int index) {
		return mu[index];
	}

	public int size() {
		return mu.length;
	}

	public String label() {
		return label;
	}

	public SpectrumMetadata metadata() {
		return metadata;
	}

	/** @return "label (source)" for messages */
	public String describe() {
		return (label.isEmpty() ? "spectrum" : "spectrum '" + label + "'") + " of " + metadata.describeSource();
	}

	@Override
	public String toString() {
		return "Spectrum[" + label + ", " + energy + "]";
	}
}
