package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Structure;
import org.edgewise.structure.descriptor.LmbtrSettings.Geometry;
import org.edgewise.structure.descriptor.LmbtrSettings.Normalization;
import org.edgewise.structure.descriptor.LmbtrSettings.Term;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

class LmbtrTest {

	private static final SortedSet<String> FE_O = new TreeSet<>(List.of("Fe", "O"));
	private static final SortedSet<String> LI_FE_O = new TreeSet<>(List.of("Li", "Fe", "O"));
	private static final SortedSet<String> C_H = new TreeSet<>(List.of("C", "H"));
	private static final double TETRAHEDRAL = Math.toDegrees(Math.acos(-1.0 / 3)); // 109.4712206 degrees

	@Test
	void layoutHasDScribesBlockCounts() {
		// Elements X, Fe, Li, O: e = 4. k2: 4 blocks of 100; k3: e (3e - 1) / 2 = 22 blocks of 100.
		Lmbtr lmbtr = new Lmbtr(LmbtrSettings.defaults());
		assertEquals(400 + 2200, lmbtr.length(LI_FE_O));
		assertEquals(0, lmbtr.blockOffset(LI_FE_O, "X", "X"));
		assertEquals(300, lmbtr.blockOffset(LI_FE_O, "X", "O"));
		assertEquals(300, lmbtr.blockOffset(LI_FE_O, "O", "X"));
		// Angles at the centre, pairs (a <= b) row by row: (X,X) (X,Fe) (X,Li) (X,O) (Fe,Fe) (Fe,Li) (Fe,O) ...
		assertEquals(400 + 4 * 100, lmbtr.blockOffset(LI_FE_O, "Fe", "X", "Fe"));
		assertEquals(400 + 6 * 100, lmbtr.blockOffset(LI_FE_O, "O", "X", "Fe"));
		// Angles at a neighbour: after the 10 centre blocks, (X, a, b) at 10 + (a - 1) 4 + b.
		assertEquals(400 + (10 + 4 + 3) * 100, lmbtr.blockOffset(LI_FE_O, "X", "Li", "O"));
		assertEquals(400 + (10 + 4 + 3) * 100, lmbtr.blockOffset(LI_FE_O, "O", "Li", "X"));
		assertEquals(400 + 21 * 100, lmbtr.blockOffset(LI_FE_O, "X", "O", "O"));
		assertThrows(IllegalArgumentException.class, () -> lmbtr.blockOffset(LI_FE_O, "O", "Fe"));
		assertThrows(IllegalArgumentException.class, () -> lmbtr.blockOffset(LI_FE_O, "X", "Cu"));
	}

	@Test
	void dimerDistancePeaksAtTheBondLength() {
		// O at the origin, Fe at 2 Å. Grid 0 ... 6 Å in 100 points: dx = 6/99, and 2 Å is grid point 33 exactly.
		// The O site has one pair, X-Fe at d = 2 with weight exp(-0.5 x 2) = 1/e. Its Gaussian (sigma 0.1) is
		// averaged over each bin of width dx; the bins tile the axis, so the block sums to (1/e) / dx, and the
		// peak bin holds (1/e) / dx times the normal probability within dx / 2 of the mean, which the test
		// integrates by Simpson's rule. The block is symmetric about point 33. Everything else is zero.
		Structure dimer = Structure.cluster(List.of("O", "Fe"), new double[][] { { 0, 0, 0 }, { 0, 0, 2.0 } });
		Lmbtr lmbtr = new Lmbtr(LmbtrSettings.defaults());
		double[] v = DescriptorChecks.computeChecked(lmbtr, dimer, new int[] { 0 }, FE_O)[0];
		int fe = lmbtr.blockOffset(FE_O, "X", "Fe");
		double dx = 6.0 / 99;
		assertEquals(33, argMax(v, fe, 100));
		assertEquals(1 / Math.E, sum(v, fe, 100) * dx, 1e-13);
		assertEquals(Math.exp(-1) / dx * normalProbability(dx / 2 / 0.1), v[fe + 33], 1e-10);
		for (int m = 1; m <= 20; m++) {
			assertEquals(v[fe + 33 - m], v[fe + 33 + m], 1e-12, "symmetric about the bond length");
		}
		assertEquals(sum(v, fe, 100), sum(v, 0, v.length), 1e-12, "only the X-Fe block is filled");
		// Unit-height Gaussians scale everything by sigma sqrt(2 pi).
		LmbtrSettings height = LmbtrSettings.defaults();
		height.setNormalizeGaussians(false);
		double[] h = new Lmbtr(height).compute(dimer, new int[] { 0 }, FE_O)[0];
		assertEquals(v[fe + 33] * 0.1 * Math.sqrt(2 * Math.PI), h[fe + 33], 1e-12);
	}

	@Test
	void tetrahedronAnglesPeakAtTheTetrahedralAngle() {
		// C at the origin, H at alternate corners of a cube of side 2: bonds sqrt 3, H-H 2 sqrt 2. Each of the six
		// triangles C-H-H has perimeter p = 2 sqrt 3 + 2 sqrt 2 and weight exp(-0.5 p), an angle of acos(-1/3) =
		// 109.47 degrees at C and (180 - 109.47) / 2 = 35.26 degrees at each H. So the block (H, X, H) holds six
		// Gaussians at 109.47 (area 6 w, mean 109.47) and (X, H, H) twelve at 35.26 (area 12 w).
		double s = 1.0;
		Structure methane = Structure.cluster(List.of("C", "H", "H", "H", "H"), new double[][] { { 0, 0, 0 },
				{ s, s, s }, { s, -s, -s }, { -s, s, -s }, { -s, -s, s } });
		Lmbtr lmbtr = new Lmbtr(LmbtrSettings.defaults());
		double[] v = DescriptorChecks.computeChecked(lmbtr, methane, new int[] { 0 }, C_H)[0];
		double w = Math.exp(-0.5 * (2 * Math.sqrt(3) + 2 * Math.sqrt(2)));
		double dx = 180.0 / 99;
		int centre = lmbtr.blockOffset(C_H, "H", "X", "H");
		int ligand = lmbtr.blockOffset(C_H, "X", "H", "H");
		assertEquals(60, argMax(v, centre, 100)); // grid point 60 is 109.09 degrees, the nearest to 109.47
		assertEquals(6 * w, sum(v, centre, 100) * dx, 1e-13);
		assertEquals(TETRAHEDRAL, mean(v, centre, 100, 0, dx), 1e-6);
		assertEquals(12 * w, sum(v, ligand, 100) * dx, 1e-13);
		assertEquals((180 - TETRAHEDRAL) / 2, mean(v, ligand, 100, 0, dx), 1e-6);
		// k2: four X-H pairs at sqrt 3 with weight exp(-0.5 sqrt 3).
		int h = lmbtr.blockOffset(C_H, "X", "H");
		assertEquals(4 * Math.exp(-0.5 * Math.sqrt(3)), sum(v, h, 100) * 6.0 / 99, 1e-13);
		assertEquals(Math.sqrt(3), mean(v, h, 100, 0, 6.0 / 99), 1e-6);
		// With the cosine geometry on -1 ... 1 the centre angles sit at -1/3.
		LmbtrSettings cosine = new LmbtrSettings();
		cosine.setK3(new Term(Geometry.COSINE, -1, 1, 200, 0.02));
		Lmbtr byCosine = new Lmbtr(cosine);
		double[] c = byCosine.compute(methane, new int[] { 0 }, C_H)[0];
		assertEquals(byCosine.length(C_H), c.length);
		assertEquals(-1.0 / 3, mean(c, byCosine.blockOffset(C_H, "H", "X", "H"), 200, -1, 2.0 / 199), 1e-6);
		assertEquals(6.0, sum(c, byCosine.blockOffset(C_H, "H", "X", "H"), 200) * 2.0 / 199, 1e-12); // unity weights
	}

	@Test
	void l2NormalisationMakesEachTermAUnitVector() {
		LmbtrSettings settings = LmbtrSettings.defaults();
		settings.setNormalization(Normalization.L2);
		Structure cell = DescriptorChecks.randomCell(3, 5.0, 1.6, List.of("Fe", "O", "O", "Li"));
		Lmbtr lmbtr = new Lmbtr(settings);
		double[] v = lmbtr.compute(cell, new int[] { 1 }, LI_FE_O)[0];
		assertEquals(1, Math.sqrt(sumOfSquares(v, 0, 400)), 1e-12);
		assertEquals(1, Math.sqrt(sumOfSquares(v, 400, 2600)), 1e-12);
	}

	@Test
	void invariantToRotationTranslationAndPermutation() {
		List<String> atoms = List.of("O", "Fe", "O", "Li", "O", "Li", "Fe", "O", "Li", "O", "O", "Fe");
		Structure cluster = DescriptorChecks.randomCluster(31, 6.0, 1.6, atoms);
		Structure cell = DescriptorChecks.randomCell(32, 5.0, 1.6, atoms);
		// A cluster with unity weighting (all atoms count) and the default exponential weighting on both.
		LmbtrSettings unity = new LmbtrSettings();
		unity.setK2(new Term(Geometry.INVERSE_DISTANCE, 0, 1, 50, 0.02));
		unity.setK3(new Term(Geometry.COSINE, -1, 1, 50, 0.05));
		int[] sites = { 0, 1, 3, 7, 11 };
		for (Lmbtr lmbtr : List.of(new Lmbtr(LmbtrSettings.defaults()), new Lmbtr(unity))) {
			for (Structure structure : List.of(cluster, cell)) {
				if (structure.isPeriodic() && lmbtr.settings().getK2().getWeighting() == LmbtrSettings.Weighting.UNITY) {
					continue;
				}
				DescriptorChecks.assertRotationInvariant(lmbtr, structure, sites, LI_FE_O, 1e-10, 5);
				DescriptorChecks.assertTranslationInvariant(lmbtr, structure, sites, LI_FE_O,
						new double[] { -7.7, 2.5, 31.0 }, 1e-10);
				DescriptorChecks.assertPermutationInvariant(lmbtr, structure, sites, LI_FE_O, 1e-10, 6);
				DescriptorChecks.assertContinuous(lmbtr, structure, sites, LI_FE_O, 7);
			}
		}
	}

	@Test
	void supercellGivesThePrimitiveCellsVectors() {
		Structure cell = DescriptorChecks.randomCell(41, 5.0, 1.6, List.of("Fe", "O", "O", "Li", "O"));
		DescriptorChecks.assertSupercellEquivalent(new Lmbtr(LmbtrSettings.defaults()), cell, new int[] { 1, 3, 2 },
				LI_FE_O, 1e-10);
	}

	@Test
	void everyOxygenOfTheLi3FeO35CellHasAFiniteVector() throws Exception {
		Structure structure = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
		int[] oxygen = AcsfTest.sitesOf(structure, "O");
		Lmbtr lmbtr = new Lmbtr(LmbtrSettings.defaults());
		double[][] v = DescriptorChecks.computeChecked(lmbtr, structure, oxygen, LI_FE_O);
		int fe = lmbtr.blockOffset(LI_FE_O, "X", "Fe");
		int li = lmbtr.blockOffset(LI_FE_O, "X", "Li");
		int o = lmbtr.blockOffset(LI_FE_O, "X", "O");
		for (int s = 0; s < v.length; s++) {
			// Every O of this oxide is bonded to Fe or Li at 1.7 to 2.2 Å (some to Li only) and has several O
			// neighbours at 2.46 to 3.3 Å, none closer: the cation distances peak first, and less than 5 % of
			// the X-O weight up to 3.3 Å (grid point 54) lies below 2.3 Å (grid point 38).
			double[] cations = new double[100];
			for (int m = 0; m < 100; m++) {
				cations[m] = v[s][fe + m] + v[s][li + m];
			}
			double cation = firstPeak(cations, 0, 100) * 6.0 / 99;
			assertTrue(cation > 1.7 && cation < 2.3, "O site " + oxygen[s] + ": first X-cation peak at " + cation + " Å");
			double closeOxygen = sum(v[s], o, 38) / sum(v[s], o, 55);
			assertTrue(closeOxygen < 0.05, "O site " + oxygen[s] + ": X-O weight below 2.3 Å " + closeOxygen);
			assertEquals(0, sum(v[s], 0, 100), 0.0, "the X-X block");
		}
		double[][] doubled = lmbtr.compute(DescriptorChecks.supercell(structure, new int[] { 2, 1, 1 }),
				new int[] { oxygen[0] + structure.size(), oxygen[48] }, LI_FE_O);
		DescriptorChecks.assertVectorsClose(new double[][] { v[0], v[48] }, doubled, 1e-10, "doubled Li3FeO3.5 cell");
	}

	@Test
	void badSettingsAndInputAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new Lmbtr(new LmbtrSettings()));
		LmbtrSettings settings = new LmbtrSettings();
		assertThrows(IllegalArgumentException.class, () -> settings.setK2(new Term(Geometry.ANGLE, 0, 180, 10, 1)));
		assertThrows(IllegalArgumentException.class, () -> new Term(Geometry.DISTANCE, 2, 1, 10, 0.1));
		assertThrows(IllegalArgumentException.class, () -> new Term(Geometry.DISTANCE, 0, 1, 1, 0.1));
		assertThrows(IllegalArgumentException.class, () -> new Term(Geometry.DISTANCE, 0, 1, 10, 0));
		assertEquals(Geometry.INVERSE_DISTANCE, Geometry.fromKey("inverse_distance"));
		assertThrows(IllegalArgumentException.class, () -> Geometry.fromKey("area"));
		// Unity-weighted angles never stop in a periodic structure.
		settings.setK3(new Term(Geometry.ANGLE, 0, 180, 10, 5));
		Structure cell = DescriptorChecks.randomCell(3, 5.0, 1.6, List.of("Fe", "O"));
		IllegalArgumentException periodic = assertThrows(IllegalArgumentException.class,
				() -> new Lmbtr(settings).compute(cell, new int[] { 0 }, FE_O));
		assertTrue(periodic.getMessage().contains("exponential weighting"), periodic.getMessage());
	}

	/** The standard normal probability within {@code half} standard deviations of the mean, by Simpson's rule. */
	private static double normalProbability(double half) {
		int steps = 2000;
		double h = 2 * half / steps;
		double sum = 0;
		for (int i = 0; i <= steps; i++) {
			double t = -half + i * h;
			double weight = i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2);
			sum += weight * Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
		}
		return sum * h / 3;
	}

	private static int argMax(double[] v, int offset, int n) {
		int best = 0;
		for (int m = 1; m < n; m++) {
			if (v[offset + m] > v[offset + best]) {
				best = m;
			}
		}
		return best;
	}

	/** @return the index of the first local maximum above 1 % of the block's largest value */
	private static int firstPeak(double[] v, int offset, int n) {
		double floor = 0.01 * v[offset + argMax(v, offset, n)];
		for (int m = 1; m < n - 1; m++) {
			double x = v[offset + m];
			if (x > floor && x >= v[offset + m - 1] && x >= v[offset + m + 1]) {
				return m;
			}
		}
		return -1;
	}

	private static double sum(double[] v, int from, int n) {
		double sum = 0;
		for (int m = 0; m < n; m++) {
			sum += v[from + m];
		}
		return sum;
	}

	private static double sumOfSquares(double[] v, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += v[i] * v[i];
		}
		return sum;
	}

	/** @return the mean of the grid values min + m dx weighted by the block */
	private static double mean(double[] v, int offset, int n, double min, double dx) {
		double weighted = 0;
		for (int m = 0; m < n; m++) {
			weighted += (min + m * dx) * v[offset + m];
		}
		return weighted / sum(v, offset, n);
	}
}
