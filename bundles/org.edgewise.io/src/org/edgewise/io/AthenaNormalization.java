package org.edgewise.io;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * The normalisation parameters Athena stored for one group of a project file (its {@code bkg_*} arguments).
 * Energies are in eV on the group's shifted energy axis ({@link AthenaGroup#energy()}), the frame in which
 * Athena works; the four range limits are relative to E0, as in Larch. A value the file does not give is
 * {@link Double#NaN} (or 0 for the two integers).
 *
 * @param e0          {@code bkg_e0}: the edge energy
 * @param pre1        {@code bkg_pre1}: lower end of the pre-edge line's fit range
 * @param pre2        {@code bkg_pre2}: upper end of the pre-edge range
 * @param nor1        {@code bkg_nor1}: lower end of the post-edge (normalisation) fit range
 * @param nor2        {@code bkg_nor2}: upper end of the post-edge range
 * @param nnorm       {@code bkg_nnorm}: the number of terms of the post-edge polynomial, Ifeffit's
 *                    {@code norm_order} (1 constant, 2 line, 3 quadratic); 0 when not stored. Note that this
 *                    is one more than Larch's {@code nnorm}, a polynomial degree.
 * @param nvict       {@code bkg_nvict}: Victoreen exponent of the pre-edge line (written by Larch; Athena's
 *                    Ifeffit has none); 0 when not stored
 * @param step        {@code bkg_step}: the edge step Athena found or was given
 * @param fixedStep   {@code bkg_fixstep}: true when the user fixed the step instead of letting Athena fit it
 * @param energyShift {@code bkg_eshift}: eV Athena adds to the stored energies (alignment); 0 when not stored
 */
public record AthenaNormalization(double e0, double pre1, double pre2, double nor1, double nor2, int nnorm, int nvict,
		double step, boolean fixedStep, double energyShift) {

	/**
	 * Ifeffit's {@code pre_edge} fits a line instead of a quadratic when the post-edge range, cut at the last
	 * energy, spans at most this many eV.
	 */
	public static final double IFEFFIT_SHORT_RANGE = 100;

	/**
	 * The degree of post-edge polynomial Athena actually fitted: {@code nnorm - 1}, lowered to a line when
	 * {@code nnorm} is 3 or more and the range from E0 + nor1 to E0 + nor2 (cut at {@code lastEnergy}) spans
	 * at most {@value #IFEFFIT_SHORT_RANGE} eV, as Ifeffit's {@code pre_edge} does.
	 *
	 * @param lastEnergy the highest energy of the group, eV
	 * @return the degree, or {@link NormalizationSettings#AUTOMATIC_NNORM} when {@code nnorm} is not stored
	 */
	public int postEdgeDegree(double lastEnergy) {
		if (nnorm <= 0) {
			return NormalizationSettings.AUTOMATIC_NNORM;
		}
		int terms = nnorm;
		double span = Math.min(e0 + nor2, lastEnergy) - (e0 + nor1);
		if (terms >= 3 && Math.abs(span) <= IFEFFIT_SHORT_RANGE) {
			terms = 2;
		}
		return Math.min(terms - 1, NormalizationSettings.MAX_NNORM);
	}

	/**
	 * Athena's parameters as settings of our (Larch's) normalisation: the same E0, ranges and fixed step, and
	 * the post-edge degree of {@link #postEdgeDegree(double)}. Parameters the file does not give are left
	 * for the algorithm to choose. What still differs is the algorithm: Larch fits the points from the one at
	 * or below each range start up to, not including, the one nearest the range end, and takes the step at
	 * the energy point nearest E0; Ifeffit fits from the point nearest the start to the point nearest the end
	 * inclusive and takes the step at E0 itself.
	 *
	 * @param energy the group's energy axis, for the last energy
	 * @return new settings
	 */
	public NormalizationSettings toSettings(EnergyAxis energy) {
		NormalizationSettings settings = new NormalizationSettings();
		settings.setE0(e0);
		settings.setPre1(pre1);
		settings.setPre2(pre2);
		settings.setNorm1(nor1);
		settings.setNorm2(nor2);
		settings.setNnorm(postEdgeDegree(energy.get(energy.size() - 1)));
		settings.setNvict(nvict);
		if (fixedStep && Double.isFinite(step) && step != 0) {
			settings.setStep(step);
		}
		return settings;
	}
}
