package org.edgewise.spectrum.preparation;

import java.util.Objects;

import org.edgewise.spectrum.normalization.NormalizationSettings;

/**
 * Settings of a {@link SanityCheck}. A spectrum fails when mu is not finite, when its lowest mu is below
 * -{@code negativeNoiseFactor} times its noise estimate, or when it has no edge: the normalisation (with
 * {@code normalization}) fails, or the edge step is below {@code minimumEdgeStep} or below
 * {@code edgeToNoise} times the noise estimate. {@code action} says whether failing spectra are dropped or
 * only flagged. Plain mutable bean; {@link SanityCheck} copies it.
 */
public final class SanityCheckSettings {

	/** What happens to a spectrum that fails. */
	public enum Action {
		/** left out of the kept spectra */
		DROP,
		/** kept, but reported */
		FLAG
	}

	private Action action = Action.DROP;
	private double negativeNoiseFactor = 5;
	private double edgeToNoise = 10;
	private double minimumEdgeStep;
	private NormalizationSettings normalization = new NormalizationSettings();

	/** @return drop failing spectra; 5 x noise below zero; edge step at least 10 x noise; Larch's defaults */
	public static SanityCheckSettings defaults() {
		return new SanityCheckSettings();
	}

	/** @return an independent copy */
	public SanityCheckSettings copy() {
		SanityCheckSettings copy = new SanityCheckSettings();
		copy.action = action;
		copy.negativeNoiseFactor = negativeNoiseFactor;
		copy.edgeToNoise = edgeToNoise;
		copy.minimumEdgeStep = minimumEdgeStep;
		copy.normalization = normalization.copy();
		return copy;
	}

	public Action getAction() {
		return action;
	}

	public void setAction(Action action) {
		this.action = Objects.requireNonNull(action, "action");
	}

	/** @return k: mu below -k times the noise estimate counts as negative absorption */
	public double getNegativeNoiseFactor() {
		return negativeNoiseFactor;
	}

	/** @param negativeNoiseFactor finite, not negative */
	public void setNegativeNoiseFactor(double negativeNoiseFactor) {
		this.negativeNoiseFactor = notNegative("negative noise factor", negativeNoiseFactor);
	}

	/** @return the smallest edge step, in units of the noise estimate, that counts as an edge */
	public double getEdgeToNoise() {
		return edgeToNoise;
	}

	/** @param edgeToNoise finite, not negative */
	public void setEdgeToNoise(double edgeToNoise) {
		this.edgeToNoise = notNegative("edge-to-noise ratio", edgeToNoise);
	}

	/** @return the smallest edge step, in units of mu, that counts as an edge (0: any) */
	public double getMinimumEdgeStep() {
		return minimumEdgeStep;
	}

	/** @param minimumEdgeStep finite, not negative */
	public void setMinimumEdgeStep(double minimumEdgeStep) {
		this.minimumEdgeStep = notNegative("minimum edge step", minimumEdgeStep);
	}

	/** @return a copy of the normalisation settings used to find the edge step */
	public NormalizationSettings getNormalization() {
		return normalization.copy();
	}

	/** @param normalization copied */
	public void setNormalization(NormalizationSettings normalization) {
		this.normalization = normalization.copy();
	}

	private static double notNegative(String name, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite and not negative, got " + value);
		}
		return value;
	}
}
