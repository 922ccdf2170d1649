package org.edgewise.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.edgewise.io.DataFileException;
import org.edgewise.io.PoscarReader;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoronoiCellsTest {

	private static final double TOLERANCE = 1e-9;

	@Test
	void simpleCubicCellIsTheCube() {
		// One atom per cube of side a: the six nearest images at +-a bound the cube [-a/2, a/2]^3; the 12 face
		// diagonals' bisectors at a / sqrt(2) only touch its edges and make no face.
		double a = 2.7;
		VoronoiCells cells = VoronoiCells.of(cubic(a, new double[][] { { 0.1, 0.2, 0.3 } }));
		assertEquals(a * a * a, cells.volume(0), TOLERANCE);
		assertEquals(6, cells.faceCount(0));
		for (VoronoiFace face : cells.faces(0)) {
			assertEquals(a, face.neighbour().distance(), TOLERANCE);
			assertEquals(a * a, face.area(), TOLERANCE);
		}
	}

	@Test
	void fccPrimitiveCellIsTheRhombicDodecahedron() {
		// The cell of fcc (cube edge a) is the rhombic dodecahedron with vertices (+-a/2, 0, 0) and permutations,
		// and (+-a/4, +-a/4, +-a/4): the cube of side a/2 (volume a^3/8) plus six square pyramids on its faces,
		// each of base (a/2)^2 and height a/4 (volume a^3/48 each), in all a^3/8 + a^3/8 = a^3/4. Each of its
		// 12 faces faces a nearest neighbour at a / sqrt(2) and is a rhombus with diagonals a / sqrt(2) and
		// a / 2, area a^2 / (4 sqrt(2)). The 6 second neighbours at a only touch the 4-fold vertices.
		double a = 3.61;
		Structure fcc = Structure.periodic(Lattice.of(new double[][] { { 0, a / 2, a / 2 }, { a / 2, 0, a / 2 },
				{ a / 2, a / 2, 0 } }), List.of("Cu"), new double[][] { { 0, 0, 0 } });
		VoronoiCells cells = VoronoiCells.of(fcc);
		assertEquals(a * a * a / 4, cells.volume(0), TOLERANCE);
		assertEquals(12, cells.faceCount(0));
		for (VoronoiFace face : cells.faces(0)) {
			assertEquals(a / Math.sqrt(2), face.neighbour().distance(), TOLERANCE);
			assertEquals(a * a / (4 * Math.sqrt(2)), face.area(), TOLERANCE);
		}
	}

	@Test
	void bccPrimitiveCellIsTheTruncatedOctahedron() {
		// The cell of bcc (cube edge a) is the octahedron |x| + |y| + |z| <= 3a/4 (bisectors of the 8 nearest
		// neighbours at a sqrt(3) / 2) with its six corners cut off by |x_k| <= a/2 (the 6 second neighbours at
		// a). Octahedron: (4/3)(3a/4)^3 = 9a^3/16; each corner is a square pyramid of height a/4 on the square
		// |y| + |z| <= a/4 of area a^2/8, volume a^3/96; 9a^3/16 - 6a^3/96 = a^3/2. The edge is a sqrt(2) / 4,
		// so the 8 regular hexagons have area (3 sqrt(3) / 2)(a^2 / 8) = 3 sqrt(3) a^2 / 16 and the 6 squares a^2/8.
		double a = 2.87;
		Structure bcc = Structure.periodic(Lattice.of(new double[][] { { -a / 2, a / 2, a / 2 },
				{ a / 2, -a / 2, a / 2 }, { a / 2, a / 2, -a / 2 } }), List.of("Fe"), new double[][] { { 0, 0, 0 } });
		VoronoiCells cells = VoronoiCells.of(bcc);
		assertEquals(a * a * a / 2, cells.volume(0), TOLERANCE);
		List<VoronoiFace> faces = cells.faces(0);
		assertEquals(14, faces.size());
		for (int f = 0; f < 14; f++) {
			boolean hexagon = f < 8; // nearest first
			assertEquals(hexagon ? a * Math.sqrt(3) / 2 : a, faces.get(f).neighbour().distance(), TOLERANCE);
			assertEquals(hexagon ? 3 * Math.sqrt(3) * a * a / 16 : a * a / 8, faces.get(f).area(), TOLERANCE);
		}
	}

	@Test
	void conventionalCubicCellsGiveThePrimitiveVolumes() {
		// The same lattices in their cubic cells: 2 bcc atoms of a^3/2 each, 4 fcc atoms of a^3/4 each.
		double a = 3.3;
		assertAllEqual(a * a * a / 2, VoronoiCells.volumes(cubic(a, new double[][] { { 0, 0, 0 }, { 0.5, 0.5, 0.5 } })));
		assertAllEqual(a * a * a / 4, VoronoiCells.volumes(
				cubic(a, new double[][] { { 0, 0, 0 }, { 0, 0.5, 0.5 }, { 0.5, 0, 0.5 }, { 0.5, 0.5, 0 } })));
	}

	@Test
	void rockSaltSitesHaveEqualCubes() {
		// Na on the fcc sites and Cl on the fcc sites shifted by a/2 together form a simple cubic lattice of
		// spacing a/2, so every site's cell, cation or anion, is a cube of volume (a/2)^3 with 6 faces.
		double a = 5.64;
		double[][] fcc = { { 0, 0, 0 }, { 0, 0.5, 0.5 }, { 0.5, 0, 0.5 }, { 0.5, 0.5, 0 } };
		double[][] sites = new double[8][];
		List<String> species = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sites[i] = fcc[i];
			sites[4 + i] = new double[] { fcc[i][0] + 0.5, fcc[i][1], fcc[i][2] };
			species.add("Na");
		}
		for (int i = 0; i < 4; i++) {
			species.add("Cl");
		}
		Structure rockSalt = Structure.periodic(cubicLattice(a), species, sites);
		VoronoiCells cells = VoronoiCells.of(rockSalt);
		for (int i = 0; i < 8; i++) {
			assertEquals(a * a * a / 8, cells.volume(i), TOLERANCE, "site " + i);
			assertEquals(6, cells.faceCount(i), "site " + i);
			for (VoronoiFace face : cells.faces(i)) {
				assertTrue(!species.get(face.neighbour().index()).equals(species.get(i)),
						"the faces of a rock-salt cell face the other species");
			}
		}
	}

	@Test
	void genericOneAtomCellHasFourteenFacesAndTheCellVolume() {
		// A single atom in a strongly skewed cell (planes only 0.9 Å apart along c): its cell is the lattice's
		// Wigner-Seitz cell, whose volume is the cell volume, and a generic lattice's has 14 faces in 7
		// opposite pairs.
		Lattice skewed = Lattice.of(new double[][] { { 2.1, 0, 0 }, { 3.7, 1.6, 0 }, { -2.2, 5.4, 0.9 } });
		VoronoiCells cells = VoronoiCells.of(Structure.periodic(skewed, List.of("X"), new double[][] { { 0.3, 0.3, 0.3 } }));
		assertEquals(skewed.volume(), cells.volume(0), TOLERANCE * skewed.volume());
		assertEquals(14, cells.faceCount(0));
		double[] areas = cells.faces(0).stream().mapToDouble(VoronoiFace::area).sorted().toArray();
		for (int f = 0; f < 14; f += 2) {
			assertEquals(areas[f], areas[f + 1], 1e-9, "opposite faces");
		}
	}

	@Test
	void supercellGivesThePrimitiveVolumes() {
		Structure primitive = randomTriclinic(new Random(7), 3);
		double[] expected = VoronoiCells.volumes(primitive);
		int[] repeats = { 2, 3, 1 };
		double[][] rows = new double[3][];
		for (int k = 0; k < 3; k++) {
			rows[k] = primitive.lattice().vector(k);
			for (int c = 0; c < 3; c++) {
				rows[k][c] *= repeats[k];
			}
		}
		List<String> species = new ArrayList<>();
		List<double[]> sites = new ArrayList<>();
		List<Integer> original = new ArrayList<>();
		for (int n0 = 0; n0 < repeats[0]; n0++) {
			for (int n1 = 0; n1 < repeats[1]; n1++) {
				for (int n2 = 0; n2 < repeats[2]; n2++) {
					for (int i = 0; i < primitive.size(); i++) {
						double[] f = primitive.lattice().toFractional(primitive.position(i));
						sites.add(new double[] { (f[0] + n0) / repeats[0], (f[1] + n1) / repeats[1], (f[2] + n2) / repeats[2] });
						species.add(primitive.species(i));
						original.add(i);
					}
				}
			}
		}
		double[] volumes = VoronoiCells.volumes(Structure.periodic(Lattice.of(rows), species, sites.toArray(double[][]::new)));
		for (int i = 0; i < volumes.length; i++) {
			assertEquals(expected[original.get(i)], volumes[i], TOLERANCE * expected[original.get(i)], "site " + i);
		}
	}

	@Test
	void randomTriclinicCellIsTiledExactly() {
		Structure structure = randomTriclinic(new Random(42), 50);
		VoronoiCells cells = VoronoiCells.of(structure);
		double sum = 0;
		for (int atom = 0; atom < cells.size(); atom++) {
			int i = atom;
			assertTrue(cells.volume(i) > 0, "atom " + i);
			sum += cells.volume(i);
			assertEquals(cells.volume(i), VoronoiCells.volume(structure, i), 1e-12 * cells.volume(i));
			// Each face is shared: atom i's face towards image n of j is j's face towards image -n of i.
			for (VoronoiFace face : cells.faces(i)) {
				Neighbour n = face.neighbour();
				int[] back = { -n.image()[0], -n.image()[1], -n.image()[2] };
				VoronoiFace twin = cells.faces(n.index()).stream()
						.filter(g -> g.neighbour().index() == i && Arrays.equals(g.neighbour().image(), back)).findFirst()
						.orElseThrow(() -> new AssertionError("no twin of atom " + i + "'s face towards " + n));
				assertEquals(face.area(), twin.area(), 1e-9 * face.area());
			}
		}
		assertEquals(structure.lattice().volume(), sum, 1e-9 * structure.lattice().volume());
	}

	@Test
	void volumesAgreeWithCountingGridPointsByNearestAtom() {
		// An independent estimate: a 40^3 grid of points over the cell, each given to its nearest atom image
		// (searched among the 27 images around the wrapped difference, enough for this near-orthogonal cell).
		// Each cell gets about 1300 points, so the count is good to a few per cent.
		Structure structure = randomTriclinic(new Random(42), 50);
		double[] volumes = VoronoiCells.volumes(structure);
		Lattice lattice = structure.lattice();
		int n = 40;
		int[] counts = new int[structure.size()];
		double[][] fractional = new double[structure.size()][];
		for (int i = 0; i < structure.size(); i++) {
			fractional[i] = lattice.toFractional(structure.position(i));
		}
		for (int g = 0; g < n * n * n; g++) {
			double[] point = { (g / (n * n) + 0.5) / n, (g / n % n + 0.5) / n, (g % n + 0.5) / n };
			int nearest = -1;
			double best = Double.POSITIVE_INFINITY;
			for (int i = 0; i < structure.size(); i++) {
				double[] d = new double[3];
				for (int k = 0; k < 3; k++) {
					d[k] = point[k] - fractional[i][k];
					d[k] -= Math.rint(d[k]);
				}
				for (int s = 0; s < 27; s++) {
					double[] r = lattice.toCartesian(new double[] { d[0] + s / 9 - 1, d[1] + s / 3 % 3 - 1, d[2] + s % 3 - 1 });
					double squared = r[0] * r[0] + r[1] * r[1] + r[2] * r[2];
					if (squared < best) {
						best = squared;
						nearest = i;
					}
				}
			}
			counts[nearest]++;
		}
		for (int i = 0; i < structure.size(); i++) {
			double estimate = counts[i] * lattice.volume() / (n * n * n);
			assertEquals(volumes[i], estimate, 0.05 * volumes[i], "atom " + i);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "POSCAR_0k", "POSCAR_15ps", "POSCAR_20ps" })
	void li3FeO35CellsAddUpToTheCellVolume(String name) throws DataFileException {
		Structure structure = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/" + name));
		assertEquals(105, structure.size());
		VoronoiCells cells = VoronoiCells.of(structure);
		double[] volumes = VoronoiCells.volumes(structure);
		NeighbourList neighbours = NeighbourList.build(structure, 8.0);
		double sum = 0;
		for (int i = 0; i < volumes.length; i++) {
			assertEquals(cells.volume(i), volumes[i], 0.0, name + " atom " + i);
			// Every Voronoi neighbour is a neighbour image the neighbour list also finds, at the same place.
			for (VoronoiFace face : cells.faces(i)) {
				Neighbour n = face.neighbour();
				Neighbour listed = neighbours.neighbours(i).stream()
						.filter(m -> m.index() == n.index() && Arrays.equals(m.image(), n.image())).findFirst()
						.orElseThrow(() -> new AssertionError(name + ": " + n + " is not in the neighbour list"));
				assertArrayEquals(listed.vector(), n.vector(), 1e-12);
				assertEquals(listed.distance(), n.distance(), 1e-12);
			}
			// An atom's cell holds at least the ball of half its nearest-neighbour distance; in an oxide no cell
			// is larger than a few tens of Å^3.
			double nearest = neighbours.neighbours(i).get(0).distance();
			assertTrue(volumes[i] > 4 * Math.PI / 3 * Math.pow(nearest / 2, 3) && volumes[i] < 40,
					name + " atom " + i + ": " + volumes[i]);
			sum += volumes[i];
		}
		assertEquals(structure.lattice().volume(), sum, 1e-6 * structure.lattice().volume(), name);
	}

	@Test
	void volumesDoNotDependOnTranslationOrAtomOrder() {
		Random random = new Random(11);
		Structure structure = randomTriclinic(random, 20);
		double[] volumes = VoronoiCells.volumes(structure);
		double[] shift = { 13.7, -4.2, 0.9 };
		List<Integer> permutation = new ArrayList<>();
		for (int i = 0; i < structure.size(); i++) {
			permutation.add(i);
		}
		Collections.shuffle(permutation, random);
		double[][] moved = new double[structure.size()][];
		double[][] permuted = new double[structure.size()][];
		List<String> permutedSpecies = new ArrayList<>();
		for (int i = 0; i < structure.size(); i++) {
			double[] r = structure.position(i);
			moved[i] = structure.lattice().toFractional(new double[] { r[0] + shift[0], r[1] + shift[1], r[2] + shift[2] });
			int from = permutation.get(i);
			permuted[i] = structure.lattice().toFractional(structure.position(from));
			permutedSpecies.add(structure.species(from));
		}
		assertArrayEquals(volumes, VoronoiCells.volumes(Structure.periodic(structure.lattice(), structure.species(), moved)),
				1e-9);
		double[] reordered = VoronoiCells.volumes(Structure.periodic(structure.lattice(), permutedSpecies, permuted));
		for (int i = 0; i < structure.size(); i++) {
			assertEquals(volumes[permutation.get(i)], reordered[i], 1e-9, "atom " + i);
		}
	}

	@Test
	void slabFacingVacuumIsTiledExactly() {
		// Four atoms in a 3 x 3 Å column with 20 Å of vacuum above them: the outer atoms' cells reach 10 Å
		// into the vacuum, far beyond the first search, and must still add up to the cell volume.
		Lattice lattice = Lattice.of(new double[][] { { 3, 0, 0 }, { 0, 3, 0 }, { 0.4, 0.2, 26 } });
		double[][] sites = { { 0, 0, 0.01 }, { 0.5, 0.5, 0.06 }, { 0, 0, 0.12 }, { 0.5, 0.5, 0.18 } };
		Structure slab = Structure.periodic(lattice, List.of("Pt", "Pt", "Pt", "O"), sites);
		double sum = Arrays.stream(VoronoiCells.volumes(slab)).sum();
		assertEquals(lattice.volume(), sum, 1e-9 * lattice.volume());
	}

	@Test
	void refusesClustersAndCoincidentAtoms() {
		Structure cluster = Structure.cluster(List.of("O", "H"), new double[][] { { 0, 0, 0 }, { 0.96, 0, 0 } });
		IllegalArgumentException unbounded = assertThrows(IllegalArgumentException.class, () -> VoronoiCells.volumes(cluster));
		assertTrue(unbounded.getMessage().contains("cluster"), unbounded.getMessage());
		Structure doubled = cubic(3, new double[][] { { 0.2, 0.2, 0.2 }, { 0.5, 0.5, 0.5 }, { 0.2, 0.2, 0.2 } });
		IllegalArgumentException coincide = assertThrows(IllegalArgumentException.class, () -> VoronoiCells.of(doubled));
		assertTrue(coincide.getMessage().contains("atoms 0 (X) and 2 (X) coincide"), coincide.getMessage());
	}

	private static void assertAllEqual(double expected, double[] volumes) {
		for (int i = 0; i < volumes.length; i++) {
			assertEquals(expected, volumes[i], TOLERANCE, "atom " + i);
		}
	}

	private static Lattice cubicLattice(double a) {
		return Lattice.of(new double[][] { { a, 0, 0 }, { 0, a, 0 }, { 0, 0, a } });
	}

	private static Structure cubic(double a, double[][] fractional) {
		return Structure.periodic(cubicLattice(a), Collections.nCopies(fractional.length, "X"), fractional);
	}

	/** Atoms at random in a random cell of edges 2.5 to 3 Å per cube root of the atom count, angles 75 to 105 degrees. */
	private static Structure randomTriclinic(Random random, int atoms) {
		double scale = Math.cbrt(atoms);
		double a = scale * (2.5 + 0.5 * random.nextDouble());
		double b = scale * (2.5 + 0.5 * random.nextDouble());
		double c = scale * (2.5 + 0.5 * random.nextDouble());
		double alpha = Math.toRadians(75 + 30 * random.nextDouble());
		double beta = Math.toRadians(75 + 30 * random.nextDouble());
		double gamma = Math.toRadians(75 + 30 * random.nextDouble());
		double cx = c * Math.cos(beta);
		double cy = c * (Math.cos(alpha) - Math.cos(beta) * Math.cos(gamma)) / Math.sin(gamma);
		double cz = Math.sqrt(c * c - cx * cx - cy * cy);
		Lattice lattice = Lattice.of(new double[][] { { a, 0, 0 }, { b * Math.cos(gamma), b * Math.sin(gamma), 0 },
				{ cx, cy, cz } });
		double[][] fractional = new double[atoms][];
		List<String> species = new ArrayList<>();
		for (int i = 0; i < atoms; i++) {
			fractional[i] = new double[] { random.nextDouble(), random.nextDouble(), random.nextDouble() };
			species.add(i % 3 == 0 ? "Fe" : "O");
		}
		return Structure.periodic(lattice, species, fractional);
	}
}
