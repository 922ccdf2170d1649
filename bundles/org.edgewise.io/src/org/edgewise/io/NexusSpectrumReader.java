package org.edgewise.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;
import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.FiniteValues;
import org.edgewise.io.internal.FluorescenceDetector;
import org.edgewise.io.internal.Hdf;
import org.edgewise.io.internal.HdfReadException;
import org.edgewise.io.internal.HdfSource;
import org.edgewise.io.internal.NexusCandidates;
import org.edgewise.io.internal.NexusFormatException;
import org.edgewise.io.internal.NxData;
import org.edgewise.io.internal.SignalLayout;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;

/**
 * Reads absorption spectra from a NeXus/HDF5 file.
 * <p>
 * {@link #candidates(Path)} lists everything in the file that can be read as spectra; a caller may name one
 * with {@link #read(Path, String)}. Otherwise these rules decide, in order, and never guess: where a rule
 * finds several candidates and the file's {@code @default} does not choose, reading fails with an
 * {@link AmbiguousSignalException} listing them. The chosen HDF5 path is recorded in
 * {@link SpectrumMetadata#sourcePath()}.
 * <ol>
 * <li>The entry: the NXentry named by the root's {@code @default}, else the only NXentry, else the only
 * NXentry holding candidates.</li>
 * <li>An NXxas entry ({@code definition = NXxas}) whose NXinstrument has {@code incoming_beam} and
 * {@code absorbed_beam} groups: energy from {@code INSTRUMENT/monochromator/energy}, I0 from
 * {@code INSTRUMENT/incoming_beam/data}, the sample signal from {@code INSTRUMENT/absorbed_beam/data};
 * mu = ln(I0/It) when the NXdata's {@code mode} field is "Transmission" or absent, mu = If/I0 when it is
 * "Fluorescence". (An NXxas entry without these beams, as the newer NXxas writes it, goes on to rule 4.)</li>
 * <li>A transmission scan: the NXdata group of the entry holding fields {@code I0} and {@code It} gives
 * mu = ln(I0/It), as a GDA XAS scan stores it. A multi-element fluorescence detector beside it is read only
 * when named (see below).</li>
 * <li>Otherwise an NXdata signal: the NXdata named by the entry's {@code @default}, else the one NXdata
 * group whose signal has an energy axis. Its energy dimension is the one whose axis is called "energy" (or
 * contains it, or has units eV/keV), never assumed by position; a 1-D signal without such an axis takes a
 * matching energy field from another NXdata group of the entry. The other dimensions become the map
 * dimensions, with their axes (values and units) where the file gives them.</li>
 * </ol>
 * A multi-element fluorescence detector (an NXdata group whose signal has an energy axis and element
 * dimensions without axes, in an entry with one matching I0 field, e.g. GDA's {@code xspress2system}) is
 * listed twice: its NXdata group's path reads mu = If/I0, If the counts summed over the elements and
 * dead-time corrected when the file gives a DTFactor or ICR and OCR fields; its signal dataset's path reads
 * each element as a spectrum of raw counts. The formula is recorded in {@link SpectrumMetadata#sourcePath()}.
 * <p>
 * Energies are converted to eV (the axis's {@code units} may be eV or keV; none means eV), sorted ascending,
 * and repeated energies merged into their mean. Every energy and every value of mu must be finite. The whole
 * signal is read into memory; {@link NexusMap} reads a large map tile by tile instead.
 * <p>
 * A damaged file is refused with the path of the group or dataset whose reading failed, never passed over:
 * the rules do not choose among what happens to be readable.
 */
public final class NexusSpectrumReader {

	private final Path file;
	private final NexusCandidates content;

	private NexusSpectrumReader(Path file, NexusCandidates content) {
		this.file = file;
		this.content = content;
	}

	/**
	 * Reads the spectra the rules above select.
	 *
	 * @throws AmbiguousSignalException if the file holds several candidates and nothing in it chooses one
	 * @throws SpectrumFileException    if the file is not HDF5, is damaged, holds no spectra by these rules, or
	 *                                  an energy or a value of mu is NaN or infinite
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		return read(file, null);
	}

	/**
	 * Reads one named candidate instead of applying the rules.
	 *
	 * @param path the {@link NexusCandidate#path()} of a candidate: a signal dataset, read with the axes its
	 *             parent NXdata group gives it, e.g. "/entry1/counter0/data"; an NXdata group holding I0 and
	 *             It; the NXdata group of a multi-element fluorescence detector, e.g. "/entry1/xspress2system";
	 *             or an NXxas entry. {@code null} applies the rules.
	 * @throws SpectrumFileException if there is nothing at {@code path}, it cannot be read as spectra (no energy
	 *                               axis, say), the file is damaged, or an energy or a value of mu is NaN or
	 *                               infinite (naming the dataset, the spectrum and the energy)
	 */
	public static SpectrumSet read(Path file, String path) throws SpectrumFileException {
		try (HdfSource source = HdfSource.open(file)) {
			NexusCandidates content = new NexusCandidates(file, source.file());
			NexusCandidate candidate = path == null ? content.chosen() : content.at(path);
			SpectrumSet spectra = new NexusSpectrumReader(file, content).read(candidate);
			FiniteValues.require(file, spectra);
			return spectra;
		} catch (NexusFormatException e) {
			throw new SpectrumFileException(file, e.path(), e.getMessage(), e);
		} catch (SpectrumFileException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw damaged(file, e);
		}
	}

	/**
	 * Lists everything in the file that can be read as spectra: for every NXentry, its NXxas beams, its NXdata
	 * groups holding I0 and It, its multi-element fluorescence detectors, and its NXdata signals with an energy
	 * axis, in name order.
	 *
	 * @return the candidates; empty when there are none
	 * @throws SpectrumFileException if the file is not HDF5, cannot be opened or is damaged
	 */
	public static List<NexusCandidate> candidates(Path file) throws SpectrumFileException {
		try (HdfSource source = HdfSource.open(file)) {
			return new NexusCandidates(file, source.file()).all();
		} catch (SpectrumFileException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw damaged(file, e);
		}
	}

	/**
	 * jhdf reports damaged files with assorted unchecked exceptions; where {@link Hdf} read the object, the
	 * refusal names it.
	 */
	static SpectrumFileException damaged(Path file, Exception e) {
		if (e instanceof HdfReadException read) {
			return new SpectrumFileException(file, read.path(), read.getMessage(), e);
		}
		return new SpectrumFileException(file, null, "cannot read HDF5 content: " + Hdf.describe(e), e);
	}

	private SpectrumSet read(NexusCandidate candidate) {
		return switch (candidate.kind()) {
		case SIGNAL -> whole(content.layout(candidate));
		case TRANSMISSION -> transmissionScan(content.group(candidate.path()));
		case XAS -> xasScan(content.group(candidate.path()));
		case FLUORESCENCE -> detectorScan(content.detector(candidate));
		};
	}

	private SpectrumSet whole(SignalLayout layout) {
		int[] shape = layout.shape();
		int energyDimension = layout.energyDimension();
		int outer = product(shape, 0, energyDimension);
		int inner = product(shape, energyDimension + 1, shape.length);
		EnergyOrder order = layout.order();
		double[] mu = order.apply(Hdf.doubles(layout.signal()), outer, inner);
		shape[energyDimension] = order.axis().size();
		DoubleDataset dataset = DatasetFactory.createFromObject(DoubleDataset.class, mu, shape);
		return SpectrumSet.ofMap(order.axis(), dataset, energyDimension, layout.mapAxes(), layout.metadata());
	}

	private SpectrumSet transmissionScan(Group data) {
		Group entry = content.entryOf(Hdf.path(data));
		Dataset i0 = Hdf.childDataset(data, "I0");
		Dataset it = Hdf.childDataset(data, "It");
		Dataset energy = SignalLayout.energyOf(entry, NxData.of(data, "I0")).field();
		return scan(entry, energy, transmission(i0, it), "ln(I0/It)",
				"ln(" + Hdf.path(i0) + " / " + Hdf.path(it) + ")", "transmission");
	}

	private SpectrumSet xasScan(Group entry) {
		Group instrument = NexusCandidates.xasInstrument(entry);
		Dataset energy = content.dataset(instrument, "monochromator/energy");
		Dataset incoming = content.dataset(instrument, "incoming_beam/data");
		Dataset absorbed = content.dataset(instrument, "absorbed_beam/data");
		Dataset modeField = modeField(entry);
		String text = modeField == null ? null : Hdf.text(modeField);
		String mode = text == null ? "transmission" : text.toLowerCase(Locale.ROOT);
		if (mode.startsWith("trans")) {
			return scan(entry, energy, transmission(incoming, absorbed), "ln(I0/It)",
					"ln(" + Hdf.path(incoming) + " / " + Hdf.path(absorbed) + ")", "transmission");
		}
		if (mode.startsWith("fluo")) {
			double[] mu = fluorescence(incoming, Hdf.path(absorbed), Hdf.doubles(absorbed));
			return scan(entry, energy, mu, "If/I0", Hdf.path(absorbed) + " / " + Hdf.path(incoming), "fluorescence");
		}
		throw new NexusFormatException(Hdf.path(modeField),
				"mode '" + mode + "' is neither Transmission nor Fluorescence");
	}

	private SpectrumSet detectorScan(FluorescenceDetector detector) {
		String path = detector.candidate().path();
		double[] mu = fluorescence(detector.incomingBeam(), path, detector.summedCounts());
		return scan(content.entryOf(path), detector.energy(), mu, "If/I0", detector.formula(), "fluorescence");
	}

	/** @return the {@code mode} field of the entry's default NXdata (else its first NXdata), or {@code null} */
	private static Dataset modeField(Group entry) {
		String name = Hdf.string(entry, "default");
		Group named = name == null ? null : Hdf.childGroup(entry, name);
		List<Group> groups = Hdf.childGroups(entry, "NXdata");
		Group data = named != null ? named : groups.isEmpty() ? null : groups.get(0);
		return data == null ? null : Hdf.childDataset(data, "mode");
	}

	private static double[] transmission(Dataset i0, Dataset it) {
		double[] incoming = Hdf.doubles(i0);
		double[] transmitted = sameLength(Hdf.path(it), Hdf.doubles(it), incoming.length);
		double[] mu = new double[incoming.length];
		for (int k = 0; k < mu.length; k++) {
			if (!(incoming[k] > 0 && transmitted[k] > 0)) {
				throw new NexusFormatException(Hdf.path(it),
						"ln(I0/It) undefined at point " + k + ": I0 = " + incoming[k] + ", It = " + transmitted[k]);
			}
			mu[k] = Math.log(incoming[k] / transmitted[k]);
		}
		return mu;
	}

	/** @param emitted the fluorescence counts, read from {@code source} */
	private static double[] fluorescence(Dataset i0, String source, double[] emitted) {
		double[] incoming = Hdf.doubles(i0);
		sameLength(source, emitted, incoming.length);
		double[] mu = new double[incoming.length];
		for (int k = 0; k < mu.length; k++) {
			if (incoming[k] == 0) {
				throw new NexusFormatException(Hdf.path(i0), "If/I0 undefined at point " + k + ": I0 = 0");
			}
			mu[k] = emitted[k] / incoming[k];
		}
		return mu;
	}

	private static double[] sameLength(String source, double[] values, int length) {
		if (values.length != length) {
			throw new NexusFormatException(source, "has " + values.length + " points where " + length
					+ " are expected");
		}
		return values;
	}

	/** One spectrum computed from scan fields. */
	private SpectrumSet scan(Group entry, Dataset energy, double[] mu, String label, String sourcePath,
			String mode) {
		EnergyOrder order = SignalLayout.energyOrder(energy, mu.length);
		SpectrumMetadata metadata = SignalLayout.metadata(file, entry, sourcePath).withMode(mode);
		return SpectrumSet.of(List.of(new Spectrum(order.axis(), order.apply(mu), label, metadata)), metadata);
	}

	private static int product(int[] shape, int from, int to) {
		int product = 1;
		for (int d = from; d < to; d++) {
			product *= shape[d];
		}
		return product;
	}
}
