package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.function.Function;

import org.edgewise.structure.Lattice;
import org.edgewise.structure.Rotations;
import org.edgewise.structure.Structure;

/**
 * The checks every {@link LocalDescriptor} must pass, written once for all of them: the shape of the
 * output, invariance to rotation, translation and permutation of atoms, equality of a supercell's
 * vectors with the primitive cell's, and continuity under small displacements. Also builds the random
 * test structures the checks run on.
 * <p>
 * Vectors are compared feature by feature with a tolerance relative to the largest magnitude in the
 * reference vector (at least 1), because descriptor values range from 1e-6 to 1e3.
 */
public final class DescriptorChecks {

	private DescriptorChecks() {
	}

	/**
	 * Computes the vectors and checks their count, their length ({@link LocalDescriptor#length}) and that
	 * every value is finite.
	 *
	 * @return the vectors
	 */
	public static double[][] computeChecked(LocalDescriptor descriptor, Structure structure, int[] sites,
			SortedSet<String> species) {
		double[][] vectors = descriptor.compute(structure, sites, species);
		assertEquals(sites.length, vectors.length, descriptor.id() + ": one vector per site");
		int length = descriptor.length(species);
		for (int s = 0; s < vectors.length; s++) {
			assertEquals(length, vectors[s].length, descriptor.id() + ": length of the vector of site " + sites[s]);
			for (int f = 0; f < length; f++) {
				if (!Double.isFinite(vectors[s][f])) {
					fail(descriptor.id() + ": site " + sites[s] + " feature " + f + " is " + vectors[s][f]);
				}
			}
		}
		return vectors;
	}

	/**
	 * Asserts that two sets of vectors agree feature by feature within {@code tolerance} times the largest
	 * magnitude of the expected vector (at least 1); the message names the site and feature.
	 */
	public static void assertVectorsClose(double[][] expected, double[][] actual, double tolerance, String what) {
		assertEquals(expected.length, actual.length, what + ": number of vectors");
		for (int s = 0; s < expected.length; s++) {
			assertEquals(expected[s].length, actual[s].length, what + ": length of vector " + s);
			double scale = Math.max(1, maxAbs(expected[s]));
			for (int f = 0; f < expected[s].length; f++) {
				if (!(Math.abs(expected[s][f] - actual[s][f]) <= tolerance * scale)) {
					fail(what + ": vector " + s + " feature " + f + " expected " + expected[s][f] + " but was "
							+ actual[s][f] + " (tolerance " + tolerance * scale + ")");
				}
			}
		}
	}

	/** Rotates the whole structure (and its cell) about a random axis and compares the vectors. */
	public static void assertRotationInvariant(LocalDescriptor descriptor, Structure structure, int[] sites,
			SortedSet<String> species, double tolerance, long seed) {
		double[][] rotation = Rotations.random(new Random(seed));
		Structure rotated;
		if (structure.isPeriodic()) {
			// Rotating the cell vectors with the atoms leaves the fractional coordinates unchanged.
			Lattice lattice = structure.lattice();
			double[][] rows = new double[3][];
			for (int k = 0; k < 3; k++) {
				rows[k] = multiply(rotation, lattice.vector(k));
			}
			rotated = Structure.periodic(Lattice.of(rows), structure.species(), fractional(structure));
		} else {
			double[][] positions = new double[structure.size()][];
			for (int i = 0; i < structure.size(); i++) {
				positions[i] = multiply(rotation, structure.position(i));
			}
			rotated = Structure.cluster(structure.species(), positions);
		}
		assertVectorsClose(computeChecked(descriptor, structure, sites, species),
				computeChecked(descriptor, rotated, sites, species), tolerance, descriptor.id() + " after a rotation");
	}

	/** Moves every atom by the same vector {@code shift} (ångström) and compares the vectors. */
	public static void assertTranslationInvariant(LocalDescriptor descriptor, Structure structure, int[] sites,
			SortedSet<String> species, double[] shift, double tolerance) {
		double[][] positions = new double[structure.size()][];
		for (int i = 0; i < structure.size(); i++) {
			double[] r = structure.position(i);
			positions[i] = new double[] { r[0] + shift[0], r[1] + shift[1], r[2] + shift[2] };
		}
		Structure moved = rebuild(structure, structure.species(), positions);
		assertVectorsClose(computeChecked(descriptor, structure, sites, species),
				computeChecked(descriptor, moved, sites, species), tolerance, descriptor.id() + " after a translation");
	}

	/**
	 * Lists the atoms in a random order (each keeping its species and position, so same-species atoms are
	 * relabelled) and compares the vectors of the same sites under their new indices.
	 */
	public static void assertPermutationInvariant(LocalDescriptor descriptor, Structure structure, int[] sites,
			SortedSet<String> species, double tolerance, long seed) {
		int n = structure.size();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(seed));
		// Old atom order.get(k) becomes new atom k.
		int[] newIndex = new int[n];
		List<String> newSpecies = new ArrayList<>();
		double[][] positions = new double[n][];
		for (int k = 0; k < n; k++) {
			newIndex[order.get(k)] = k;
			newSpecies.add(structure.species(order.get(k)));
			positions[k] = structure.position(order.get(k));
		}
		int[] newSites = new int[sites.length];
		for (int s = 0; s < sites.length; s++) {
			newSites[s] = newIndex[sites[s]];
		}
		Structure permuted = rebuild(structure, newSpecies, positions);
		assertVectorsClose(computeChecked(descriptor, structure, sites, species),
				computeChecked(descriptor, permuted, newSites, species), tolerance,
				descriptor.id() + " after a permutation of the atoms");
	}

	/**
	 * Builds the {@code na x nb x nc} supercell of a periodic structure and checks that every atom of the
	 * primitive cell has the same vector as each of its copies in the supercell.
	 */
	public static void assertSupercellEquivalent(LocalDescriptor descriptor, Structure primitive, int[] repeats,
			SortedSet<String> species, double tolerance) {
		Structure supercell = supercell(primitive, repeats);
		int n = primitive.size();
		int copies = repeats[0] * repeats[1] * repeats[2];
		int[] sites = new int[n];
		for (int i = 0; i < n; i++) {
			sites[i] = i;
		}
		double[][] expected = computeChecked(descriptor, primitive, sites, species);
		// The first and the last copy of the cell: the farthest apart in the supercell's listing.
		for (int copy : new int[] { 0, copies - 1 }) {
			int[] copySites = new int[n];
			for (int i = 0; i < n; i++) {
				copySites[i] = copy * n + i;
			}
			assertVectorsClose(expected, computeChecked(descriptor, supercell, copySites, species), tolerance,
					descriptor.id() + " in copy " + copy + " of the " + repeats[0] + "x" + repeats[1] + "x"
							+ repeats[2] + " supercell");
		}
	}

	/**
	 * Moves every atom a small random distance and checks the change of the vectors shrinks with the
	 * distance: moving by 1e-7 Å must change them at least 20 times less than moving the same way by
	 * 1e-4 Å (a continuous descriptor changes 1000 times less; a jump would not shrink at all), and moving
	 * by 1e-4 Å must change something.
	 */
	public static void assertContinuous(LocalDescriptor descriptor, Structure structure, int[] sites,
			SortedSet<String> species, long seed) {
		Random random = new Random(seed);
		double[][] directions = new double[structure.size()][];
		for (int i = 0; i < structure.size(); i++) {
			directions[i] = new double[] { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
		}
		double[][] reference = computeChecked(descriptor, structure, sites, species);
		double large = maxDifference(reference, computeChecked(descriptor, displaced(structure, directions, 1e-4),
				sites, species));
		double small = maxDifference(reference, computeChecked(descriptor, displaced(structure, directions, 1e-7),
				sites, species));
		assertTrue(large > 0, descriptor.id() + ": moving the atoms by 1e-4 Å changed nothing");
		assertTrue(small <= large / 20, descriptor.id() + ": moving the atoms by 1e-7 Å changed the vectors by "
				+ small + ", by 1e-4 Å by " + large + ": not continuous");
	}

	/**
	 * A random cluster: atoms of the given species placed one by one in a cube of side {@code box}, each
	 * at least {@code minDistance} from the others.
	 */
	public static Structure randomCluster(long seed, double box, double minDistance, List<String> species) {
		return Structure.cluster(species, randomPositions(new Random(seed), species.size(), minDistance,
				r -> new double[] { box * r.nextDouble(), box * r.nextDouble(), box * r.nextDouble() },
				null));
	}

	/**
	 * A random periodic cell: a skewed cell of edge about {@code edge} with atoms of the given species at
	 * least {@code minDistance} apart, periodic images included.
	 */
	public static Structure randomCell(long seed, double edge, double minDistance, List<String> species) {
		Random random = new Random(seed);
		Lattice lattice = Lattice.of(new double[][] { { edge, 0.1 * edge, 0 }, { -0.2 * edge, 0.9 * edge, 0.05 * edge },
				{ 0.15 * edge, -0.1 * edge, 1.1 * edge } });
		double[][] positions = randomPositions(random, species.size(), minDistance,
				r -> lattice.toCartesian(new double[] { r.nextDouble(), r.nextDouble(), r.nextDouble() }), lattice);
		double[][] fractional = new double[positions.length][];
		for (int i = 0; i < positions.length; i++) {
			fractional[i] = lattice.toFractional(positions[i]);
		}
		return Structure.periodic(lattice, species, fractional);
	}

	/** @return the {@code na x nb x nc} supercell, listing the primitive atoms copy by copy, a fastest */
	public static Structure supercell(Structure primitive, int[] repeats) {
		Lattice lattice = primitive.lattice();
		double[][] rows = new double[3][];
		for (int k = 0; k < 3; k++) {
			double[] v = lattice.vector(k);
			rows[k] = new double[] { v[0] * repeats[k], v[1] * repeats[k], v[2] * repeats[k] };
		}
		double[][] base = fractional(primitive);
		List<String> species = new ArrayList<>();
		List<double[]> fractional = new ArrayList<>();
		for (int c = 0; c < repeats[2]; c++) {
			for (int b = 0; b < repeats[1]; b++) {
				for (int a = 0; a < repeats[0]; a++) {
					for (int i = 0; i < primitive.size(); i++) {
						species.add(primitive.species(i));
						fractional.add(new double[] { (base[i][0] + a) / repeats[0], (base[i][1] + b) / repeats[1],
								(base[i][2] + c) / repeats[2] });
					}
				}
			}
		}
		return Structure.periodic(Lattice.of(rows), species, fractional.toArray(new double[0][]));
	}

	private static double[][] randomPositions(Random random, int n, double minDistance, Function<Random, double[]> source,
			Lattice lattice) {
		double[][] positions = new double[n][];
		for (int i = 0; i < n; i++) {
			for (int attempt = 0;; attempt++) {
				if (attempt > 100_000) {
					throw new IllegalArgumentException("cannot place " + n + " atoms " + minDistance + " Å apart");
				}
				double[] candidate = source.apply(random);
				boolean free = true;
				for (int j = 0; j < i && free; j++) {
					free = separation(candidate, positions[j], lattice) >= minDistance;
				}
				if (free) {
					positions[i] = candidate;
					break;
				}
			}
		}
		return positions;
	}

	/** The distance between two points, or between their nearest images (one cell either way) in a lattice. */
	private static double separation(double[] p, double[] q, Lattice lattice) {
		double best = Double.POSITIVE_INFINITY;
		int reach = lattice == null ? 0 : 1;
		for (int a = -reach; a <= reach; a++) {
			for (int b = -reach; b <= reach; b++) {
				for (int c = -reach; c <= reach; c++) {
					double[] shift = lattice == null ? new double[3] : lattice.toCartesian(new double[] { a, b, c });
					double x = q[0] + shift[0] - p[0];
					double y = q[1] + shift[1] - p[1];
					double z = q[2] + shift[2] - p[2];
					best = Math.min(best, Math.sqrt(x * x + y * y + z * z));
				}
			}
		}
		return best;
	}

	private static Structure displaced(Structure structure, double[][] directions, double distance) {
		double[][] positions = new double[structure.size()][];
		for (int i = 0; i < structure.size(); i++) {
			double[] r = structure.position(i);
			double[] d = directions[i];
			double norm = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
			positions[i] = new double[] { r[0] + distance * d[0] / norm, r[1] + distance * d[1] / norm,
					r[2] + distance * d[2] / norm };
		}
		return rebuild(structure, structure.species(), positions);
	}

	/** A structure like {@code template} (same cell, if any) with other atoms at Cartesian positions. */
	private static Structure rebuild(Structure template, List<String> species, double[][] positions) {
		if (!template.isPeriodic()) {
			return Structure.cluster(species, positions);
		}
		double[][] fractional = new double[positions.length][];
		for (int i = 0; i < positions.length; i++) {
			fractional[i] = template.lattice().toFractional(positions[i]);
		}
		return Structure.periodic(template.lattice(), species, fractional);
	}

	private static double[][] fractional(Structure structure) {
		double[][] fractional = new double[structure.size()][];
		for (int i = 0; i < structure.size(); i++) {
			fractional[i] = structure.lattice().toFractional(structure.position(i));
		}
		return fractional;
	}

	private static double[] multiply(double[][] m, double[] v) {
		return new double[] { m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
				m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2], m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2] };
	}

	private static double maxAbs(double[] v) {
		double max = 0;
		for (double x : v) {
			max = Math.max(max, Math.abs(x));
		}
		return max;
	}

	private static double maxDifference(double[][] a, double[][] b) {
		double max = 0;
		for (int s = 0; s < a.length; s++) {
			for (int f = 0; f < a[s].length; f++) {
				max = Math.max(max, Math.abs(a[s][f] - b[s][f]));
			}
		}
		return max;
	}
}
