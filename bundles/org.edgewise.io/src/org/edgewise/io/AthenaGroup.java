package org.edgewise.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * One data group (record) of an Athena project file: its name, Athena's parameters and, for groups holding
 * mu(E), the spectrum. Immutable; arrays handed out are copies.
 */
public final class AthenaGroup {

	/** What a group holds, decided from its {@code is_*} flags as Athena (Demeter) decides it. */
	public enum DataType {
		/** mu(E): {@code @x} energies, {@code @y} absorption ({@code is_xmu}). */
		XMU,
		/** mu(E) of a XANES-only measurement ({@code is_xanes}); read like {@link #XMU}. */
		XANES,
		/** chi(k): {@code @x} is k in 1/Angstrom, {@code @y} chi ({@code is_chi}). */
		CHI,
		/** A FEFF xmu.dat calculation ({@code is_xmudat}). */
		XMUDAT,
		/** None of the above flags is set. */
		OTHER;

		/** @return true for the types whose arrays are energy and mu */
		public boolean isMu() {
			return this == XMU || this == XANES;
		}
	}

	private final int record;
	private final String id;
	private final String label;
	private final DataType dataType;
	private final Map<String, String> parameters;
	private final List<String> titles;
	private final Map<String, double[]> arrays;
	private final AthenaNormalization normalization;
	private final EnergyAxis energy;
	private final double[] mu;
	private final SpectrumMetadata metadata;

	/**
	 * @param energy {@code null} unless the group holds mu(E)
	 * @param mu     one value per point of {@code energy}; {@code null} with it
	 */
	AthenaGroup(int record, String id, String label, DataType dataType, Map<String, String> parameters,
			List<String> titles, Map<String, double[]> arrays, AthenaNormalization normalization, EnergyAxis energy,
			double[] mu, SpectrumMetadata metadata) {
		this.record = record;
		this.id = id;
		this.label = label;
		this.dataType = dataType;
		this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		this.titles = List.copyOf(titles);
		this.arrays = Map.copyOf(arrays);
		this.normalization = normalization;
		this.energy = energy;
		this.mu = mu;
		this.metadata = metadata;
	}

	/** @return the position of the group in the file, counted from 1 as Athena counts records */
	public int record() {
		return record;
	}

	/** @return Athena's internal group name ({@code $old_group}, e.g. "nuldi") */
	public String id() {
		return id;
	}

	/** @return the name the user gave the group in Athena ({@code label}), or {@link #id()} without one */
	public String label() {
		return label;
	}

	/** @return what the group holds */
	public DataType dataType() {
		return dataType;
	}

	/**
	 * @return every argument Athena stored for the group whose value is a single string or number, as written
	 *         and in file order ({@code "bkg_e0" -> "5480"}); lists and hashes are left out
	 */
	public Map<String, String> parameters() {
		return parameters;
	}

	/** @return the value of argument {@code key} as written, if the file has it */
	public Optional<String> parameter(String key) {
		return Optional.ofNullable(parameters.get(key));
	}

	/** @return the header lines of the file the data came from ({@code titles}), possibly empty */
	public List<String> titles() {
		return titles;
	}

	/**
	 * @param name an array of the record without its '@': "x", "y", "i0", "signal" or "stddev"
	 * @return a copy of the array as stored, in file order and without the energy shift, if the record has it
	 */
	public Optional<double[]> array(String name) {
		return Optional.ofNullable(arrays.get(name)).map(double[]::clone);
	}

	/** @return Athena's normalisation parameters */
	public AthenaNormalization normalization() {
		return normalization;
	}

	/**
	 * @return the energies: the stored {@code @x} plus Athena's energy shift, sorted, repeats merged
	 * @throws IllegalStateException if the group does not hold mu(E)
	 */
	public EnergyAxis energy() {
		requireMu();
		return energy;
	}

	/**
	 * @return a copy of mu ({@code @y}, as Athena stored it: not normalised), one value per point of
	 *         {@link #energy()}
	 * @throws IllegalStateException if the group does not hold mu(E)
	 */
	public double[] mu() {
		requireMu();
		return mu.clone();
	}

	/**
	 * @return the group as a spectrum labelled with {@link #label()}, with the element ({@code bkg_z}) and
	 *         edge ({@code fft_edge}) Athena recorded
	 * @throws IllegalStateException if the group does not hold mu(E)
	 */
	public Spectrum spectrum() {
		requireMu();
		return new Spectrum(energy, mu, label, metadata);
	}

	/** @return the group without its data: type, point count, energy range and Athena's E0 and ranges */
	public AthenaGroupSummary summary() {
		if (dataType.isMu()) {
			return new AthenaGroupSummary(record, id, label, dataType, energy.size(), energy.min(), energy.max(),
					normalization);
		}
		double[] x = arrays.get("x");
		return new AthenaGroupSummary(record, id, label, dataType, x == null ? 0 : x.length, Double.NaN, Double.NaN,
				normalization);
	}

	/**
	 * @return Athena's parameters as settings of our normalisation; see
	 *         {@link AthenaNormalization#toSettings(EnergyAxis)}
	 * @throws IllegalStateException if the group does not hold mu(E)
	 */
	public NormalizationSettings normalizationSettings() {
		requireMu();
		return normalization.toSettings(energy);
	}

	private void requireMu() {
		if (!dataType.isMu()) {
			throw new IllegalStateException("Athena group '" + label + "' (record " + record + " of "
					+ metadata.sourceFile() + ") holds " + dataType + " data, not mu(E)");
		}
	}

	@Override
	public String toString() {
		return "AthenaGroup[" + record + " " + id + " '" + label + "', " + dataType + "]";
	}
}
