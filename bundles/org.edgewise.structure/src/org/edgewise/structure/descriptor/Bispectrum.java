package org.edgewise.structure.descriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * Couples the expansion coefficients u^j of a neighbour density on the 3-sphere into the bispectrum
 * components B(j1, j2, j) of SNAP, in the order and with the conventions of LAMMPS compute sna/atom.
 * <p>
 * The components are those with j2 &lt;= j1 &lt;= j, |j1 - j2| &lt;= j &lt;= min(J, j1 + j2) and j1 + j2 + j
 * integer, listed with 2j1 slowest, then 2j2, then 2j (the list of LAMMPS). Each is
 * <pre>
 *   B(j1, j2, j) = sum over ma, mb of conj(u^j(ma, mb)) Z(ma, mb),
 *   Z(ma, mb) = sum over ma1, mb1 of C(j1 ma1, j2 ma2 | j ma) C(j1 mb1, j2 mb2 | j mb) u^j1(ma1, mb1) u^j2(ma2, mb2)
 * </pre>
 * with ma2 and mb2 fixed by the projections adding up. B is real: the terms at (ma, mb) and
 * (2j - ma, 2j - mb) are complex conjugates, so, as LAMMPS does, only the rows mb &lt;= j are summed, twice,
 * with the centre element of an integer j once. Immutable.
 */
final class Bispectrum {

	private final WignerU layout;
	/** The components' {2j1, 2j2, 2j}. */
	private final int[][] triples;
	/**
	 * For component t and projection m of its j: the couplings (m1, m2, C) with m1 + m2 = m (shifted) lie at
	 * {@code starts[t][m]} to {@code starts[t][m + 1]} of {@link #first}, {@link #second} and {@link #cg}.
	 */
	private final int[][] starts;
	private final int[] first;
	private final int[] second;
	private final double[] cg;

	/** @param layout the layout of the u^j, which also fixes 2J */
	Bispectrum(WignerU layout) {
		this.layout = layout;
		triples = triples(layout.twoJMax());
		starts = new int[triples.length][];
		List<int[]> pairs = new ArrayList<>();
		List<Double> coefficients = new ArrayList<>();
		for (int t = 0; t < triples.length; t++) {
			int j1 = triples[t][0];
			int j2 = triples[t][1];
			int j = triples[t][2];
			starts[t] = new int[j + 2];
			for (int m = 0; m <= j; m++) {
				starts[t][m] = pairs.size();
				// m1 + m2 - (j1 + j2) / 2 = m - j / 2, with 0 <= m1 <= j1 and 0 <= m2 <= j2.
				int shift = (j1 + j2 - j) / 2;
				for (int m1 = Math.max(0, m + shift - j2); m1 <= Math.min(j1, m + shift); m1++) {
					int m2 = m + shift - m1;
					pairs.add(new int[] { m1, m2 });
					coefficients.add(ClebschGordan.coefficient(j1, 2 * m1 - j1, j2, 2 * m2 - j2, j, 2 * m - j));
				}
			}
			starts[t][j + 1] = pairs.size();
		}
		first = new int[pairs.size()];
		second = new int[pairs.size()];
		cg = new double[pairs.size()];
		for (int e = 0; e < cg.length; e++) {
			first[e] = pairs.get(e)[0];
			second[e] = pairs.get(e)[1];
			cg[e] = coefficients.get(e);
		}
	}

	/**
	 * @param twoJMax 2J
	 * @return the components' {2j1, 2j2, 2j} in the LAMMPS order
	 */
	static int[][] triples(int twoJMax) {
		List<int[]> list = new ArrayList<>();
		for (int j1 = 0; j1 <= twoJMax; j1++) {
			for (int j2 = 0; j2 <= j1; j2++) {
				for (int j = j1 - j2; j <= Math.min(twoJMax, j1 + j2); j += 2) {
					if (j >= j1) {
						list.add(new int[] { j1, j2, j });
					}
				}
			}
		}
		return list.toArray(new int[0][]);
	}

	/** @return the number of components */
	int size() {
		return triples.length;
	}

	/**
	 * @param re  the real parts of the u^j in the {@link WignerU} layout
	 * @param im  their imaginary parts
	 * @param out receives the {@link #size()} components
	 */
	void compute(double[] re, double[] im, double[] out) {
		for (int t = 0; t < triples.length; t++) {
			int j1 = triples[t][0];
			int j2 = triples[t][1];
			int j = triples[t][2];
			int base1 = layout.offset(j1);
			int base2 = layout.offset(j2);
			int base = layout.offset(j);
			int[] start = starts[t];
			double sum = 0;
			for (int mb = 0; 2 * mb <= j; mb++) {
				for (int ma = 0; ma <= j; ma++) {
					// The rows mb < j / 2 stand for their mirror images too; the centre row of an integer j
					// pairs its elements ma < mb with ma > mb, and its centre element is its own mirror.
					double weight = 2 * mb < j || ma < mb ? 2 : ma == mb ? 1 : 0;
					if (weight == 0) {
						break;
					}
					double zRe = 0;
					double zIm = 0;
					for (int eb = start[mb]; eb < start[mb + 1]; eb++) {
						int row1 = base1 + first[eb] * (j1 + 1);
						int row2 = base2 + second[eb] * (j2 + 1);
						double sumRe = 0;
						double sumIm = 0;
						for (int ea = start[ma]; ea < start[ma + 1]; ea++) {
							int k1 = row1 + first[ea];
							int k2 = row2 + second[ea];
							double c = cg[ea];
							sumRe += c * (re[k1] * re[k2] - im[k1] * im[k2]);
							sumIm += c * (re[k1] * im[k2] + im[k1] * re[k2]);
						}
						zRe += cg[eb] * sumRe;
						zIm += cg[eb] * sumIm;
					}
					int k = base + mb * (j + 1) + ma;
					sum += weight * (re[k] * zRe + im[k] * zIm);
				}
			}
			out[t] = sum;
		}
	}
}
