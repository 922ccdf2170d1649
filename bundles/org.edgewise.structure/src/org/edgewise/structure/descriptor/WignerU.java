package org.edgewise.structure.descriptor;

/**
 * The hyperspherical harmonics of SNAP: the Wigner matrices U^j(a, b) of SU(2), for 2j = 0, 1, ..., 2J,
 * at the point of the 3-sphere that a neighbour maps to.
 * <p>
 * A neighbour at {@code (x, y, z)}, distance r, with polar angle θ0 on the 3-sphere becomes the unit
 * quaternion with Cayley-Klein parameters a = cos θ0 - i (z / r) sin θ0 and b = (y - i x) sin θ0 / r
 * (Bartók et al., Phys. Rev. Lett. 104, 136403 (2010); Thompson et al., J. Comput. Phys. 285, 316
 * (2015)). U^j is built from U^(j-1/2) by the recursion of Varshalovich et al. (section 4.8.2), as LAMMPS
 * {@code sna.cpp} does: for the rows mb &lt;= j
 * <pre>
 *   U^j(ma, mb) = sqrt((2j - ma) / (2j - mb)) a* U^(j-1/2)(ma, mb) - sqrt(ma / (2j - mb)) b* U^(j-1/2)(ma - 1, mb)
 * </pre>
 * and the other rows from the symmetry U^j(2j - ma, 2j - mb) = (-1)^(ma + mb) conj(U^j(ma, mb))
 * ({@link #mirror}).
 * Here ma and mb run over 0 ... 2j, standing for the projections ma - j and mb - j.
 * <p>
 * Layout: the matrices lie one after another in arrays of {@link #size()} numbers (real and imaginary
 * parts apart), U^j from {@link #offset(int) offset(2j)}, row mb after row, ma fastest: element (ma, mb)
 * at {@code offset(2j) + mb (2j + 1) + ma}. Immutable; the methods write only to their arguments.
 */
final class WignerU {

	private final int twoJMax;
	private final int[] offsets;
	/** root[p][q] = sqrt(p / q), the recursion's factors. */
	private final double[][] root;

	/** @param twoJMax the largest 2j, at least 0 */
	WignerU(int twoJMax) {
		this.twoJMax = twoJMax;
		offsets = new int[twoJMax + 2];
		for (int j = 0; j <= twoJMax; j++) {
			offsets[j + 1] = offsets[j] + (j + 1) * (j + 1);
		}
		root = new double[twoJMax + 1][twoJMax + 1];
		for (int p = 1; p <= twoJMax; p++) {
			for (int q = 1; q <= twoJMax; q++) {
				root[p][q] = Math.sqrt((double) p / q);
			}
		}
	}

	/** @return the largest 2j */
	int twoJMax() {
		return twoJMax;
	}

	/** @return how many complex numbers all the matrices hold together */
	int size() {
		return offsets[twoJMax + 1];
	}

	/** @return where U^j starts, for {@code twoJ} = 2j */
	int offset(int twoJ) {
		return offsets[twoJ];
	}

	/**
	 * @return how many elements of U^j lie in its rows mb &lt;= j, those {@link #compute} writes, for
	 *         {@code twoJ} = 2j
	 */
	int halfLength(int twoJ) {
		return (twoJ / 2 + 1) * (twoJ + 1);
	}

	/**
	 * Writes the rows mb &lt;= j (the first {@link #halfLength(int)} elements) of U^j for every 2j up to
	 * {@link #twoJMax()}: with {@link #mirror} they determine the rest, and sums of them stay sums of the
	 * rest, so a sum over neighbours needs only these. Other elements may be overwritten.
	 *
	 * @param x      the neighbour's x in ångström, relative to the centre
	 * @param y      its y
	 * @param z      its z
	 * @param r      its distance, positive
	 * @param theta0 its polar angle on the 3-sphere
	 * @param re     receives the real parts, {@link #size()} long
	 * @param im     receives the imaginary parts, {@link #size()} long
	 */
	void compute(double x, double y, double z, double r, double theta0, double[] re, double[] im) {
		double scale = Math.sin(theta0) / r;
		double aRe = Math.cos(theta0);
		double aIm = -z * scale;
		double bRe = y * scale;
		double bIm = -x * scale;
		re[0] = 1;
		im[0] = 0;
		for (int j = 1; j <= twoJMax; j++) {
			int here = offsets[j];
			int below = offsets[j - 1];
			for (int mb = 0; 2 * mb <= j; mb++) {
				for (int ma = 0; ma <= j; ma++) {
					double sumRe = 0;
					double sumIm = 0;
					if (ma < j) {
						// + sqrt((j - ma) / (j - mb)) conj(a) U'(ma, mb)
						int k = below + mb * j + ma;
						double f = root[j - ma][j - mb];
						sumRe += f * (aRe * re[k] + aIm * im[k]);
						sumIm += f * (aRe * im[k] - aIm * re[k]);
					}
					if (ma > 0) {
						// - sqrt(ma / (j - mb)) conj(b) U'(ma - 1, mb)
						int k = below + mb * j + ma - 1;
						double f = root[ma][j - mb];
						sumRe -= f * (bRe * re[k] + bIm * im[k]);
						sumIm -= f * (bRe * im[k] - bIm * re[k]);
					}
					re[here + mb * (j + 1) + ma] = sumRe;
					im[here + mb * (j + 1) + ma] = sumIm;
				}
			}
			if (j % 2 == 1 && j < twoJMax) {
				// The next step's centre row mb = (j + 1) / 2 reads this row, the mirror of row (j - 1) / 2.
				mirrorRow(j, (j + 1) / 2, re, im);
			}
		}
	}

	/** Fills the rows mb &gt; j of every U^j from the symmetry, given the rows mb &lt;= j. */
	void mirror(double[] re, double[] im) {
		for (int j = 1; j <= twoJMax; j++) {
			for (int mb = j / 2 + 1; mb <= j; mb++) {
				mirrorRow(j, mb, re, im);
			}
		}
	}

	/** U^j(ma, mb) = (-1)^(ma + mb) conj(U^j(2j - ma, 2j - mb)) along row mb, for {@code j} = 2j. */
	private void mirrorRow(int j, int mb, double[] re, double[] im) {
		int row = offsets[j] + mb * (j + 1);
		int mirror = offsets[j] + (j - mb) * (j + 1) + j;
		for (int ma = 0; ma <= j; ma++) {
			boolean even = (ma + mb) % 2 == 0;
			re[row + ma] = even ? re[mirror - ma] : -re[mirror - ma];
			im[row + ma] = even ? -im[mirror - ma] : im[mirror - ma];
		}
	}
}
