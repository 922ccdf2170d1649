package org.edgewise.structure.descriptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;

/**
 * Smooth overlap of atomic positions (Bartók, Kondor and Csányi, Phys. Rev. B 87, 184115 (2013)): the
 * partial power spectrum of the neighbour density, as DScribe's {@code SOAP} computes it with compression
 * "off"; the settings are described in {@link SoapSettings}.
 * <p>
 * Around each site, every atom within r_cut + σ √(-2 ln 0.001) (DScribe's padding: where a Gaussian has
 * fallen to 0.001), periodic images and the site's own atom included, carries the density
 * exp(-|r - r_i|² / 2σ²) of its species Z, not normalised, weighted as {@link SoapSettings} says (weight 1 by
 * default). One departure from DScribe, which drops atoms sharply at that distance: over its last σ / 10 an
 * atom's weight falls smoothly to 0, so the vector is continuous in the positions, as
 * {@link LocalDescriptor} requires (the jump this removes is below 3e-4 of the largest values for the
 * defaults, and the values differ from DScribe's only while an atom lies in that thin shell). Each
 * species' density is expanded in the orthonormal radial basis g_nl ({@link SoapSettings.Rbf}) and the
 * real spherical harmonics Y_lm:
 * c^Z_nlm = ∫ g_nl(r) Y_lm(r̂) ρ^Z(r) d³r, and the vector is the power spectrum
 * p^(Z1 Z2)_(n n' l) = π √(8 / (2l + 1)) Σ_m c^Z1_nlm c^Z2_n'lm.
 * <p>
 * Layout, for the species S_0 < S_1 < ... < S_(S-1) in the order of the {@link SortedSet} (DScribe sorts by
 * atomic number instead, otherwise the layout is DScribe's): one block per species pair (a, b), a ≤ b, in
 * the order (0,0), (0,1), ..., (0,S-1), (1,1), (1,2), ..., (S-1,S-1); inside a block l runs slowest, then
 * n, then n' fastest, with n' ≥ n when a = b. A same-species block holds n_max (n_max + 1) / 2 (l_max + 1)
 * values, a mixed one n_max² (l_max + 1); the length is (S n_max)(S n_max + 1) / 2 (l_max + 1), 2100 for
 * the defaults and three species. {@link #location} and {@link #featureNames} spell this out.
 * <p>
 * With {@link SoapSettings.Average#INNER} or {@link SoapSettings.Average#OUTER} {@link #compute} returns a
 * single vector for all the sites given, as DScribe does: the power spectrum of the site-averaged
 * coefficients, or the average of the sites' power spectra. Immutable and safe for concurrent use.
 */
public final class Soap implements LocalDescriptor {

	/** The value a Gaussian has fallen to at the padding beyond r_cut up to which atoms count (DScribe's). */
	private static final double PADDING_DECAY = 1e-3;

	private final SoapSettings settings;
	private final double cutoff;
	private final DensityWeights weights;
	private final RadialBasis basis;
	private final RealSphericalHarmonics harmonics;

	/**
	 * Builds the radial basis, orthonormalised in decimal arithmetic, and tabulates its radial integrals:
	 * about 0.05 s for the defaults, seconds for the GTO basis at n_max = l_max = 20. Build one and reuse it.
	 *
	 * @param settings the settings; copied
	 * @throws IllegalArgumentException if the settings do not fit together (the GTO basis needs r_cut > 1 Å;
	 *                                  a POW weighting with d = 0 needs w0)
	 */
	public Soap(SoapSettings settings) {
		this.settings = settings.copy();
		double sigma = settings.getSigma();
		cutoff = settings.getRCut() + sigma * Math.sqrt(-2 * Math.log(PADDING_DECAY));
		basis = switch (settings.getRbf()) {
		case GTO -> new GtoRadialBasis(settings.getRCut(), settings.getNMax(), settings.getLMax(), sigma, cutoff);
		case POLYNOMIAL -> new PolynomialRadialBasis(settings.getRCut(), settings.getNMax(), settings.getLMax(), sigma,
				cutoff);
		};
		harmonics = new RealSphericalHarmonics(settings.getLMax());
		weights = new DensityWeights(settings, cutoff);
	}

	/** @return "soap-gto" or "soap-polynomial" */
	@Override
	public String id() {
		return "soap-" + settings.getRbf().dscribeName();
	}

	/** @return a copy of the settings */
	@Override
	public SoapSettings settings() {
		return settings.copy();
	}

	/** @return the distance in ångström up to which atoms count: r_cut plus the padding σ √(-2 ln 0.001) */
	public double cutoff() {
		return cutoff;
	}

	/** @return (S n_max)(S n_max + 1) / 2 (l_max + 1) for S species */
	@Override
	public int length(SortedSet<String> species) {
		return spectrum(species).length();
	}

	/**
	 * Where the block of a species pair lies in the vector, as DScribe's {@code get_location}.
	 *
	 * @param species the species set
	 * @param first   one element of the pair
	 * @param second  the other (the order of the two does not matter)
	 * @return {start, end}: the block is [start, end)
	 * @throws IllegalArgumentException if an element is not in {@code species}
	 */
	public int[] location(SortedSet<String> species, String first, String second) {
		int a = indexOf(species, first);
		int b = indexOf(species, second);
		PowerSpectrum spectrum = spectrum(species);
		int start = spectrum.offset(Math.min(a, b), Math.max(a, b));
		return new int[] { start, start + spectrum.blockLength(a, b) };
	}

	/**
	 * @param species the species set
	 * @return a name for every feature, in the layout's order, e.g. {@code p[Fe-O; l=2, n=0, n'=3]}
	 */
	public List<String> featureNames(SortedSet<String> species) {
		List<String> elements = List.copyOf(species);
		List<String> names = new ArrayList<>(length(species));
		int nMax = settings.getNMax();
		for (int a = 0; a < elements.size(); a++) {
			for (int b = a; b < elements.size(); b++) {
				String pair = elements.get(a) + "-" + elements.get(b);
				for (int l = 0; l <= settings.getLMax(); l++) {
					for (int n = 0; n < nMax; n++) {
						for (int np = a == b ? n : 0; np < nMax; np++) {
							names.add("p[" + pair + "; l=" + l + ", n=" + n + ", n'=" + np + "]");
						}
					}
				}
			}
		}
		return names;
	}

	/**
	 * @return one vector per site, or with averaging a single vector for all the sites
	 * @throws IllegalArgumentException as {@link LocalDescriptor#compute}, or when averaging over no sites
	 */
	@Override
	public double[][] compute(Structure structure, int[] sites, SortedSet<String> species) {
		Objects.requireNonNull(structure, "structure");
		SpeciesTypes.checkSites(structure, sites);
		int[] types = SpeciesTypes.of(structure, species);
		PowerSpectrum spectrum = spectrum(species);
		SoapSettings.Average average = settings.getAverage();
		if (average == SoapSettings.Average.OFF && sites.length == 0) {
			return new double[0][spectrum.length()];
		}
		if (sites.length == 0) {
			throw new IllegalArgumentException("SOAP averaging (" + average + ") needs at least one site");
		}
		NeighbourList neighbours = NeighbourList.around(structure, cutoff, sites);
		Expansion expansion = new Expansion(species.size());
		double[][] vectors = new double[average == SoapSettings.Average.OFF ? sites.length : 1][spectrum.length()];
		double[] sum = new double[average == SoapSettings.Average.INNER ? expansion.coefficients.length
				: spectrum.length()];
		for (int s = 0; s < sites.length; s++) {
			expansion.expand(sites[s], neighbours.neighbours(sites[s]), types);
			switch (average) {
			case OFF -> spectrum.compute(expansion.coefficients, vectors[s]);
			case INNER -> add(expansion.coefficients, sum);
			case OUTER -> {
				spectrum.compute(expansion.coefficients, vectors[0]);
				add(vectors[0], sum);
			}
			}
		}
		if (average != SoapSettings.Average.OFF) {
			for (int i = 0; i < sum.length; i++) {
				sum[i] /= sites.length;
			}
			if (average == SoapSettings.Average.INNER) {
				spectrum.compute(sum, vectors[0]);
			} else {
				vectors[0] = sum;
			}
		}
		return vectors;
	}

	private PowerSpectrum spectrum(SortedSet<String> species) {
		return new PowerSpectrum(species.size(), settings.getNMax(), settings.getLMax());
	}

	private static int indexOf(SortedSet<String> species, String element) {
		int index = species.headSet(element).size();
		if (!species.contains(element)) {
			throw new IllegalArgumentException(element + " is not in the SOAP species set " + species);
		}
		return index;
	}

	private static void add(double[] values, double[] sum) {
		for (int i = 0; i < values.length; i++) {
			sum[i] += values[i];
		}
	}

	/** The expansion coefficients of one site's neighbour density, with the work arrays they need. */
	private final class Expansion {

		/** c^Z_nlm at (Z (l_max + 1)² + l² + l + m) n_max + n. */
		final double[] coefficients;
		private final double[] radial;
		private final double[] ylm;
		private final int harmonicsCount;

		Expansion(int species) {
			harmonicsCount = RealSphericalHarmonics.size(basis.lMax());
			coefficients = new double[species * basis.nMax() * harmonicsCount];
			radial = new double[(basis.lMax() + 1) * basis.nMax()];
			ylm = new double[harmonicsCount];
		}

		/** Expands the density of the site's own atom and of its neighbours. */
		void expand(int site, List<Neighbour> neighbours, int[] types) {
			Arrays.fill(coefficients, 0);
			addAtom(types[site], 0, 0, 1, 0, weights.centre());
			for (Neighbour neighbour : neighbours) {
				double[] v = neighbour.vector();
				double r = neighbour.distance();
				if (r > 0) {
					double w = weights.of(r);
					if (w != 0) {
						addAtom(types[neighbour.index()], v[0] / r, v[1] / r, v[2] / r, r, w);
					}
				} else {
					// On top of the centre only l = 0 survives: any direction will do.
					addAtom(types[neighbour.index()], 0, 0, 1, 0, weights.centre());
				}
			}
		}

		/** Adds w F_nl(r) Y_lm(u) for an atom of species {@code type} at distance r in direction u. */
		private void addAtom(int type, double ux, double uy, double uz, double r, double w) {
			basis.integrals(r, radial);
			harmonics.solid(ux, uy, uz, ylm);
			int nMax = basis.nMax();
			int base = type * harmonicsCount;
			for (int l = 0; l <= basis.lMax(); l++) {
				int radialRow = l * nMax;
				for (int lm = l * l; lm <= l * l + 2 * l; lm++) {
					double y = w * ylm[lm];
					int row = (base + lm) * nMax;
					for (int n = 0; n < nMax; n++) {
						coefficients[row + n] += radial[radialRow + n] * y;
					}
				}
			}
		}
	}
}
