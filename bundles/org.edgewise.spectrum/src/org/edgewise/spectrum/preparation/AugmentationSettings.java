package org.edgewise.spectrum.preparation;

/**
 * Settings of an {@link Augmentation}: energy shifts in eV, the number of noisy copies and their Gaussian noise
 * sigma, and the seed that makes the noise reproducible. The defaults are Carbone et al.'s shift augmentation
 * (+-1 and +-2 eV: 5x the data) with noise off; their noise augmentation is {@code setNoiseCopies(4)} with the
 * default sigma 0.03 (again 5x). Plain mutable bean; {@link Augmentation} copies it.
 */
public final class AugmentationSettings {

	private double[] shifts = { -2, -1, 1, 2 };
	private double noiseSigma = 0.03;
	private int noiseCopies;
	private long seed;

	/** @return Carbone et al.'s shifts, noise off, seed 0 */
	public static AugmentationSettings defaults() {
		return new AugmentationSettings();
	}

	/** @return an independent copy */
	public AugmentationSettings copy() {
		AugmentationSettings copy = new AugmentationSettings();
		copy.setShifts(shifts);
		copy.setNoiseSigma(noiseSigma);
		copy.setNoiseCopies(noiseCopies);
		copy.setSeed(seed);
		return copy;
	}

	/** @return a copy of the energy shifts in eV; each makes one shifted copy of every spectrum */
	public double[] getShifts() {
		return shifts.clone();
	}

	/**
	 * @param shifts energy shifts in eV, finite and non-zero (a positive shift moves features to higher energy);
	 *               copied
	 */
	public void setShifts(double... shifts) {
		for (double shift : shifts) {
			if (shift == 0 || !Double.isFinite(shift)) {
				throw new IllegalArgumentException("an energy shift must be finite and non-zero, got " + shift);
			}
		}
		this.shifts = shifts.clone();
	}

	/** @return the standard deviation of the added noise, in units of mu */
	public double getNoiseSigma() {
		return noiseSigma;
	}

	/** @param noiseSigma finite and positive */
	public void setNoiseSigma(double noiseSigma) {
		if (!(noiseSigma > 0) || !Double.isFinite(noiseSigma)) {
			throw new IllegalArgumentException("noise sigma must be finite and positive, got " + noiseSigma);
		}
		this.noiseSigma = noiseSigma;
	}

	/** @return how many noisy copies of every spectrum are made (0: none) */
	public int getNoiseCopies() {
		return noiseCopies;
	}

	/** @param noiseCopies 0 or more */
	public void setNoiseCopies(int noiseCopies) {
		if (noiseCopies < 0) {
			throw new IllegalArgumentException("noise copies must be 0 or more, got " + noiseCopies);
		}
		this.noiseCopies = noiseCopies;
	}

	/** @return the seed of the noise generator */
	public long getSeed() {
		return seed;
	}

	public void setSeed(long seed) {
		this.seed = seed;
	}
}
