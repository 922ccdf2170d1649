package org.edgewise.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class NeighbourListTest {

	private static final double TOLERANCE = 1e-9;

	@Test
	void aListAroundChosenCentresHoldsExactlyTheirNeighbours() {
		Random random = new Random(5);
		double[][] fractional = new double[40][];
		for (int i = 0; i < fractional.length; i++) {
			fractional[i] = new double[] { random.nextDouble(), random.nextDouble(), random.nextDouble() };
		}
		Structure cell = cubic(7.0, fractional);
		NeighbourList all = NeighbourList.build(cell, 4.0);
		NeighbourList some = NeighbourList.around(cell, 4.0, new int[] { 3, 17, 39 });
		for (int centre : new int[] { 3, 17, 39 }) {
			assertEquals(all.neighbours(centre), some.neighbours(centre));
		}
		assertEquals(cell.size(), some.size());
		IllegalArgumentException notACentre = assertThrows(IllegalArgumentException.class, () -> some.neighbours(4));
		assertTrue(notACentre.getMessage().contains("atom 4"), notACentre.getMessage());
		assertThrows(IllegalArgumentException.class, () -> NeighbourList.around(cell, 4.0, new int[] { 40 }));
	}

	@Test
	void simpleCubicHasSixNeighboursAtTheLatticeConstant() {
		// One atom per cube of side 2: the nearest images are the 6 at +-a along x, y, z (distance 2.0); the
		// next are the 12 face diagonals at 2 sqrt(2) = 2.83, beyond the cutoff of 2.1.
		NeighbourList list = NeighbourList.build(cubic(2.0, new double[][] { { 0, 0, 0 } }), 2.1);
		List<Neighbour> neighbours = list.neighbours(0);
		assertEquals(6, neighbours.size());
		for (Neighbour n : neighbours) {
			assertEquals(0, n.index());
			assertEquals(2.0, n.distance(), TOLERANCE);
			int[] image = n.image();
			assertEquals(1, Math.abs(image[0]) + Math.abs(image[1]) + Math.abs(image[2]), Arrays.toString(image));
			double[] v = n.vector();
			for (int k = 0; k < 3; k++) {
				assertEquals(2.0 * image[k], v[k], TOLERANCE);
			}
		}
	}

	@Test
	void fccShellsAreTheSameInTheConventionalAndThePrimitiveCell() {
		// fcc with a = 4: 12 nearest neighbours at a / sqrt(2) = 2.83, 6 second neighbours at a = 4.0 and
		// 24 third neighbours at a sqrt(3/2) = 4.90. Cutoffs between the shells give 12, 18 and 42.
		Structure conventional = cubic(4.0,
				new double[][] { { 0, 0, 0 }, { 0, 0.5, 0.5 }, { 0.5, 0, 0.5 }, { 0.5, 0.5, 0 } });
		// The primitive cell holds one atom; its vectors are 60 degrees apart and its planes only
		// 16 / |(2,0,2) x (2,2,0)| = 2.31 apart, so even the first shell needs images two cells away.
		Structure primitive = Structure.periodic(Lattice.of(new double[][] { { 0, 2, 2 }, { 2, 0, 2 }, { 2, 2, 0 } }),
				List.of("Cu"), new double[][] { { 0, 0, 0 } });
		int[] expected = { 12, 18, 42 };
		double[] cutoffs = { 3.0, 4.1, 5.0 };
		for (int c = 0; c < cutoffs.length; c++) {
			NeighbourList fromConventional = NeighbourList.build(conventional, cutoffs[c]);
			for (int i = 0; i < conventional.size(); i++) {
				assertEquals(expected[c], fromConventional.neighbours(i).size(), "conventional atom " + i);
			}
			List<Neighbour> fromPrimitive = NeighbourList.build(primitive, cutoffs[c]).neighbours(0);
			assertEquals(expected[c], fromPrimitive.size(), "primitive, cutoff " + cutoffs[c]);
			assertArrayEquals(distances(fromConventional.neighbours(0)), distances(fromPrimitive), TOLERANCE);
		}
		assertEquals(4.0 / Math.sqrt(2), NeighbourList.build(primitive, 3.0).neighbours(0).get(0).distance(), TOLERANCE);
	}

	@Test
	void bccShells() {
		// bcc with a = 3: 8 neighbours at a sqrt(3) / 2 = 2.60, 6 at a = 3.0, 12 at a sqrt(2) = 4.24.
		Structure bcc = cubic(3.0, new double[][] { { 0, 0, 0 }, { 0.5, 0.5, 0.5 } });
		assertEquals(8, NeighbourList.build(bcc, 2.7).neighbours(1).size());
		assertEquals(14, NeighbourList.build(bcc, 3.1).neighbours(0).size());
		assertEquals(26, NeighbourList.build(bcc, 4.3).neighbours(1).size());
	}

	@Test
	void oneAtomCellCountsEveryImageWithinThreeAndAHalfLatticeConstants() {
		// Images of the single atom in a unit cube are the integer vectors n with |n| <= 3.5, i.e. |n|^2 <= 12.
		// The number of ways to write k as a sum of three squares, r3(k), for k = 1..12 is
		// 6, 12, 8, 6, 24, 24, 0, 12, 30, 24, 24, 8, which adds up to 178 (n = 0, the atom itself, excluded).
		Structure cube = cubic(1.0, new double[][] { { 0.25, 0.5, 0.75 } });
		NeighbourList list = NeighbourList.build(cube, 3.5);
		assertEquals(178, list.neighbours(0).size());
		assertMatchesBruteForce(cube, list);
	}

	@Test
	void stronglySkewedTriclinicCellMatchesBruteForce() {
		// Cell vectors a few degrees apart: the cell is 3 Å long but its lattice planes lie well under 1 Å
		// apart, so the 4.5 Å cutoff reaches many cells along b and c. Atoms also sit outside the cell.
		Lattice skewed = Lattice.of(new double[][] { { 3.0, 0, 0 }, { 2.8, 0.9, 0 }, { 2.6, 0.7, 0.8 } });
		double[] widths = skewed.perpendicularWidths();
		assertTrue(widths[1] < 1 && widths[2] < 1, Arrays.toString(widths));
		Structure structure = Structure.periodic(skewed, List.of("Fe", "O", "O"),
				new double[][] { { 0.1, 0.2, 0.3 }, { 1.3, -0.4, 2.2 }, { 0.55, 0.95, -0.05 } });
		NeighbourList list = NeighbourList.build(structure, 4.5);
		assertMatchesBruteForce(structure, list);
		assertTrue(list.neighbours(0).size() > 100, "size " + list.neighbours(0).size());
	}

	@Test
	void largeSparseCellMatchesBruteForce() {
		// 100 Å cell with 6 atoms: the grid would want 33^3 bins of one cutoff; fewer, wider bins must still
		// find every pair.
		Random random = new Random(7);
		double[][] fractional = new double[6][3];
		for (double[] f : fractional) {
			for (int k = 0; k < 3; k++) {
				f[k] = random.nextDouble() * 0.05;
			}
		}
		Structure structure = cubic(100.0, fractional);
		NeighbourList list = NeighbourList.build(structure, 3.0);
		assertMatchesBruteForce(structure, list);
	}

	@Test
	void clusterHasNoImages() {
		Random random = new Random(11);
		double[][] positions = new double[60][3];
		for (double[] r : positions) {
			for (int k = 0; k < 3; k++) {
				r[k] = 8 * random.nextDouble() - 4;
			}
		}
		positions[1] = new double[] { positions[0][0] + 0.5, positions[0][1], positions[0][2] };
		Structure cluster = Structure.cluster(Collections.nCopies(positions.length, "C"), positions);
		NeighbourList list = NeighbourList.build(cluster, 2.5);
		assertMatchesBruteForce(cluster, list);
		for (int i = 0; i < cluster.size(); i++) {
			for (Neighbour n : list.neighbours(i)) {
				assertArrayEquals(new int[3], n.image());
			}
		}
		assertEquals(0.5, list.neighbours(0).get(0).distance(), TOLERANCE);
	}

	@Test
	void flatClusterIsHandled() {
		// A planar molecule has zero extent along z; three atoms on a line have zero extent along y and z.
		Structure line = Structure.cluster(List.of("C", "C", "C"), new double[][] { { 0, 0, 0 }, { 1.4, 0, 0 }, { 2.8, 0, 0 } });
		NeighbourList list = NeighbourList.build(line, 1.5);
		assertEquals(1, list.neighbours(0).size());
		assertEquals(2, list.neighbours(1).size());
		assertEquals(0, NeighbourList.build(Structure.cluster(List.of("Ar"), new double[][] { { 1, 2, 3 } }), 5).neighbours(0).size());
	}

	@Test
	void neighboursAreInvariantToTranslation() {
		Lattice lattice = Lattice.of(new double[][] { { 4.1, 0, 0 }, { 1.2, 3.9, 0 }, { 0.7, -0.8, 5.0 } });
		double[][] fractional = { { 0, 0, 0 }, { 0.5, 0.5, 0.5 }, { 0.25, 0.1, 0.8 } };
		Structure original = Structure.periodic(lattice, List.of("Ti", "O", "O"), fractional);
		double[] shift = { 13.37, -7.21, 2.05 };
		double[][] moved = new double[fractional.length][];
		for (int i = 0; i < moved.length; i++) {
			double[] r = original.position(i);
			for (int k = 0; k < 3; k++) {
				r[k] += shift[k];
			}
			moved[i] = lattice.toFractional(r);
		}
		Structure translated = Structure.periodic(lattice, original.species(), moved);
		NeighbourList before = NeighbourList.build(original, 6.0);
		NeighbourList after = NeighbourList.build(translated, 6.0);
		for (int i = 0; i < original.size(); i++) {
			assertEquals(before.neighbours(i).size(), after.neighbours(i).size());
			assertArrayEquals(distances(before.neighbours(i)), distances(after.neighbours(i)), TOLERANCE);
			assertArrayEquals(sortedVectors(before.neighbours(i)), sortedVectors(after.neighbours(i)));
			// Images are relative to the atoms' own positions, so a rigid shift leaves them alone too.
			assertEquals(keys(before.neighbours(i)), keys(after.neighbours(i)));
		}
	}

	@Test
	void everyPairIsSeenFromBothEnds() {
		// j is a neighbour of i through image n exactly when i is a neighbour of j through image -n.
		Random random = new Random(3);
		double[][] fractional = new double[40][3];
		for (double[] f : fractional) {
			for (int k = 0; k < 3; k++) {
				f[k] = 3 * random.nextDouble() - 1;
			}
		}
		Structure structure = Structure.periodic(Lattice.of(new double[][] { { 6, 0, 0 }, { 2, 5, 0 }, { 1, 1, 7 } }),
				Collections.nCopies(fractional.length, "Si"), fractional);
		NeighbourList list = NeighbourList.build(structure, 4.0);
		for (int i = 0; i < structure.size(); i++) {
			int centre = i;
			for (Neighbour n : list.neighbours(i)) {
				int[] back = { -n.image()[0], -n.image()[1], -n.image()[2] };
				long matches = list.neighbours(n.index()).stream()
						.filter(m -> m.index() == centre && Arrays.equals(m.image(), back)).count();
				assertEquals(1, matches, "pair " + i + " -> " + n);
			}
		}
	}

	@Test
	void tenThousandAtomsAgreeWithMinimumImagePairCount() {
		// 10,000 random atoms at 0.085 per cubic ångström (about the density of copper) in a cube of side 49 Å.
		// The 5 Å cutoff is under half the side, so each pair has at most one image within it: the minimum
		// image convention counts the pairs exactly.
		int atoms = 10_000;
		double side = Math.cbrt(atoms / 0.085);
		Random random = new Random(2024);
		double[][] fractional = new double[atoms][3];
		for (double[] f : fractional) {
			for (int k = 0; k < 3; k++) {
				f[k] = random.nextDouble();
			}
		}
		NeighbourList list = NeighbourList.build(cubic(side, fractional), 5.0);
		long found = 0;
		for (int i = 0; i < atoms; i++) {
			found += list.neighbours(i).size();
		}
		long expected = 0;
		for (int i = 0; i < atoms; i++) {
			for (int j = i + 1; j < atoms; j++) {
				double squared = 0;
				for (int k = 0; k < 3; k++) {
					double d = fractional[j][k] - fractional[i][k];
					d -= Math.rint(d);
					squared += d * d;
				}
				if (squared * side * side <= 25.0) {
					expected += 2;
				}
			}
		}
		assertEquals(expected, found);
		// About 4/3 pi 5^3 * 0.085 = 44.5 neighbours per atom.
		assertEquals(44.5, found / (double) atoms, 1.0);
	}

	@Test
	void neighbourIsImmutable() {
		double[] vector = { 1, 2, 3 };
		int[] image = { 0, 1, 0 };
		Neighbour n = new Neighbour(4, Math.sqrt(14), vector, image);
		vector[0] = 99;
		n.image()[1] = 99;
		assertArrayEquals(new double[] { 1, 2, 3 }, n.vector());
		assertArrayEquals(new int[] { 0, 1, 0 }, n.image());
		assertEquals(n, new Neighbour(4, Math.sqrt(14), new double[] { 1, 2, 3 }, new int[] { 0, 1, 0 }));
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		Structure cube = cubic(2.0, new double[][] { { 0, 0, 0 } });
		assertTrue(assertThrows(IllegalArgumentException.class, () -> NeighbourList.build(cube, 0)).getMessage()
				.contains("cutoff"));
		assertNotNull(assertThrows(IllegalArgumentException.class, () -> NeighbourList.build(cube, Double.NaN)));
		Structure broken = Structure.cluster(List.of("O", "H"), new double[][] { { 0, 0, 0 }, { Double.NaN, 0, 0 } });
		String message = assertThrows(IllegalArgumentException.class, () -> NeighbourList.build(broken, 2)).getMessage();
		assertTrue(message.contains("atom 1 (H)"), message);
	}

	/** Same atoms, images, distances and vectors as the brute-force search, for every atom. */
	private static void assertMatchesBruteForce(Structure structure, NeighbourList list) {
		for (int i = 0; i < structure.size(); i++) {
			Map<String, Neighbour> expected = new HashMap<>();
			for (Neighbour n : BruteForce.neighbours(structure, i, list.cutoff())) {
				expected.put(key(n), n);
			}
			assertEquals(expected.size(), list.neighbours(i).size(), "neighbour count of atom " + i);
			double previous = 0;
			for (Neighbour n : list.neighbours(i)) {
				Neighbour reference = expected.get(key(n));
				assertNotNull(reference, "atom " + i + " has an unexpected neighbour " + n);
				assertEquals(reference.distance(), n.distance(), TOLERANCE);
				assertArrayEquals(reference.vector(), n.vector(), TOLERANCE);
				assertTrue(n.distance() >= previous, "nearest first");
				previous = n.distance();
			}
		}
	}

	private static String key(Neighbour n) {
		return n.index() + " " + Arrays.toString(n.image());
	}

	private static Set<String> keys(List<Neighbour> neighbours) {
		return neighbours.stream().map(NeighbourListTest::key).collect(Collectors.toSet());
	}

	private static Structure cubic(double a, double[][] fractional) {
		return Structure.periodic(Lattice.of(new double[][] { { a, 0, 0 }, { 0, a, 0 }, { 0, 0, a } }),
				Collections.nCopies(fractional.length, "X"), fractional);
	}

	private static double[] distances(List<Neighbour> neighbours) {
		return neighbours.stream().mapToDouble(Neighbour::distance).toArray();
	}

	/** Vectors rounded to 1e-9 Å and sorted, so lists that differ only in the order of ties compare equal. */
	private static String[] sortedVectors(List<Neighbour> neighbours) {
		return neighbours.stream().map(n -> Arrays.stream(n.vector()).map(x -> Math.rint(x * 1e9) / 1e9 + 0.0)
				.mapToObj(Double::toString).reduce((x, y) -> x + "," + y).orElseThrow()).sorted().toArray(String[]::new);
	}
}
