package org.edgewise.structure.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.edgewise.structure.Lattice;
import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Rotations;
import org.edgewise.structure.Structure;
import org.junit.jupiter.api.Test;

class ContinuousSymmetryMeasureTest {

	@Test
	void everyIdealPolyhedronScoresZeroAfterRotationScalePermutationAndReflection() {
		Random random = new Random(11);
		for (IdealPolyhedron p : IdealPolyhedron.values()) {
			for (int trial = 0; trial < 4; trial++) {
				double scale = 0.5 + 2.5 * random.nextDouble();
				// Odd trials add a mirror: every polyhedron is achiral, so a reflection is a relabelling too.
				double[][] moved = transform(p.vertices(), Rotations.random(random), scale, trial % 2 == 1);
				Collections.shuffle(Arrays.asList(moved), random);
				assertEquals(0, ContinuousSymmetryMeasure.of(moved, p), 1e-8, p.symbol() + " trial " + trial);
			}
		}
	}

	@Test
	void distortedPolyhedraScoreSmallValuesThatGrowWithTheDistortion() {
		Random random = new Random(5);
		for (IdealPolyhedron p : IdealPolyhedron.values()) {
			if (p == IdealPolyhedron.SINGLE_NEIGHBOUR) {
				continue; // one neighbour always fits: S:1 is 0 by definition
			}
			double bond = 2.1;
			double[][] ideal = transform(p.vertices(), Rotations.random(random), bond, false);
			double[][] directions = new double[ideal.length][];
			for (int i = 0; i < ideal.length; i++) {
				directions[i] = Rotations.unitVector(random);
			}
			double previous = 0;
			for (double amplitude : new double[] { 0.01, 0.02, 0.05, 0.1, 0.2 }) {
				double[][] distorted = new double[ideal.length][3];
				for (int i = 0; i < ideal.length; i++) {
					for (int k = 0; k < 3; k++) {
						distorted[i][k] = ideal[i][k] + amplitude * bond * directions[i][k];
					}
				}
				double csm = ContinuousSymmetryMeasure.of(distorted, p);
				assertTrue(csm > previous, p.symbol() + " at " + amplitude + ": " + csm + " <= " + previous);
				if (amplitude == 0.02) {
					// Small displacements keep the assignment, so the misfit grows as their square: x 4.
					assertEquals(4, csm / previous, 0.8, p.symbol());
				}
				if (amplitude == 0.05) {
					// 100 x (0.05)^2 = 0.25 for the whole displacement; rotation and scale absorb part of it.
					assertTrue(csm > 0.005 && csm < 0.5, p.symbol() + ": " + csm);
				}
				previous = csm;
			}
		}
	}

	@Test
	void handDerivedValues() {
		// Square (centre at the centroid, so the centre adds nothing) against the tetrahedron: put the square at
		// (+-1, +-1, 0) and the tetrahedron at (a, b, c) = (1,1,1), (1,-1,-1), (-1,1,-1), (-1,-1,1). Then
		// H = sum q p^T = diag(4, 4, 0), singular values sum to 8, |P|^2 = 12, |Q|^2 = 8 and
		// S = 100 (1 - 64 / 96) = 100 / 3, the value of Pinsky and Avnir for a square against Td.
		double square = ContinuousSymmetryMeasure.of(IdealPolyhedron.SQUARE_PLANE.vertices(), IdealPolyhedron.TETRAHEDRON);
		assertEquals(100.0 / 3, square, 1e-10);
		// The measure is symmetric in the two shapes: the tetrahedron against the square plane is the same.
		assertEquals(100.0 / 3,
				ContinuousSymmetryMeasure.of(IdealPolyhedron.TETRAHEDRON.vertices(), IdealPolyhedron.SQUARE_PLANE), 1e-10);
		assertEquals(0, ContinuousSymmetryMeasure.of(IdealPolyhedron.TETRAHEDRON.vertices(), IdealPolyhedron.TETRAHEDRON),
				1e-12);

		// Octahedron as a trigonal antiprism (triangles of radius sqrt(2/3) at +-1/sqrt(3), twisted by 60 degrees)
		// against the prism (radius sqrt(4/7) at +-sqrt(3/7)), each triangle turned 30 degrees to meet halfway:
		// H = diag(3 rho r cos 30, 3 rho r cos 30, 6 eta h), |P|^2 = |Q|^2 = 6, so
		// S = 100 (1 - (rho r cos 30 + eta h)^2) = 100 (1 - (sqrt(2/7) + 1/sqrt(7))^2) = 100 (4 - 2 sqrt 2) / 7
		// = 16.737, the octahedron-trigonal prism distance of Alvarez's shape maps.
		assertEquals(100 * (4 - 2 * Math.sqrt(2)) / 7,
				ContinuousSymmetryMeasure.of(IdealPolyhedron.OCTAHEDRON.vertices(), IdealPolyhedron.TRIGONAL_PRISM), 1e-10);

		// Linear against angular, centre included: the line (0, 0, +-1) has its centroid at the centre, |Q|^2 = 2;
		// the angle (1, 0, 0), (-1/2, sqrt(3)/2, 0) with the centre has centroid g, |g|^2 = 1/9, so
		// |P|^2 = 2 - 3/9 = 5/3. H = z (p1 - p2)^T has one singular value |p1 - p2| = sqrt(3):
		// S = 100 (1 - 3 / (2 x 5/3)) = 10.
		assertEquals(10, ContinuousSymmetryMeasure.of(IdealPolyhedron.LINEAR.vertices(), IdealPolyhedron.ANGULAR), 1e-10);
	}

	@Test
	void matchesChemEnvOnRutileLikeTitaniumDioxide() {
		// pymatgen's test structure "TiO2" (Materials Project mp-554278); ChemEnv's own unit test finds the six
		// O around Ti 0 to score 1.5309987846957258 against O:6.
		Lattice lattice = Lattice.of(new double[][] { { 3.76693666, 0.0, 0.0 }, { -1.88346833, 5.88377378, -1.80214207 },
				{ 0.0, 0.00972827, 6.61620543 } });
		double[][] fractional = { { 0.1952865, 0.39057299, 0.28376218 }, { 0.9000714, 0.8001428, 0.28960187 },
				{ 0.8047135, 0.60942701, 0.71623782 }, { 0.0999286, 0.1998572, 0.71039813 },
				{ 0.94164788, 0.88329576, 0.63002144 }, { 0.36193151, 0.72386302, 0.29339728 },
				{ 0.86718881, 0.73437762, 0.99529135 }, { 0.05835212, 0.11670424, 0.36997856 },
				{ 0.26348896, 0.52697792, 0.65250005 }, { 0.13281119, 0.26562238, 0.00470865 },
				{ 0.73651104, 0.47302208, 0.34749995 }, { 0.63806849, 0.27613698, 0.70660272 } };
		List<String> species = new ArrayList<>(Collections.nCopies(4, "Ti"));
		species.addAll(Collections.nCopies(8, "O"));
		NeighbourList list = NeighbourList.build(Structure.periodic(lattice, species, fractional), 3.0);
		List<double[]> oxygen = new ArrayList<>();
		for (Neighbour n : list.neighbours(0)) {
			if (species.get(n.index()).equals("O") && oxygen.size() < 6) {
				oxygen.add(n.vector());
			}
		}
		double[][] six = oxygen.toArray(double[][]::new);
		assertEquals(1.5309987846957258, ContinuousSymmetryMeasure.of(six, IdealPolyhedron.OCTAHEDRON), 1e-9);
	}

	@Test
	void branchAndBoundFindsTheExhaustiveMinimum() {
		Random random = new Random(3);
		for (IdealPolyhedron source : IdealPolyhedron.values()) {
			int cn = source.coordinationNumber();
			int sets = cn <= 6 ? 4 : 1;
			for (int set = 0; set < sets; set++) {
				// Strongly distorted so that the best assignment is not obvious.
				double[][] v = transform(source.vertices(), Rotations.random(random), 1.9, false);
				for (double[] r : v) {
					for (int k = 0; k < 3; k++) {
						r[k] += 0.35 * random.nextGaussian();
					}
				}
				for (IdealPolyhedron target : IdealPolyhedron.withCoordination(cn)) {
					if (cn == 8 && target != source && target.ordinal() % 3 != set) {
						continue; // 8! assignments per target: a sample of targets keeps the test quick
					}
					double exhaustive = ExhaustiveCsm.of(v, target);
					assertEquals(exhaustive, ContinuousSymmetryMeasure.of(v, target), 1e-6,
							source.symbol() + " set " + set + " against " + target.symbol());
				}
			}
		}
	}

	@Test
	void resultDoesNotDependOnNeighbourOrderOrUnits() {
		double[][] v = { { 2.01, 0.1, -0.05 }, { -1.9, 0.02, 0.1 }, { 0.05, 1.95, 0.0 }, { -0.1, -2.1, 0.2 },
				{ 0.0, 0.1, 2.2 } };
		double csm = ContinuousSymmetryMeasure.of(v, IdealPolyhedron.SQUARE_PYRAMID);
		assertTrue(csm > 0.01 && csm < 2, "" + csm);
		double[][] reordered = { v[3], v[4], v[0], v[2], v[1] };
		assertEquals(csm, ContinuousSymmetryMeasure.of(reordered, IdealPolyhedron.SQUARE_PYRAMID), 1e-10);
		double[][] inNanometres = transform(v, Rotations.random(new Random(1)), 0.1, false);
		assertEquals(csm, ContinuousSymmetryMeasure.of(inNanometres, IdealPolyhedron.SQUARE_PYRAMID), 1e-10);
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		double[][] five = Arrays.copyOf(IdealPolyhedron.OCTAHEDRON.vertices(), 5);
		String count = assertThrows(IllegalArgumentException.class,
				() -> ContinuousSymmetryMeasure.of(five, IdealPolyhedron.OCTAHEDRON)).getMessage();
		assertTrue(count.contains("O:6") && count.contains("needs 6 neighbours, got 5"), count);
		double[][] notFinite = IdealPolyhedron.TETRAHEDRON.vertices();
		notFinite[2][1] = Double.NaN;
		String nan = assertThrows(IllegalArgumentException.class,
				() -> ContinuousSymmetryMeasure.of(notFinite, IdealPolyhedron.TETRAHEDRON)).getMessage();
		assertTrue(nan.contains("neighbour vector 2"), nan);
		double[][] shortRow = { { 1, 0, 0 }, { 0, 1 } };
		assertThrows(IllegalArgumentException.class, () -> ContinuousSymmetryMeasure.of(shortRow, IdealPolyhedron.ANGULAR));
		String collapsed = assertThrows(IllegalArgumentException.class,
				() -> ContinuousSymmetryMeasure.of(new double[3][3], IdealPolyhedron.TRIGONAL_PLANE)).getMessage();
		assertTrue(collapsed.contains("central site"), collapsed);
	}

	/** Rotates (and, if asked, mirrors through the xy plane) and scales the rows. */
	static double[][] transform(double[][] points, double[][] rotation, double scale, boolean mirror) {
		double[][] out = new double[points.length][3];
		for (int i = 0; i < points.length; i++) {
			double[] r = points[i].clone();
			if (mirror) {
				r[2] = -r[2];
			}
			for (int a = 0; a < 3; a++) {
				out[i][a] = scale * (rotation[a][0] * r[0] + rotation[a][1] * r[1] + rotation[a][2] * r[2]);
			}
		}
		return out;
	}
}
