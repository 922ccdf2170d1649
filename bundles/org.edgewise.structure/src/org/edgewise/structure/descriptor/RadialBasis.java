package org.edgewise.structure.descriptor;

/**
 * An orthonormal radial basis g_nl(r) of SOAP, with the projection of one atom's Gaussian onto it.
 * <p>
 * An atom at r_i carries the density exp(-η |r - r_i|²), η = 1 / (2σ²). Expanded in spherical harmonics
 * about the centre its angular part is analytic, 4π exp(-η (r² + r_i²)) i_l(2η r r_i) Σ_m Y_lm(r̂) Y_lm(r̂_i)
 * (i_l the modified spherical Bessel function), so the atom adds c_nlm = F_nl(r_i) Y_lm(r̂_i) to the
 * expansion coefficients, with the radial integrals
 * F_nl(r_i) = 4π ∫ r² g_nl(r) exp(-η (r² + r_i²)) i_l(2η r r_i) dr over the basis' support.
 * F_nl depends on the distance only: implementations tabulate it ({@link RadialIntegralTable}).
 */
interface RadialBasis {

	/** @return the number of radial functions per l */
	int nMax();

	/** @return the largest degree l */
	int lMax();

	/** @return the orthonormal basis function g_nl at r (ångström) */
	double value(int n, int l, double r);

	/**
	 * @param r   the distance of the atom from the centre in ångström, 0 up to the descriptor's cutoff
	 * @param out receives F_nl(r) at index l n_max + n; at least (l_max + 1) n_max long
	 */
	void integrals(double r, double[] out);
}
