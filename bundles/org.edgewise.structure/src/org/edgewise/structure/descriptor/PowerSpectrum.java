package org.edgewise.structure.descriptor;

/**
 * SOAP's partial power spectrum p^(Z1 Z2)_(n n' l) = π √(8 / (2l + 1)) Σ_m c^Z1_nlm c^Z2_n'lm from the
 * expansion coefficients, in DScribe's layout (compression "off"):
 * <ul>
 * <li>one block per species pair (a, b), a ≤ b, in the order (0,0), (0,1), ..., (0,S-1), (1,1), (1,2), ...,
 * (S-1,S-1);</li>
 * <li>inside a block l runs slowest, then n, then n' fastest; n' runs from n when a = b (the block is
 * symmetric) and from 0 otherwise.</li>
 * </ul>
 * A same-species block holds n_max (n_max + 1) / 2 (l_max + 1) values, a mixed one n_max² (l_max + 1), in
 * all (S n_max)(S n_max + 1) / 2 (l_max + 1) for S species. The factor π √(8 / (2l + 1)) is DScribe's: the
 * square root of the normalisation of the Wigner D matrices from the erratum of Bartók et al., Phys. Rev.
 * B 87, 184115 (2013), so that the dot product of two spectra gives the SOAP kernel. Immutable.
 */
final class PowerSpectrum {

	private final int species;
	private final int nMax;
	private final int lMax;
	private final double[] prefactor;

	/**
	 * @param species the number of species S
	 * @param nMax    the number of radial functions
	 * @param lMax    the largest degree
	 */
	PowerSpectrum(int species, int nMax, int lMax) {
		this.species = species;
		this.nMax = nMax;
		this.lMax = lMax;
		prefactor = new double[lMax + 1];
		for (int l = 0; l <= lMax; l++) {
			prefactor[l] = Math.PI * Math.sqrt(8.0 / (2 * l + 1));
		}
	}

	/** @return the length of a spectrum, (S n_max)(S n_max + 1) / 2 (l_max + 1) */
	int length() {
		int radial = species * nMax;
		return radial * (radial + 1) / 2 * (lMax + 1);
	}

	/** @return the length of the block of species pair (a, b) */
	int blockLength(int a, int b) {
		return (a == b ? nMax * (nMax + 1) / 2 : nMax * nMax) * (lMax + 1);
	}

	/** @return where the block of species pair (a, b), a ≤ b, starts */
	int offset(int a, int b) {
		if (a > b || a < 0 || b >= species) {
			throw new IllegalArgumentException("no block for species pair (" + a + ", " + b + ") of " + species);
		}
		// Blocks before (a, b) in row-major order: the same-species ones of rows 0 ... a-1, and (a,a) if b > a;
		// the mixed ones of rows 0 ... a-1 (S - 1 - i in row i) and those of row a left of b.
		int same = a + (b > a ? 1 : 0);
		int mixed = a * (species - 1) - a * (a - 1) / 2 + (b > a ? b - a - 1 : 0);
		return same * blockLength(0, 0) + mixed * nMax * nMax * (lMax + 1);
	}

	/**
	 * @param c   the coefficients c^Z_nlm at index (Z (l_max + 1)² + l² + l + m) n_max + n
	 * @param out receives the spectrum, {@link #length()} values
	 */
	void compute(double[] c, double[] out) {
		int harmonics = (lMax + 1) * (lMax + 1);
		int k = 0;
		for (int a = 0; a < species; a++) {
			for (int b = a; b < species; b++) {
				for (int l = 0; l <= lMax; l++) {
					int first = (a * harmonics + l * l) * nMax;
					int second = (b * harmonics + l * l) * nMax;
					int end = first + (2 * l + 1) * nMax;
					for (int n = 0; n < nMax; n++) {
						for (int np = a == b ? n : 0; np < nMax; np++) {
							double sum = 0;
							for (int i = first + n, j = second + np; i < end; i += nMax, j += nMax) {
								sum += c[i] * c[j];
							}
							out[k++] = prefactor[l] * sum;
						}
					}
				}
			}
		}
	}
}
