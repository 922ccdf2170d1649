package org.edgewise.structure.descriptor;

import java.util.Arrays;
import java.util.Objects;
import java.util.SortedSet;

import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;

/**
 * SNAP bispectrum components (Thompson et al., J. Comput. Phys. 285, 316 (2015)), as LAMMPS
 * {@code compute sna/atom} computes them.
 * <p>
 * Each neighbour of a site, closer than its pair cutoff R_ab = rcutfac (R_a + R_b), maps to a point of the
 * 3-sphere at the polar angle θ0 = rfac0 π (r - rmin0) / (R_ab - rmin0) in the neighbour's direction. The
 * density of neighbours on the 3-sphere, each weighted by its element's weight w_b and by the switching
 * function f_c(r), plus the centre atom itself with weight 1 at the pole, is expanded in the hyperspherical
 * harmonics U^j (Wigner matrices) up to 2j = 2J:
 * u^j = 1 + sum over neighbours of f_c(r) w_b U^j(θ0, θ, φ). The expansion is coupled into the
 * rotation-invariant bispectrum components B(j1, j2, j) with Clebsch-Gordan coefficients (see
 * {@link #components()} for the list and order, the LAMMPS one).
 * <p>
 * As classic SNAP this is one density for all elements, told apart only by their radii and weights; the
 * explicit multi-element variant of LAMMPS ({@code chem}, one density per element) is not offered, so the
 * vector's length does not depend on the species set. Like LAMMPS, and unlike some re-implementations, the
 * centre atom's own term (the identity in every u^j) is included; with {@link SnapSettings#subtractIsolated()}
 * the components of an atom without neighbours (2j + 1 for each B(j1, j2, j)) are subtracted. With
 * {@link SnapSettings#quadratic()} the vector continues with the products of the linear components
 * B_i B_k for i &lt;= k, row after row (i = 0: k = 0 ... K - 1; i = 1: k = 1 ...), the squares halved
 * (0.5 B_i^2), as LAMMPS orders and scales them.
 * <p>
 * A neighbour closer than rmin0 maps to a negative θ0 here; LAMMPS there takes the opposite quaternion,
 * which flips the sign of the harmonics of half-integer j. With the default rmin0 = 0 the two agree
 * everywhere. Immutable and safe for concurrent use.
 */
public final class Snap implements LocalDescriptor {

	/** The identifier of linear SNAP, {@value}. */
	public static final String ID = "snap";
	/** The identifier with the quadratic terms appended (qSNAP of Wood and Thompson), {@value}. */
	public static final String QUADRATIC_ID = "qsnap";

	/** LAMMPS skips neighbours closer than this squared distance (Å²): atoms on top of each other. */
	private static final double COINCIDENT_SQUARED = 1e-20;

	private final SnapSettings settings;
	private final WignerU harmonics;
	private final Bispectrum bispectrum;
	private final int[][] components;

	/** @param settings the settings; see {@link SnapSettings#defaults()} */
	public Snap(SnapSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
		harmonics = new WignerU(settings.twoJMax());
		bispectrum = new Bispectrum(harmonics);
		components = Bispectrum.triples(settings.twoJMax());
	}

	/** @return {@value #ID}, or {@value #QUADRATIC_ID} when the quadratic terms are appended */
	@Override
	public String id() {
		return settings.quadratic() ? QUADRATIC_ID : ID;
	}

	@Override
	public SnapSettings settings() {
		return settings;
	}

	/** @return {@link SnapSettings#length()}: one density for all elements, so the species do not matter */
	@Override
	public int length(SortedSet<String> species) {
		Objects.requireNonNull(species, "species");
		return settings.length();
	}

	/**
	 * @return the linear components in vector order, each as {2j1, 2j2, 2j}: 2j1 from 0 to 2J, then
	 *         2j2 from 0 to 2j1, then 2j from 2j1 - 2j2 in steps of 2 up to min(2J, 2j1 + 2j2), keeping
	 *         those with j &gt;= j1 (LAMMPS order); a copy
	 */
	public int[][] components() {
		int[][] copy = new int[components.length][];
		for (int i = 0; i < copy.length; i++) {
			copy[i] = components[i].clone();
		}
		return copy;
	}

	/**
	 * {@inheritDoc}
	 *
	 * @throws IllegalArgumentException also if rmin0 is not below 2 rcutfac R for the smallest radius R of the
	 *                                  structure's elements
	 */
	@Override
	public double[][] compute(Structure structure, int[] sites, SortedSet<String> species) {
		Objects.requireNonNull(structure, "structure");
		Objects.requireNonNull(sites, "sites");
		Objects.requireNonNull(species, "species");
		int[] types = SpeciesTypes.of(structure, species);
		SpeciesTypes.checkSites(structure, sites);
		double[] typeRadius = new double[species.size()];
		double[] typeWeight = new double[species.size()];
		int type = 0;
		for (String element : species) {
			typeRadius[type] = settings.radius(element);
			typeWeight[type++] = settings.weight(element);
		}
		int n = structure.size();
		double[] radius = new double[n];
		double[] weight = new double[n];
		double largest = 0;
		double smallest = Double.POSITIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			radius[i] = typeRadius[types[i]];
			weight[i] = typeWeight[types[i]];
			largest = Math.max(largest, radius[i]);
			smallest = Math.min(smallest, radius[i]);
		}
		if (sites.length == 0) {
			return new double[0][];
		}
		if (settings.rmin0() >= 2 * settings.rcutfac() * smallest) {
			throw new IllegalArgumentException("SNAP rmin0 " + settings.rmin0() + " Å must lie below the pair cutoffs,"
					+ " here as short as 2 rcutfac R = " + 2 * settings.rcutfac() * smallest + " Å");
		}
		NeighbourList list = NeighbourList.around(structure, 2 * settings.rcutfac() * largest, sites);
		Workspace work = new Workspace();
		double[][] result = new double[sites.length][];
		for (int s = 0; s < sites.length; s++) {
			result[s] = describe(list, sites[s], radius, weight, largest, work);
		}
		return result;
	}

	/** The vector of one site: density expansion, coupling, isolated-atom shift, products. */
	private double[] describe(NeighbourList list, int site, double[] radius, double[] weight, double largest,
			Workspace work) {
		double[] uRe = work.totalRe;
		double[] uIm = work.totalIm;
		Arrays.fill(uRe, 0);
		Arrays.fill(uIm, 0);
		for (int j = 0; j <= settings.twoJMax(); j++) {
			for (int m = 0; m <= j; m++) {
				uRe[harmonics.offset(j) + m * (j + 1) + m] = 1;
			}
		}
		double rcutfac = settings.rcutfac();
		double rmin0 = settings.rmin0();
		double reach = rcutfac * (radius[site] + largest);
		for (Neighbour neighbour : list.neighbours(site)) {
			double r = neighbour.distance();
			if (r >= reach) {
				break; // nearest first: no later neighbour is within any pair cutoff
			}
			double cutoff = rcutfac * (radius[site] + radius[neighbour.index()]);
			if (r >= cutoff || r * r <= COINCIDENT_SQUARED) {
				continue;
			}
			double span = cutoff - rmin0;
			double theta0 = settings.rfac0() * Math.PI * (r - rmin0) / span;
			double f = weight[neighbour.index()] * switching(r, span);
			double[] v = neighbour.vector();
			harmonics.compute(v[0], v[1], v[2], r, theta0, work.re, work.im);
			for (int j = 0; j <= settings.twoJMax(); j++) {
				int end = harmonics.offset(j) + harmonics.halfLength(j);
				for (int k = harmonics.offset(j); k < end; k++) {
					uRe[k] += f * work.re[k];
					uIm[k] += f * work.im[k];
				}
			}
		}
		harmonics.mirror(uRe, uIm);
		double[] b = work.linear;
		bispectrum.compute(uRe, uIm, b);
		if (settings.subtractIsolated()) {
			for (int t = 0; t < b.length; t++) {
				b[t] -= components[t][2] + 1;
			}
		}
		double[] vector = Arrays.copyOf(b, settings.length());
		if (settings.quadratic()) {
			int c = b.length;
			for (int i = 0; i < b.length; i++) {
				vector[c++] = 0.5 * b[i] * b[i];
				for (int k = i + 1; k < b.length; k++) {
					vector[c++] = b[i] * b[k];
				}
			}
		}
		return vector;
	}

	/** f_c(r) = (cos(π (r - rmin0) / span) + 1) / 2, 1 below rmin0; 1 everywhere without switching. */
	private double switching(double r, double span) {
		double x = r - settings.rmin0();
		if (!settings.switching() || x <= 0) {
			return 1;
		}
		return 0.5 * (Math.cos(Math.PI * x / span) + 1);
	}

	/** The arrays one compute call reuses for all its sites, so that the sites allocate nothing else. */
	private final class Workspace {
		final double[] re = new double[harmonics.size()];
		final double[] im = new double[harmonics.size()];
		final double[] totalRe = new double[harmonics.size()];
		final double[] totalIm = new double[harmonics.size()];
		final double[] linear = new double[bispectrum.size()];
	}
}
