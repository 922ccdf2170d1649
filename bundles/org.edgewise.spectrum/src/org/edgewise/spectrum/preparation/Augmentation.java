package org.edgewise.spectrum.preparation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.edgewise.spectrum.EnergyFormat;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;

/**
 * Training-set augmentation as Carbone et al. (2019) do it: every spectrum is kept and followed by one copy per
 * energy shift, then by the noisy copies.
 * <ul>
 * <li>A copy shifted by d eV is mu(E - d) on the spectrum's own grid, linearly interpolated (with the
 * resampling step's {@code Interpolation}); where E - d falls outside the measured range it is 0 (the zero
 * fill of aligned, pre-edge-subtracted model input).</li>
 * <li>A noisy copy adds independent Gaussian noise of the set sigma to every point of the original.</li>
 * </ul>
 * The noise comes from one {@link Random} seeded with the settings' seed and drawn in output order, so the same
 * settings and input give the same output, bit for bit. Instances are immutable and thread-safe.
 */
public final class Augmentation {

	private final AugmentationSettings settings;

	/** @param settings copied */
	public Augmentation(AugmentationSettings settings) {
		this.settings = settings.copy();
	}

	/** @return augmentation with {@link AugmentationSettings#defaults()} */
	public static Augmentation defaults() {
		return new Augmentation(AugmentationSettings.defaults());
	}

	/** @return a copy of the settings */
	public AugmentationSettings settings() {
		return settings.copy();
	}

	/**
	 * @param spectra the base set, each on its own grid
	 * @return the augmented set, each output spectrum labelled with its origin (e.g. "Ti-12 shift +1 eV"), and
	 *         the index of its source spectrum, so labels stay aligned
	 * @throws PreparationException naming a spectrum whose mu holds a value that is not finite
	 */
	public AugmentationResult apply(List<Spectrum> spectra) {
		double[] shifts = settings.getShifts();
		int copies = 1 + shifts.length + settings.getNoiseCopies();
		List<Spectrum> output = new ArrayList<>(spectra.size() * copies);
		int[] source = new int[spectra.size() * copies];
		Random random = new Random(settings.getSeed());
		for (int i = 0; i < spectra.size(); i++) {
			Spectrum spectrum = spectra.get(i);
			double[] mu = SpectrumChecks.finiteMu(spectrum);
			double[] energy = spectrum.energy().values();
			output.add(spectrum);
			for (double shift : shifts) {
				output.add(variant(spectrum, shifted(energy, mu, shift), "shift " + (shift > 0 ? "+" : "")
						+ EnergyFormat.eV(shift), shift));
			}
			for (int c = 1; c <= settings.getNoiseCopies(); c++) {
				double[] noisy = new double[mu.length];
				for (int j = 0; j < mu.length; j++) {
					noisy[j] = mu[j] + settings.getNoiseSigma() * random.nextGaussian();
				}
				output.add(variant(spectrum, noisy, "noise " + c, 0));
			}
			for (int c = 0; c < copies; c++) {
				source[i * copies + c] = i;
			}
		}
		return new AugmentationResult(spectra.size(), output, source);
	}

	/** A copy with new values whose features moved by {@code shift} eV (edge energy and threshold move along). */
	private static Spectrum variant(Spectrum spectrum, double[] mu, String what, double shift) {
		String label = spectrum.label().isEmpty() ? what : spectrum.label() + " " + what;
		return new Spectrum(spectrum.energy(), mu, label, spectrum.metadata().withFeaturesShiftedBy(shift));
	}

	/** @return mu(E - shift) at every E of {@code energy}, linearly interpolated, 0 outside the data */
	static double[] shifted(double[] energy, double[] mu, double shift) {
		int n = energy.length;
		// the grid points whose source energy E - shift lies within the data form one run [first, end)
		int first = 0;
		while (first < n && energy[first] - shift < energy[0]) {
			first++;
		}
		int end = first;
		while (end < n && energy[end] - shift <= energy[n - 1]) {
			end++;
		}
		double[] sources = new double[end - first];
		for (int i = first; i < end; i++) {
			sources[i - first] = energy[i] - shift;
		}
		double[] result = new double[n];
		System.arraycopy(Interpolation.linear(energy, mu, sources), 0, result, first, sources.length);
		return result;
	}
}
