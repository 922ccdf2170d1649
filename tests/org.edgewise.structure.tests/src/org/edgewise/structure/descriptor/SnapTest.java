package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SnapTest {

	private static final double RFAC0 = 0.99363;

	/**
	 * The linear SNAP potential for molybdenum of Chen et al., Phys. Rev. Materials 1, 043603 (2017), as shipped
	 * with LAMMPS in potentials/Mo_Chen_PRM2017.snapcoeff (repository lammps/lammps): beta_0, then one
	 * coefficient per bispectrum component, 2J = 6. Its .snapparam sets rcutfac 4.615858, twojmax 6 and leaves
	 * rfac0 0.99363, rmin0 0, switchflag 1 and bzeroflag 1 at their defaults; the element has radius 0.5 and
	 * weight 1.
	 */
	private static final double[] MO_CHEN_BETA = { -17.2757958404, 0.00431015861472, 0.0657685117891,
			0.477733335702, 0.0152688837211, 0.77559888196, 0.284846429566, 0.148804982644, 0.0573702179736,
			0.19281989434, 0.323441703578, 0.101324335724, 0.0139639846514, -0.0324444749083, 0.0349797952779,
			0.0613023441282, 0.0881078513046, 0.118716074611, 0.0069662975532, -0.0174658914685, -0.0178902177779,
			0.0195993756659, 0.0719238160707, 0.0344832661036, -0.0358616891662, -0.0292380783172,
			-0.0334933909866, 0.00595462520243, 0.0754556638328, -0.000972545258845, -0.0100170422751 };

	@Test
	void componentCountsFollowTheLammpsTable() {
		// LAMMPS compute sna/atom docs: K = m (m + 1) (2m + 1) / 6 for 2J = 2 (m - 1), K = m (m + 1) (m + 2) / 3
		// for 2J = 2m - 1.
		int[] twoJ = { 0, 1, 2, 3, 4, 5, 6, 8 };
		int[] expected = { 1, 2, 5, 8, 14, 20, 30, 55 };
		for (int i = 0; i < twoJ.length; i++) {
			Snap snap = new Snap(SnapSettings.defaults().withTwoJMax(twoJ[i]));
			assertEquals(expected[i], snap.length(species("O")), "2J = " + twoJ[i]);
			assertEquals(expected[i], snap.components().length);
			int m = twoJ[i] % 2 == 0 ? twoJ[i] / 2 + 1 : (twoJ[i] + 1) / 2;
			assertEquals(twoJ[i] % 2 == 0 ? m * (m + 1) * (2 * m + 1) / 6 : m * (m + 1) * (m + 2) / 3, expected[i]);
		}
		assertEquals(30, new Snap(SnapSettings.defaults()).length(species("Fe", "Li", "O")));
		assertEquals(30 + 30 * 31 / 2, new Snap(SnapSettings.defaults().withQuadratic(true)).length(species("O")));
		// The LAMMPS order for 2J = 2, as (2j1, 2j2, 2j): j1 slowest, then j2, then j, keeping j >= j1.
		assertArrayEquals(new int[][] { { 0, 0, 0 }, { 1, 0, 1 }, { 1, 1, 2 }, { 2, 0, 2 }, { 2, 2, 2 } },
				new Snap(SnapSettings.defaults().withTwoJMax(2)).components());
		assertArrayEquals(new int[] { 6, 6, 6 }, new Snap(SnapSettings.defaults()).components()[29]);
	}

	@Test
	void clebschGordanCoefficientsHaveTheirTableValues() {
		double half = Math.sqrt(0.5);
		// Two spins 1/2: triplet <1/2 1/2, 1/2 -1/2 | 1 0> = 1/sqrt2; singlet +-1/sqrt2 (Condon-Shortley).
		assertEquals(half, ClebschGordan.coefficient(1, 1, 1, -1, 2, 0), 1e-15);
		assertEquals(half, ClebschGordan.coefficient(1, 1, 1, -1, 0, 0), 1e-15);
		assertEquals(-half, ClebschGordan.coefficient(1, -1, 1, 1, 0, 0), 1e-15);
		assertEquals(1, ClebschGordan.coefficient(1, 1, 1, 1, 2, 2), 1e-15);
		// Two spins 1 into 0 and 2: <1 1, 1 -1 | 0 0> = 1/sqrt3, <1 0, 1 0 | 0 0> = -1/sqrt3,
		// <1 1, 1 -1 | 2 0> = 1/sqrt6, <1 0, 1 0 | 2 0> = sqrt(2/3).
		assertEquals(1 / Math.sqrt(3), ClebschGordan.coefficient(2, 2, 2, -2, 0, 0), 1e-15);
		assertEquals(-1 / Math.sqrt(3), ClebschGordan.coefficient(2, 0, 2, 0, 0, 0), 1e-15);
		assertEquals(1 / Math.sqrt(6), ClebschGordan.coefficient(2, 2, 2, -2, 4, 0), 1e-15);
		assertEquals(Math.sqrt(2.0 / 3), ClebschGordan.coefficient(2, 0, 2, 0, 4, 0), 1e-15);
		// Selection rules.
		assertEquals(0, ClebschGordan.coefficient(2, 2, 2, 0, 4, 0));
		assertEquals(0, ClebschGordan.coefficient(2, 0, 2, 0, 2, 0), 1e-15); // <1 0, 1 0 | 1 0> vanishes
		assertEquals(0, ClebschGordan.coefficient(1, 1, 1, 1, 6, 2));
		// Orthonormal: sum over m1, m2 of <j1 m1 j2 m2 | j m> <j1 m1 j2 m2 | j' m'> = delta_jj' delta_mm'.
		for (int j1 = 0; j1 <= 6; j1++) {
			for (int j2 = 0; j2 <= 6; j2++) {
				for (int j = Math.abs(j1 - j2); j <= j1 + j2; j += 2) {
					for (int m = -j; m <= j; m += 2) {
						double norm = 0;
						for (int m1 = -j1; m1 <= j1; m1 += 2) {
							double c = ClebschGordan.coefficient(j1, m1, j2, m - m1, j, m);
							norm += c * c;
						}
						assertEquals(1, norm, 1e-13,
								"norm of 2j1 2j2 2j 2m = " + j1 + " " + j2 + " " + j + " " + m);
					}
				}
			}
		}
	}

	@Test
	void wignerMatricesAreUnitaryWithTheSpinHalfMatrixOfTheQuaternion() {
		WignerU harmonics = new WignerU(8);
		double[] re = new double[harmonics.size()];
		double[] im = new double[harmonics.size()];
		double x = 1.3;
		double y = -0.4;
		double z = 2.1;
		double r = Math.sqrt(x * x + y * y + z * z);
		double theta0 = 1.1;
		harmonics.compute(x, y, z, r, theta0, re, im);
		harmonics.mirror(re, im);
		// 2j = 1: [[conj(a), b], [-conj(b), a]] with rows indexed by mb, a = cos t - i (z / r) sin t,
		// b = (y - i x) sin t / r.
		double s = Math.sin(theta0) / r;
		int o = harmonics.offset(1);
		assertEquals(Math.cos(theta0), re[o], 1e-15);
		assertEquals(z * s, im[o], 1e-15); // (ma, mb) = (0, 0): conj(a)
		assertEquals(-y * s, re[o + 1], 1e-15); // (1, 0): -conj(b)
		assertEquals(-x * s, im[o + 1], 1e-15);
		assertEquals(y * s, re[o + 2], 1e-15); // (0, 1): b
		assertEquals(-x * s, im[o + 2], 1e-15);
		assertEquals(Math.cos(theta0), re[o + 3], 1e-15); // (1, 1): a
		assertEquals(-z * s, im[o + 3], 1e-15);
		for (int j = 0; j <= 8; j++) {
			int base = harmonics.offset(j);
			double trace = 0;
			for (int p = 0; p <= j; p++) {
				trace += re[base + p * (j + 1) + p];
				for (int q = 0; q <= j; q++) {
					// (U U^dagger)(p, q) = sum over k of U(p, k) conj(U(q, k)); U(ma, mb) at base + mb (j + 1) + ma.
					double sumRe = 0;
					double sumIm = 0;
					for (int k = 0; k <= j; k++) {
						int pk = base + k * (j + 1) + p;
						int qk = base + k * (j + 1) + q;
						sumRe += re[pk] * re[qk] + im[pk] * im[qk];
						sumIm += im[pk] * re[qk] - re[pk] * im[qk];
					}
					assertEquals(p == q ? 1 : 0, sumRe, 1e-13, "U U^dagger, 2j = " + j);
					assertEquals(0, sumIm, 1e-13, "U U^dagger, 2j = " + j);
				}
			}
			// The character of SU(2): the spin-1/2 matrix has eigenvalues exp(+-i theta0), so
			// trace U^j = sin((2j + 1) theta0) / sin theta0.
			assertEquals(Math.sin((j + 1) * theta0) / Math.sin(theta0), trace, 1e-13, "trace, 2j = " + j);
		}
	}

	@Test
	void reproducesTheLammpsEnergyOfBccMolybdenum() {
		// LAMMPS examples/snap/in.snap.Mo_Chen on perfect bcc Mo, a = 3.16 Å, 4x4x4 cells: at step 0,
		// examples/snap/log.15Jun20.snap.Mo_Chen.g++.1 prints E_pair = -22.405975 eV per atom. The SNAP energy
		// of an atom is beta_0 + sum_k beta_k B_k, the same for every atom of the perfect lattice, so the
		// two-atom cubic cell gives it.
		double a = 3.16;
		Structure bcc = Structure.periodic(Lattice.of(new double[][] { { a, 0, 0 }, { 0, a, 0 }, { 0, 0, a } }),
				List.of("Mo", "Mo"), new double[][] { { 0, 0, 0 }, { 0.5, 0.5, 0.5 } });
		Snap snap = new Snap(SnapSettings.defaults().withRcutfac(4.615858));
		double[][] b = DescriptorChecks.computeChecked(snap, bcc, new int[] { 0, 1 }, species("Mo"));
		for (double[] atom : b) {
			double energy = MO_CHEN_BETA[0];
			for (int k = 0; k < atom.length; k++) {
				energy += MO_CHEN_BETA[k + 1] * atom[k];
			}
			assertEquals(-22.405975, energy, 5e-7);
		}
		DescriptorChecks.assertVectorsClose(new double[][] { b[0] }, new double[][] { b[1] }, 1e-12,
				"the two atoms of bcc");
	}

	@Test
	void reproducesTheLammpsComputeExample() {
		// LAMMPS examples/snap/in.snap.compute: bcc, a = 2 Å, both atoms of type 2, compute sna/atom with
		// rcutfac 1, rfac0 0.99363, 2J = 2, R = 2.3 and 2.0, w = 1.0 and 0.96, switchflag 0, bzeroflag 0;
		// log.03Jul20.snap.compute.g++.1 prints the sum of B(0,0,0) over both atoms, c_bsum2[1] = 364182.88.
		// B(0,0,0) = (u^0)^3 with u^0 = 1 + 0.96 N for the N neighbours closer than (2.0 + 2.0) x 1 = 4 Å:
		// 8 at a sqrt3 / 2, 6 at a, 12 at a sqrt2, 24 at a sqrt11 / 2 and 8 at a sqrt3, N = 58 (the images at
		// 2a = 4 Å lie on the cutoff and do not count). LAMMPS displaced the atoms randomly by up to 0.1 Å, which
		// moves no neighbour across 4 Å, so the perfect lattice gives the same sum: 2 x 56.68^3.
		double a = 2.0;
		Structure bcc = Structure.periodic(Lattice.of(new double[][] { { a, 0, 0 }, { 0, a, 0 }, { 0, 0, a } }),
				List.of("B", "B"), new double[][] { { 0, 0, 0 }, { 0.5, 0.5, 0.5 } });
		Snap snap = new Snap(SnapSettings.defaults().withRcutfac(1.0).withTwoJMax(2).withRadius("A", 2.3)
				.withRadius("B", 2.0).withWeight("A", 1.0).withWeight("B", 0.96).withSwitching(false)
				.withSubtractIsolated(false));
		double[][] b = DescriptorChecks.computeChecked(snap, bcc, new int[] { 0, 1 }, species("A", "B"));
		assertEquals(364182.88, b[0][0] + b[1][0], 0.005);
		assertEquals(2 * Math.pow(1 + 0.96 * 58, 3), b[0][0] + b[1][0], 1e-8);
	}

	@Test
	void dimerPowerSpectrumMatchesTheHandDerivation() {
		// A centre with one neighbour at r = 3 Å, default settings (cutoff 6 Å): f = f_c(3) = (cos(pi / 2) + 1) / 2
		// = 1/2 and theta0 = 0.99363 pi / 2. u^j = 1 + f U^j, and for j2 = 0 the coupling is trivial:
		// B(j, 0, j) = u^0 ||u^j||^2 = (1 + f) tr((1 + f U)(1 + f U)^dagger)
		// = (1 + f) ((2j + 1)(1 + f^2) + 2 f tr U^j), with tr U^j = sin((2j + 1) theta0) / sin theta0 (the
		// SU(2) character), less the isolated atom's 2j + 1. In particular B(0,0,0) = 1.5^3 - 1 = 2.375.
		Structure dimer = Structure.cluster(List.of("O", "O"), new double[][] { { 0, 0, 0 }, { 1, -2, 2 } });
		Snap snap = new Snap(SnapSettings.defaults());
		double[] b = snap.compute(dimer, new int[] { 0 }, species("O"))[0];
		double f = 0.5;
		double theta0 = RFAC0 * Math.PI / 2;
		int[][] components = snap.components();
		int checked = 0;
		for (int t = 0; t < components.length; t++) {
			if (components[t][1] == 0) {
				int n = components[t][0] + 1;
				double character = Math.sin(n * theta0) / Math.sin(theta0);
				double expected = (1 + f) * (n * (1 + f * f) + 2 * f * character) - n;
				assertEquals(expected, b[t], 1e-12, "B(j, 0, j), 2j + 1 = " + n);
				checked++;
			}
		}
		assertEquals(7, checked);
		assertEquals(2.375, b[0], 1e-13);
		// Seen from the other atom the dimer is the same.
		assertArrayEquals(b, snap.compute(dimer, new int[] { 1 }, species("O"))[0], 1e-12);
	}

	@Test
	void anIsolatedAtomGivesZeros() {
		// An atom without neighbours has u^j = identity; the Clebsch-Gordan coefficients are orthonormal, so
		// Z^j = identity and B(j1, j2, j) = tr 1 = 2j + 1, which bzeroflag subtracts.
		Snap snap = new Snap(SnapSettings.defaults().withTwoJMax(8));
		Structure lonely = Structure.cluster(List.of("Fe", "O"), new double[][] { { 0, 0, 0 }, { 6.0, 0, 0 } });
		for (int site : new int[] { 0, 1 }) {
			for (double value : snap.compute(lonely, new int[] { site }, species("Fe", "O"))[0]) {
				assertEquals(0, value, 1e-12);
			}
		}
		Snap raw = new Snap(SnapSettings.defaults().withTwoJMax(8).withSubtractIsolated(false));
		double[] b = raw.compute(lonely, new int[] { 0 }, species("Fe", "O"))[0];
		int[][] components = raw.components();
		for (int t = 0; t < b.length; t++) {
			assertEquals(components[t][2] + 1, b[t], 1e-12);
		}
	}

	@Test
	void theHalfSumOfLammpsEqualsTheFullSumWhoseImaginaryPartVanishes() {
		// Reference: the full triple sum over every ma, mb, ma1, mb1, ma2, mb2, complex, straight from the
		// definition, on the density of a random cluster built here from the hyperspherical harmonics.
		Structure cluster = DescriptorChecks.randomCluster(11, 7.0, 1.6,
				List.of("O", "Fe", "O", "Li", "O", "O", "Fe", "Li", "O"));
		SnapSettings settings = SnapSettings.defaults().withRadius("Li", 0.4).withWeight("Fe", 1.7)
				.withWeight("Li", 0.6);
		Snap snap = new Snap(settings);
		int centre = 0;
		WignerU harmonics = new WignerU(settings.twoJMax());
		double[] uRe = new double[harmonics.size()];
		double[] uIm = new double[harmonics.size()];
		double[] re = new double[harmonics.size()];
		double[] im = new double[harmonics.size()];
		for (int j = 0; j <= settings.twoJMax(); j++) {
			for (int m = 0; m <= j; m++) {
				uRe[harmonics.offset(j) + m * (j + 1) + m] = 1;
			}
		}
		int counted = 0;
		double[] c = cluster.position(centre);
		for (int i = 0; i < cluster.size(); i++) {
			double[] p = cluster.position(i);
			double x = p[0] - c[0];
			double y = p[1] - c[1];
			double z = p[2] - c[2];
			double r = Math.sqrt(x * x + y * y + z * z);
			double cutoff = settings.cutoff(cluster.species(centre), cluster.species(i));
			if (i == centre || r >= cutoff) {
				continue;
			}
			counted++;
			double f = settings.weight(cluster.species(i)) * 0.5 * (Math.cos(Math.PI * r / cutoff) + 1);
			harmonics.compute(x, y, z, r, RFAC0 * Math.PI * r / cutoff, re, im);
			harmonics.mirror(re, im);
			for (int k = 0; k < re.length; k++) {
				uRe[k] += f * re[k];
				uIm[k] += f * im[k];
			}
		}
		assertTrue(counted >= 4, counted + " neighbours");
		double[] b = snap.compute(cluster, new int[] { centre }, species("Fe", "Li", "O"))[0];
		int[][] components = snap.components();
		for (int t = 0; t < components.length; t++) {
			double[] full = fullSum(harmonics, uRe, uIm, components[t]);
			double scale = Math.max(1, Math.abs(full[0]));
			String name = "B" + Arrays.toString(components[t]);
			assertEquals(0, full[1], 1e-10 * scale, "imaginary part of " + name);
			assertEquals(full[0] - (components[t][2] + 1), b[t], 1e-10 * scale, name);
		}
	}

	@Test
	void invariantToRotationTranslationPermutationAndInversion() {
		List<String> elements = List.of("O", "Fe", "O", "Li", "O", "O", "Fe", "Li", "O", "O", "Li", "O");
		Structure cluster = DescriptorChecks.randomCluster(5, 8.0, 1.5, elements);
		SortedSet<String> species = species("Fe", "Li", "O");
		Snap snap = new Snap(SnapSettings.defaults().withTwoJMax(8).withRadius("Fe", 0.6).withWeight("Li", 0.5));
		int[] sites = { 0, 1, 3, 7, 11 };
		for (long seed = 1; seed <= 3; seed++) {
			DescriptorChecks.assertRotationInvariant(snap, cluster, sites, species, 1e-8, seed);
			DescriptorChecks.assertPermutationInvariant(snap, cluster, sites, species, 1e-8, seed);
		}
		DescriptorChecks.assertTranslationInvariant(snap, cluster, sites, species, new double[] { -31.4, 7.1, 250.0 },
				1e-8);
		Structure cell = DescriptorChecks.randomCell(9, 5.0, 1.7, elements);
		DescriptorChecks.assertRotationInvariant(snap, cell, sites, species, 1e-8, 4);
		DescriptorChecks.assertTranslationInvariant(snap, cell, sites, species, new double[] { 3.3, -12.0, 0.7 }, 1e-8);
		DescriptorChecks.assertPermutationInvariant(snap, cell, sites, species, 1e-8, 5);
		// Inversion through the centre conjugates the quaternion of every neighbour; the bispectrum of the
		// conjugate density is the complex conjugate of a real number, so the sign convention of the
		// neighbour vector (LAMMPS compute sna/atom uses centre - neighbour, pair snap the reverse) is moot.
		double[][] inverted = new double[cluster.size()][];
		for (int i = 0; i < cluster.size(); i++) {
			double[] p = cluster.position(i);
			inverted[i] = new double[] { -p[0], -p[1], -p[2] };
		}
		DescriptorChecks.assertVectorsClose(snap.compute(cluster, sites, species),
				snap.compute(Structure.cluster(elements, inverted), sites, species), 1e-10, "inverted cluster");
	}

	@Test
	void aSupercellGivesThePrimitiveCellsVectors() {
		Structure cell = DescriptorChecks.randomCell(21, 4.2, 1.6, List.of("Fe", "O", "O", "Li", "O"));
		Snap snap = new Snap(SnapSettings.defaults().withQuadratic(true));
		DescriptorChecks.assertSupercellEquivalent(snap, cell, new int[] { 2, 1, 3 }, species("Fe", "Li", "O"), 1e-9);
	}

	@Test
	void continuousAndFadingOutSmoothlyAtTheCutoff() {
		Snap snap = new Snap(SnapSettings.defaults());
		DescriptorChecks.assertContinuous(snap, DescriptorChecks.randomCell(3, 4.5, 1.5, List.of("Fe", "O", "O", "O")),
				new int[] { 0, 1, 2, 3 }, species("Fe", "O"), 8);
		// A dimer near the 6 Å cutoff: f_c(6 - h) = (1 - cos(pi h / 6)) / 2 ~ (pi h / 12)^2, and each B (the
		// isolated atom subtracted) is linear in f_c to first order, so halving h quarters every component, and
		// at the cutoff all vanish.
		double[] near = dimer(snap, 6.0 - 1e-3);
		double[] nearer = dimer(snap, 6.0 - 0.5e-3);
		double largest = 0;
		for (int t = 0; t < near.length; t++) {
			largest = Math.max(largest, Math.abs(near[t]));
			if (Math.abs(near[t]) > 1e-10) {
				assertEquals(4, near[t] / nearer[t], 0.01, "component " + t);
			}
		}
		assertTrue(largest > 0 && largest < 1e-5, "largest component 1 mÅ inside the cutoff: " + largest);
		for (double value : dimer(snap, 6.0)) {
			assertEquals(0, value, 1e-12);
		}
		// Without switching the components jump at the cutoff instead.
		Snap abrupt = new Snap(SnapSettings.defaults().withSwitching(false));
		assertTrue(dimer(abrupt, 6.0 - 1e-9)[0] > 1, "B(0,0,0) just inside the cutoff without switching");
	}

	@Test
	void radiiAndWeightsActPerElement() {
		SortedSet<String> species = species("H", "O");
		Snap snap = new Snap(SnapSettings.defaults().withRadius("H", 0.1).withWeight("O", 0.8));
		// O-H pairs are cut at 6 (0.5 + 0.1) = 3.6 Å, O-O pairs at 6 Å: an H at 3.7 Å does not count, one at
		// 3.5 Å does, in both directions.
		double[][] core = { { 0, 0, 0 }, { 2.2, 1.0, -0.5 }, { -1.5, 2.8, 1.1 } };
		Structure without = Structure.cluster(List.of("O", "O", "O"), core);
		Structure far = Structure.cluster(List.of("O", "O", "O", "H"), append(core, new double[] { 0, -3.7, 0 }));
		Structure close = Structure.cluster(List.of("O", "O", "O", "H"), append(core, new double[] { 0, -3.5, 0 }));
		int[] sites = { 0 };
		double[][] reference = snap.compute(without, sites, species);
		DescriptorChecks.assertVectorsClose(reference, snap.compute(far, sites, species), 1e-14, "H beyond 3.6 Å");
		assertTrue(Math.abs(snap.compute(close, sites, species)[0][0] - reference[0][0]) > 1e-3, "H within 3.6 Å");
		// The H itself: its only O neighbour within 3.6 Å is the centre at 3.5 Å.
		Structure lone = Structure.cluster(List.of("O", "H"), new double[][] { { 0, 0, 0 }, { 0, -3.5, 0 } });
		double cut = 3.6;
		double f = 0.8 * 0.5 * (Math.cos(Math.PI * 3.5 / cut) + 1);
		assertEquals(Math.pow(1 + f, 3) - 1, snap.compute(close, new int[] { 3 }, species)[0][0], 1e-12);
		assertEquals(Math.pow(1 + f, 3) - 1, snap.compute(lone, new int[] { 1 }, species)[0][0], 1e-12);
		// A weight of 0 removes the element from the density.
		Snap blind = new Snap(SnapSettings.defaults().withWeight("H", 0));
		DescriptorChecks.assertVectorsClose(blind.compute(without, sites, species),
				blind.compute(close, sites, species), 1e-14, "weight 0");
	}

	@Test
	void rmin0ShiftsTheRadialMapping() {
		// theta0 and f_c depend on (r - rmin0) / (R - rmin0): a dimer at 3.5 Å with rmin0 = 1 Å (6 Å cutoff)
		// maps where a dimer at 3 Å does with rmin0 = 0, halfway.
		double[] shifted = dimer(new Snap(SnapSettings.defaults().withRmin0(1.0)), 3.5);
		assertArrayEquals(dimer(new Snap(SnapSettings.defaults()), 3.0), shifted, 1e-12);
	}

	@Test
	void quadraticTermsAreTheLammpsProducts() {
		Structure cell = DescriptorChecks.randomCell(17, 4.0, 1.6, List.of("Fe", "O", "O"));
		SortedSet<String> species = species("Fe", "O");
		double[] linear = new Snap(SnapSettings.defaults()).compute(cell, new int[] { 1 }, species)[0];
		double[] all = new Snap(SnapSettings.defaults().withQuadratic(true)).compute(cell, new int[] { 1 }, species)[0];
		assertEquals(30 + 465, all.length);
		int c = 30;
		for (int i = 0; i < 30; i++) {
			assertEquals(linear[i], all[i], 0);
			assertEquals(0.5 * linear[i] * linear[i], all[c++], 0, "diagonal " + i);
			for (int k = i + 1; k < 30; k++) {
				assertEquals(linear[i] * linear[k], all[c++], 0, "product " + i + ", " + k);
			}
		}
	}

	@Test
	void oxygenSitesOfLithiumIronOxide() throws Exception {
		// Li3FeO3.5 at 0 K: 14 Fe, 42 Li, 49 O. B(0,0,0) = (u^0)^3 - 1 with u^0 = 1 + sum of f_c(r) over the
		// neighbours within 6 Å (weights 1): checked against a sum over the neighbour list.
		Structure cell = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
		SortedSet<String> species = species("Fe", "Li", "O");
		int[] oxygen = IntStream.range(0, cell.size()).filter(i -> cell.species(i).equals("O")).toArray();
		assertEquals(49, oxygen.length);
		Snap snap = new Snap(SnapSettings.defaults());
		double[][] b = DescriptorChecks.computeChecked(snap, cell, oxygen, species);
		NeighbourList list = NeighbourList.build(cell, 6.0);
		for (int s = 0; s < oxygen.length; s++) {
			double u0 = 1;
			int neighbours = 0;
			for (Neighbour n : list.neighbours(oxygen[s])) {
				if (n.distance() < 6.0) {
					u0 += 0.5 * (Math.cos(Math.PI * n.distance() / 6.0) + 1);
					neighbours++;
				}
			}
			assertTrue(neighbours > 40, neighbours + " neighbours of O site " + oxygen[s]);
			assertEquals(Math.pow(u0, 3) - 1, b[s][0], 1e-10 * Math.pow(u0, 3));
		}
		DescriptorChecks.assertRotationInvariant(snap, cell, oxygen, species, 1e-8, 12);
		DescriptorChecks.assertPermutationInvariant(snap, cell, oxygen, species, 1e-8, 13);
		DescriptorChecks.assertSupercellEquivalent(snap, cell, new int[] { 2, 1, 1 }, species, 1e-8);
	}

	@Test
	void badSettingsAndInputAreRejectedWithClearMessages() {
		SnapSettings defaults = SnapSettings.defaults();
		assertMessage("rfac0", () -> defaults.withRfac0(0));
		assertMessage("rfac0", () -> defaults.withRfac0(1.01));
		assertMessage("twojmax", () -> defaults.withTwoJMax(-1));
		assertMessage("twojmax", () -> defaults.withTwoJMax(SnapSettings.MAX_TWO_J + 1));
		assertMessage("rcutfac", () -> defaults.withRcutfac(Double.NaN));
		assertMessage("radius of Fe", () -> defaults.withRadius("Fe", -0.5));
		assertMessage("weight of Fe", () -> defaults.withWeight("Fe", Double.POSITIVE_INFINITY));
		assertMessage("rmin0", () -> defaults.withRmin0(-1));
		Structure dimer = Structure.cluster(List.of("Fe", "O"), new double[][] { { 0, 0, 0 }, { 2, 0, 0 } });
		Snap snap = new Snap(defaults);
		assertMessage("Fe", () -> snap.compute(dimer, new int[] { 0 }, species("O")));
		assertMessage("site", () -> snap.compute(dimer, new int[] { 0, 2 }, species("Fe", "O")));
		Snap late = new Snap(defaults.withRmin0(6.0));
		assertMessage("rmin0", () -> late.compute(dimer, new int[] { 0 }, species("Fe", "O")));
		assertEquals(0, snap.compute(dimer, new int[0], species("Fe", "O")).length);
	}

	/** The full complex sum of B for one component (2j1, 2j2, 2j): {real, imaginary}. */
	private static double[] fullSum(WignerU harmonics, double[] re, double[] im, int[] component) {
		int j1 = component[0];
		int j2 = component[1];
		int j = component[2];
		int o1 = harmonics.offset(j1);
		int o2 = harmonics.offset(j2);
		int o = harmonics.offset(j);
		double bRe = 0;
		double bIm = 0;
		for (int ma = 0; ma <= j; ma++) {
			for (int mb = 0; mb <= j; mb++) {
				double zRe = 0;
				double zIm = 0;
				for (int ma1 = 0; ma1 <= j1; ma1++) {
					for (int ma2 = 0; ma2 <= j2; ma2++) {
						double ca = ClebschGordan.coefficient(j1, 2 * ma1 - j1, j2, 2 * ma2 - j2, j, 2 * ma - j);
						if (ca == 0) {
							continue;
						}
						for (int mb1 = 0; mb1 <= j1; mb1++) {
							for (int mb2 = 0; mb2 <= j2; mb2++) {
								double cb = ClebschGordan.coefficient(j1, 2 * mb1 - j1, j2, 2 * mb2 - j2, j,
										2 * mb - j);
								int k1 = o1 + mb1 * (j1 + 1) + ma1;
								int k2 = o2 + mb2 * (j2 + 1) + ma2;
								zRe += ca * cb * (re[k1] * re[k2] - im[k1] * im[k2]);
								zIm += ca * cb * (re[k1] * im[k2] + im[k1] * re[k2]);
							}
						}
					}
				}
				int k = o + mb * (j + 1) + ma;
				bRe += re[k] * zRe + im[k] * zIm;
				bIm += re[k] * zIm - im[k] * zRe;
			}
		}
		return new double[] { bRe, bIm };
	}

	/** The vector of one atom of an O dimer at distance {@code r}, along a skew direction. */
	private static double[] dimer(Snap snap, double r) {
		double[] d = { 0.48, -0.6, 0.64 };
		Structure dimer = Structure.cluster(List.of("O", "O"),
				new double[][] { { 0, 0, 0 }, { r * d[0], r * d[1], r * d[2] } });
		return snap.compute(dimer, new int[] { 0 }, species("O"))[0];
	}

	private static double[][] append(double[][] rows, double[] row) {
		double[][] all = new double[rows.length + 1][];
		System.arraycopy(rows, 0, all, 0, rows.length);
		all[rows.length] = row;
		return all;
	}

	private static void assertMessage(String fragment, Executable action) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
		assertTrue(e.getMessage().contains(fragment), "message \"" + e.getMessage() + "\" should mention " + fragment);
	}

	private static SortedSet<String> species(String... elements) {
		return new TreeSet<>(Set.of(elements));
	}
}
