package org.edgewise.structure.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;
import org.edgewise.structure.descriptor.LmbtrSettings.Geometry;
import org.edgewise.structure.descriptor.LmbtrSettings.Normalization;
import org.edgewise.structure.descriptor.LmbtrSettings.Term;
import org.edgewise.structure.descriptor.LmbtrSettings.Weighting;

/**
 * The local many-body tensor representation (Huo and Rupp; DScribe's {@code LMBTR}, API of DScribe 2.x),
 * with a k = 2 and a k = 3 term as described in {@link LmbtrSettings}.
 * <p>
 * As in DScribe, the centre atom is the special species X: its own element is not encoded (its periodic
 * images are ordinary neighbours of their real element). For the species set S_1 < ... < S_s in the order
 * of the {@link SortedSet} (DScribe sorts by atomic number), the elements are numbered X = 0, S_1 = 1, ...,
 * S_s = s, and e = s + 1 is their count. Every block is one grid of the term's n values.
 * <ul>
 * <li>k2 (first, when on): e blocks; block b holds the distances (or inverse distances) from the centre to
 * the neighbours of element b. Block 0 (X-X) is always zero for atom centres; it is kept, as in DScribe,
 * so that the layout matches DScribe's.</li>
 * <li>k3 (after k2, when on): e (3e - 1) / 2 blocks of angles of the triangles centre-j-k (each unordered
 * pair of neighbours j, k within reach): first the angles at the centre, for element pairs (a, b) with
 * a ≤ b, block {@code b + a e - a (a + 1) / 2} (the blocks with a = 0 stay zero); then the angles at
 * neighbour j of element a with the third corner of element b, block {@code e (e + 1) / 2 + (a - 1) e + b}
 * (those with b = 0 stay zero). Each triangle adds its three angles, weighted by its perimeter.</li>
 * </ul>
 * {@link #blockOffset} finds a block as DScribe's {@code get_location} does. Immutable and safe for
 * concurrent use.
 */
public final class Lmbtr implements LocalDescriptor {

	/** The identifier of this descriptor. */
	public static final String ID = "lmbtr";

	/** The name of the centre in {@link #blockOffset}, as in DScribe. */
	public static final String CENTRE = "X";

	/** Atoms closer than this (ångström) coincide: their angles are undefined. */
	private static final double COINCIDENT = 1e-8;

	private final LmbtrSettings settings;
	private final Plan k2;
	private final Plan k3;

	/**
	 * @param settings the settings, with at least one term; copied
	 * @throws IllegalArgumentException if both terms are off
	 */
	public Lmbtr(LmbtrSettings settings) {
		this.settings = settings.copy();
		if (settings.getK2() == null && settings.getK3() == null) {
			throw new IllegalArgumentException("LMBTR needs a k2 or a k3 term");
		}
		k2 = settings.getK2() == null ? null : new Plan(settings.getK2(), settings.isNormalizeGaussians());
		k3 = settings.getK3() == null ? null : new Plan(settings.getK3(), settings.isNormalizeGaussians());
	}

	@Override
	public String id() {
		return ID;
	}

	/** @return a copy of the settings */
	@Override
	public LmbtrSettings settings() {
		return settings.copy();
	}

	@Override
	public int length(SortedSet<String> species) {
		return k2Length(species.size() + 1) + k3Length(species.size() + 1);
	}

	/**
	 * Where the block of a species combination starts, as DScribe's {@code get_location}: {@code ("X", "O")}
	 * is the k2 block of the centre's O neighbours; {@code ("X", "O", "Fe")} the k3 block of the angles at
	 * an O neighbour between the centre and an Fe; {@code ("Fe", "X", "O")} the angles at the centre between
	 * an Fe and an O neighbour. A combination and its reverse name the same block.
	 *
	 * @param species     the species set
	 * @param combination two or three names from {@code species} or {@link #CENTRE}, including the centre
	 * @return the offset of the block's first value; the block holds the term's n grid values
	 * @throws IllegalArgumentException if the term is off, a name is unknown or the centre is missing
	 */
	public int blockOffset(SortedSet<String> species, String... combination) {
		List<String> names = new ArrayList<>();
		names.add(CENTRE);
		names.addAll(species);
		int[] index = new int[combination.length];
		for (int i = 0; i < combination.length; i++) {
			index[i] = names.indexOf(combination[i]);
			if (index[i] < 0) {
				throw new IllegalArgumentException("'" + combination[i] + "' is neither " + CENTRE + " nor in " + species);
			}
		}
		if (!List.of(combination).contains(CENTRE)) {
			throw new IllegalArgumentException("an LMBTR block includes the centre " + CENTRE + ", got "
					+ List.of(combination));
		}
		int e = names.size();
		if (combination.length == 2 && k2 != null) {
			return Math.max(index[0], index[1]) * k2.grid.size();
		}
		if (combination.length == 3 && k3 != null) {
			int a = Math.min(index[0], index[2]);
			int b = Math.max(index[0], index[2]);
			// Angles at a neighbour: the end that is not the centre is the third corner.
			int block = index[1] == 0 ? centreBlock(a, b, e)
					: neighbourBlock(index[1], index[0] == 0 ? index[2] : index[0], e);
			return k2Length(e) + block * k3.grid.size();
		}
		throw new IllegalArgumentException("no LMBTR k" + combination.length + " term for " + List.of(combination));
	}

	@Override
	public double[][] compute(Structure structure, int[] sites, SortedSet<String> species) {
		Objects.requireNonNull(structure, "structure");
		SpeciesTypes.checkSites(structure, sites);
		int[] types = SpeciesTypes.of(structure, species);
		int e = species.size() + 1;
		double[][] vectors = new double[sites.length][length(species)];
		if (sites.length == 0) {
			return vectors;
		}
		double reach2 = k2 == null ? 0 : k2.reach(structure, 1);
		double reach3 = k3 == null ? 0 : k3.reach(structure, 0.5);
		NeighbourList list = NeighbourList.around(structure, Math.max(reach2, reach3), sites);
		Scratch scratch = new Scratch();
		for (int s = 0; s < sites.length; s++) {
			scratch.load(list.neighbours(sites[s]), types, sites[s]);
			double[] out = vectors[s];
			if (k2 != null) {
				pairs(scratch, reach2, out);
			}
			if (k3 != null) {
				triangles(scratch, reach3, e, structure, out, k2Length(e));
			}
			if (settings.getNormalization() == Normalization.L2) {
				normalise(out, 0, k2Length(e));
				normalise(out, k2Length(e), out.length);
			}
		}
		return vectors;
	}

	private int k2Length(int e) {
		return k2 == null ? 0 : e * k2.grid.size();
	}

	private int k3Length(int e) {
		return k3 == null ? 0 : e * (3 * e - 1) / 2 * k3.grid.size();
	}

	/** The k3 block of the angle at the centre between neighbours of elements a ≤ b. */
	private static int centreBlock(int a, int b, int e) {
		return b + a * e - a * (a + 1) / 2;
	}

	/** The k3 block of the angle at a neighbour of element a, the third corner being of element b. */
	private static int neighbourBlock(int a, int b, int e) {
		return e * (e + 1) / 2 + (a - 1) * e + b;
	}

	/** Adds the k2 Gaussian of every neighbour within {@code reach}. */
	private void pairs(Scratch n, double reach, double[] out) {
		int width = k2.grid.size();
		for (int j = 0; j < n.count && n.r[j] <= reach; j++) {
			double weight = k2.weight(n.r[j]);
			if (weight >= k2.threshold) {
				double x = k2.geometry == Geometry.DISTANCE ? n.r[j] : 1 / n.r[j];
				k2.grid.add(x, weight, out, (n.type[j] + 1) * width);
			}
		}
	}

	/** Adds the three k3 angles of every triangle of the centre with two neighbours within {@code reach}. */
	private void triangles(Scratch n, double reach, int e, Structure structure, double[] out, int base) {
		int width = k3.grid.size();
		for (int j = 1; j < n.count && n.r[j] <= reach; j++) {
			for (int k = 0; k < j; k++) {
				double dx = n.x[k] - n.x[j];
				double dy = n.y[k] - n.y[j];
				double dz = n.z[k] - n.z[j];
				double rjk = Math.sqrt(dx * dx + dy * dy + dz * dz);
				double perimeter = n.r[j] + n.r[k] + rjk;
				if (perimeter > k3.longestPerimeter) {
					continue;
				}
				double weight = k3.weight(perimeter);
				if (weight < k3.threshold) {
					continue;
				}
				if (rjk < COINCIDENT) {
					throw new IllegalArgumentException("atoms " + n.index[j] + " and " + n.index[k] + " ("
							+ structure.species(n.index[j]) + ") lie at the same position");
				}
				double dot = n.x[j] * n.x[k] + n.y[j] * n.y[k] + n.z[j] * n.z[k];
				int a = n.type[j] + 1;
				int b = n.type[k] + 1;
				// Law of cosines on the vectors: at j between j->centre (-v_j) and j->k (v_k - v_j), and so on.
				double atCentre = dot / (n.r[j] * n.r[k]);
				double atJ = (n.r[j] * n.r[j] - dot) / (n.r[j] * rjk);
				double atK = (n.r[k] * n.r[k] - dot) / (n.r[k] * rjk);
				k3.grid.add(k3.angle(atCentre), weight, out, base + centreBlock(Math.min(a, b), Math.max(a, b), e) * width);
				k3.grid.add(k3.angle(atJ), weight, out, base + neighbourBlock(a, b, e) * width);
				k3.grid.add(k3.angle(atK), weight, out, base + neighbourBlock(b, a, e) * width);
			}
		}
	}

	private static void normalise(double[] v, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += v[i] * v[i];
		}
		if (sum > 0) {
			double factor = 1 / Math.sqrt(sum);
			for (int i = from; i < to; i++) {
				v[i] *= factor;
			}
		}
	}

	/** One term's settings turned into what the loops need. */
	private static final class Plan {

		final Geometry geometry;
		final GaussianGrid grid;
		final boolean exponential;
		final double scale;
		/** The lightest weight kept: 0 for unity weighting. */
		final double threshold;
		/** The largest distance (k2) or perimeter (k3) whose weight reaches the threshold. */
		final double longestPerimeter;

		Plan(Term term, boolean normalizeGaussians) {
			geometry = term.getGeometry();
			grid = new GaussianGrid(term.getMin(), term.getMax(), term.getN(), term.getSigma(), normalizeGaussians);
			exponential = term.getWeighting() == Weighting.EXP;
			scale = term.getScale();
			threshold = exponential ? term.getThreshold() : 0;
			longestPerimeter = exponential ? -Math.log(threshold) / scale : Double.POSITIVE_INFINITY;
		}

		double weight(double x) {
			return exponential ? Math.exp(-scale * x) : 1;
		}

		/** @return the geometry value of an angle given by its cosine, clamped against rounding */
		double angle(double cos) {
			double c = Math.max(-1, Math.min(1, cos));
			return geometry == Geometry.COSINE ? c : Math.toDegrees(Math.acos(c));
		}

		/**
		 * The farthest neighbour that can contribute: where the weight falls below the threshold (the
		 * distance, or half the perimeter with {@code fraction} 0.5, since a triangle's perimeter is at least
		 * twice its longest side), and for distances where the Gaussians leave the grid. A cluster with unity
		 * weighting needs all its atoms.
		 *
		 * @throws IllegalArgumentException if the reach is unbounded in a periodic structure
		 */
		double reach(Structure structure, double fraction) {
			double reach = fraction * longestPerimeter;
			if (geometry == Geometry.DISTANCE) {
				reach = Math.min(reach, grid.highestReaching());
			} else if (geometry == Geometry.INVERSE_DISTANCE && grid.lowestReaching() > 0) {
				reach = Math.min(reach, 1 / grid.lowestReaching());
			}
			if (Double.isInfinite(reach)) {
				if (structure.isPeriodic()) {
					throw new IllegalArgumentException("LMBTR k" + geometry.degree() + " with " + geometry.key()
							+ " and unity weighting has no cutoff: a periodic structure needs the exponential weighting");
				}
				return extent(structure);
			}
			return Math.max(reach, Double.MIN_NORMAL);
		}

		/** @return the diagonal of the cluster's bounding box (at least 1 Å): no two atoms are farther apart */
		private static double extent(Structure structure) {
			double[] low = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY };
			double[] high = { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
			for (int i = 0; i < structure.size(); i++) {
				double[] r = structure.position(i);
				for (int c = 0; c < 3; c++) {
					low[c] = Math.min(low[c], r[c]);
					high[c] = Math.max(high[c], r[c]);
				}
			}
			double sum = 0;
			for (int c = 0; c < 3; c++) {
				sum += (high[c] - low[c]) * (high[c] - low[c]);
			}
			return Math.max(1, Math.sqrt(sum) * (1 + 1e-9));
		}
	}

	/** One centre's neighbours (nearest first) in flat arrays, reused from site to site. */
	private static final class Scratch {

		int count;
		double[] x = new double[0];
		double[] y = x;
		double[] z = x;
		double[] r = x;
		int[] type = new int[0];
		int[] index = type;

		void load(List<Neighbour> neighbours, int[] types, int centre) {
			count = neighbours.size();
			if (x.length < count) {
				int capacity = Math.max(count, 2 * x.length);
				x = new double[capacity];
				y = new double[capacity];
				z = new double[capacity];
				r = new double[capacity];
				type = new int[capacity];
				index = new int[capacity];
			}
			for (int j = 0; j < count; j++) {
				Neighbour neighbour = neighbours.get(j);
				if (neighbour.distance() < COINCIDENT) {
					throw new IllegalArgumentException("atoms " + centre + " and " + neighbour.index()
							+ " lie at the same position");
				}
				double[] v = neighbour.vector();
				x[j] = v[0];
				y[j] = v[1];
				z[j] = v[2];
				r[j] = neighbour.distance();
				index[j] = neighbour.index();
				type[j] = types[neighbour.index()];
			}
		}
	}
}
