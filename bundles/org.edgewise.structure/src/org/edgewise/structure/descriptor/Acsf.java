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
 * Atom-centred symmetry functions (Behler, J. Chem. Phys. 134, 074106 (2011)) as DScribe's {@code ACSF}
 * computes them; the functions and their parameters are described in {@link AcsfSettings}.
 * <p>
 * Every neighbour within r_cut counts, periodic images included (the centre atom's own images too). G4
 * and G5 sum over each unordered pair of neighbours once (Behler's double sum over j ≠ k counts every
 * pair twice, so it is twice these values), and G4 drops pairs with r_jk beyond r_cut, as DScribe does.
 * <p>
 * Layout, for the species set S_0 < S_1 < ... < S_{n-1} in the order of the {@link SortedSet} (DScribe
 * sorts by atomic number instead): first one radial block per neighbour species S_t, at offset
 * {@code t (1 + n_G2 + n_G3)}, holding G1, then the G2 in the order of {@code g2Params}, then the G3 in the
 * order of {@code g3Params}; then one angular block per unordered species pair (S_a, S_b), a ≤ b, in the
 * order (0,0), (0,1), (1,1), (0,2), (1,2), (2,2), ..., i.e. pair index b (b + 1) / 2 + a, at offset
 * {@code n (1 + n_G2 + n_G3) + (b (b + 1) / 2 + a) (n_G4 + n_G5)}, holding the G4 then the G5 in the
 * order of their parameters. {@link #featureNames} spells this out. The centre atom's own species is not
 * encoded. Immutable and safe for concurrent use.
 */
public final class Acsf implements LocalDescriptor {

	/** The identifier of this descriptor. */
	public static final String ID = "acsf";

	/** Neighbours closer than this (ångström) coincide with the centre: the angles are undefined. */
	private static final double COINCIDENT = 1e-8;

	private final AcsfSettings settings;
	private final double rCut;
	private final double[] g2Eta;
	private final double[] g2Rs;
	private final double[] g3Kappa;
	private final AngularTerms g4;
	private final AngularTerms g5;
	/** The distinct η of G4 and G5: exp(-η r²) is computed once per neighbour and η. */
	private final double[] angularEtas;

	/** @param settings the settings; copied */
	public Acsf(AcsfSettings settings) {
		this.settings = settings.copy();
		this.rCut = settings.getRCut();
		double[][] g2 = settings.getG2Params();
		g2Eta = new double[g2.length];
		g2Rs = new double[g2.length];
		for (int i = 0; i < g2.length; i++) {
			g2Eta[i] = g2[i][0];
			g2Rs[i] = g2[i][1];
		}
		g3Kappa = settings.getG3Params();
		double[][] g4Params = settings.getG4Params();
		double[][] g5Params = settings.getG5Params();
		angularEtas = Arrays.stream(concat(g4Params, g5Params)).mapToDouble(p -> p[0]).distinct().toArray();
		g4 = new AngularTerms(g4Params, angularEtas);
		g5 = new AngularTerms(g5Params, angularEtas);
	}

	@Override
	public String id() {
		return ID;
	}

	/** @return a copy of the settings */
	@Override
	public AcsfSettings settings() {
		return settings.copy();
	}

	@Override
	public int length(SortedSet<String> species) {
		int n = species.size();
		return n * radialWidth() + n * (n + 1) / 2 * angularWidth();
	}

	/**
	 * @param species the species set
	 * @return a name for every feature, in the layout's order, e.g. {@code G2[O; eta=2.0, Rs=1.5]} and
	 *         {@code G4[Fe-O; eta=0.005, zeta=2.0, lambda=-1.0]}
	 */
	public List<String> featureNames(SortedSet<String> species) {
		List<String> names = new ArrayList<>();
		for (String s : species) {
			names.add("G1[" + s + "]");
			for (int p = 0; p < g2Eta.length; p++) {
				names.add("G2[" + s + "; eta=" + g2Eta[p] + ", Rs=" + g2Rs[p] + "]");
			}
			for (double kappa : g3Kappa) {
				names.add("G3[" + s + "; kappa=" + kappa + "]");
			}
		}
		List<String> elements = List.copyOf(species);
		for (int b = 0; b < elements.size(); b++) {
			for (int a = 0; a <= b; a++) {
				String pair = elements.get(a) + "-" + elements.get(b);
				g4.addNames(names, "G4[" + pair, angularEtas);
				g5.addNames(names, "G5[" + pair, angularEtas);
			}
		}
		return names;
	}

	@Override
	public double[][] compute(Structure structure, int[] sites, SortedSet<String> species) {
		Objects.requireNonNull(structure, "structure");
		SpeciesTypes.checkSites(structure, sites);
		int[] types = SpeciesTypes.of(structure, species);
		int length = length(species);
		double[][] vectors = new double[sites.length][length];
		if (sites.length == 0) {
			return vectors;
		}
		NeighbourList list = NeighbourList.around(structure, rCut, sites);
		Scratch scratch = new Scratch(angularEtas.length);
		for (int s = 0; s < sites.length; s++) {
			scratch.load(list.neighbours(sites[s]), types, sites[s]);
			radial(scratch, vectors[s]);
			if (angularWidth() > 0) {
				angular(scratch, species.size() * radialWidth(), vectors[s]);
			}
		}
		return vectors;
	}

	private int radialWidth() {
		return 1 + g2Eta.length + g3Kappa.length;
	}

	private int angularWidth() {
		return g4.size() + g5.size();
	}

	/** The cosine cutoff f_c(r) = (cos(π r / r_c) + 1) / 2, for r ≤ r_c. */
	private double cutoff(double r) {
		return 0.5 * (Math.cos(Math.PI * r / rCut) + 1);
	}

	/** Adds G1, G2 and G3 of every neighbour to its species' radial block. */
	private void radial(Scratch n, double[] out) {
		int width = radialWidth();
		for (int j = 0; j < n.count; j++) {
			int offset = n.type[j] * width;
			double fc = n.fc[j];
			double r = n.r[j];
			out[offset++] += fc;
			for (int p = 0; p < g2Eta.length; p++) {
				double d = r - g2Rs[p];
				out[offset++] += Math.exp(-g2Eta[p] * d * d) * fc;
			}
			for (double kappa : g3Kappa) {
				out[offset++] += Math.cos(kappa * r) * fc;
			}
		}
	}

	/** Adds G4 and G5 of every unordered pair of neighbours to its species pair's angular block. */
	private void angular(Scratch n, int base, double[] out) {
		int width = angularWidth();
		double rCutSquared = rCut * rCut;
		double[] pairExp = n.pairExp;
		for (int j = 1; j < n.count; j++) {
			for (int k = 0; k < j; k++) {
				double cos = (n.x[j] * n.x[k] + n.y[j] * n.y[k] + n.z[j] * n.z[k]) / (n.r[j] * n.r[k]);
				int hi = Math.max(n.type[j], n.type[k]);
				int lo = Math.min(n.type[j], n.type[k]);
				int offset = base + (hi * (hi + 1) / 2 + lo) * width;
				if (g4.size() > 0) {
					double dx = n.x[j] - n.x[k];
					double dy = n.y[j] - n.y[k];
					double dz = n.z[j] - n.z[k];
					double rjkSquared = dx * dx + dy * dy + dz * dz;
					if (rjkSquared <= rCutSquared) {
						double fcjk = cutoff(Math.sqrt(rjkSquared));
						for (int q = 0; q < angularEtas.length; q++) {
							pairExp[q] = n.expFc[q][j] * n.expFc[q][k] * Math.exp(-angularEtas[q] * rjkSquared) * fcjk;
						}
						g4.add(cos, pairExp, out, offset);
					}
				}
				if (g5.size() > 0) {
					for (int q = 0; q < angularEtas.length; q++) {
						pairExp[q] = n.expFc[q][j] * n.expFc[q][k];
					}
					g5.add(cos, pairExp, out, offset + g4.size());
				}
			}
		}
	}

	private static double[][] concat(double[][] a, double[][] b) {
		double[][] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	/**
	 * The angular functions of one kind (G4 or G5): 2^(1-ζ) (1 + λ cos θ)^ζ times a radial factor that
	 * depends only on η, given per distinct η.
	 */
	private static final class AngularTerms {

		private final double[] zeta;
		private final double[] lambda;
		/** ζ as an integer when it is one (the usual case: repeated multiplication beats Math.pow), else -1. */
		private final int[] integerZeta;
		/** The index of each function's η among the distinct η. */
		private final int[] eta;

		AngularTerms(double[][] params, double[] etas) {
			int n = params.length;
			zeta = new double[n];
			lambda = new double[n];
			integerZeta = new int[n];
			eta = new int[n];
			for (int p = 0; p < n; p++) {
				zeta[p] = params[p][1];
				lambda[p] = params[p][2];
				integerZeta[p] = zeta[p] == Math.rint(zeta[p]) && zeta[p] <= 64 ? (int) zeta[p] : -1;
				for (int q = 0; q < etas.length; q++) {
					if (etas[q] == params[p][0]) {
						eta[p] = q;
					}
				}
			}
		}

		int size() {
			return zeta.length;
		}

		void add(double cos, double[] radialByEta, double[] out, int offset) {
			for (int p = 0; p < zeta.length; p++) {
				// 2^(1-ζ) (1 + λ cos)^ζ = 2 ((1 + λ cos) / 2)^ζ; the base cannot be negative but for rounding.
				double half = Math.max(0, 0.5 * (1 + lambda[p] * cos));
				double power = integerZeta[p] >= 0 ? power(half, integerZeta[p]) : Math.pow(half, zeta[p]);
				out[offset + p] += 2 * power * radialByEta[eta[p]];
			}
		}

		void addNames(List<String> names, String prefix, double[] etas) {
			for (int p = 0; p < zeta.length; p++) {
				names.add(prefix + "; eta=" + etas[eta[p]] + ", zeta=" + zeta[p] + ", lambda=" + lambda[p] + "]");
			}
		}

		private static double power(double base, int exponent) {
			double result = 1;
			for (double b = base; exponent > 0; exponent >>= 1, b *= b) {
				if ((exponent & 1) != 0) {
					result *= b;
				}
			}
			return result;
		}
	}

	/**
	 * One centre's neighbours in flat arrays, with their cutoff values and exp(-η r²) f_c(r) per distinct
	 * η; reused from site to site, so that the pair loop allocates nothing.
	 */
	private final class Scratch {

		int count;
		double[] x = new double[0];
		double[] y = x;
		double[] z = x;
		double[] r = x;
		double[] fc = x;
		int[] type = new int[0];
		final double[][] expFc;
		final double[] pairExp;

		Scratch(int etas) {
			expFc = new double[etas][0];
			pairExp = new double[etas];
		}

		void load(List<Neighbour> neighbours, int[] types, int centre) {
			count = neighbours.size();
			if (x.length < count) {
				int capacity = Math.max(count, 2 * x.length);
				x = new double[capacity];
				y = new double[capacity];
				z = new double[capacity];
				r = new double[capacity];
				fc = new double[capacity];
				type = new int[capacity];
				for (int q = 0; q < expFc.length; q++) {
					expFc[q] = new double[capacity];
				}
			}
			for (int j = 0; j < count; j++) {
				Neighbour neighbour = neighbours.get(j);
				if (neighbour.distance() < COINCIDENT) {
					throw new IllegalArgumentException("atoms " + centre + " and " + neighbour.index()
							+ " (image " + Arrays.toString(neighbour.image()) + ") lie at the same position");
				}
				double[] v = neighbour.vector();
				x[j] = v[0];
				y[j] = v[1];
				z[j] = v[2];
				r[j] = neighbour.distance();
				fc[j] = cutoff(r[j]);
				type[j] = types[neighbour.index()];
				double rSquared = r[j] * r[j];
				for (int q = 0; q < expFc.length; q++) {
					expFc[q][j] = Math.exp(-angularEtas[q] * rSquared) * fc[j];
				}
			}
		}
	}
}
