package org.edgewise.structure.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.Structure;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

class AcsfTest {

	private static final double TOLERANCE = 1e-12;
	private static final SortedSet<String> FE_O = new TreeSet<>(List.of("Fe", "O"));
	private static final SortedSet<String> LI_FE_O = new TreeSet<>(List.of("Li", "Fe", "O"));

	/** r_c 6 Å, two G2, one G3, one G4 and one G5: radial blocks of 4 values, angular blocks of 2. */
	private static AcsfSettings small() {
		AcsfSettings settings = new AcsfSettings();
		settings.setRCut(6.0);
		settings.setG2Params(new double[][] { { 2.0, 1.5 }, { 0.5, 2.5 } });
		settings.setG3Params(new double[] { 1.3 });
		settings.setG4Params(new double[][] { { 0.0, 1, 1 } });
		settings.setG5Params(new double[][] { { 0.0, 1, 1 } });
		return settings;
	}

	@Test
	void dimerGivesTheRadialFunctionsOfTheOtherSpeciesOnly() {
		// O at the origin, Fe 2 Å away. Species order Fe, O: radial blocks Fe [0, 4) and O [4, 8), each
		// G1, G2(eta 2, Rs 1.5), G2(eta 0.5, Rs 2.5), G3(kappa 1.3); then the pair blocks (Fe,Fe) [8, 10),
		// (Fe,O) [10, 12), (O,O) [12, 14), each G4 then G5.
		// f_c(2) = (cos(pi 2 / 6) + 1) / 2 = (1/2 + 1) / 2 = 0.75, so for the O site's only neighbour, Fe:
		// G1 = 0.75, G2 = exp(-2 (2 - 1.5)^2) 0.75 = 0.75 e^-0.5, G2 = exp(-0.5 (2 - 2.5)^2) 0.75 = 0.75 e^-0.125,
		// G3 = cos(1.3 x 2) 0.75. No O neighbour: the O block is zero; one neighbour makes no pair: G4 = G5 = 0.
		Structure dimer = Structure.cluster(List.of("O", "Fe"), new double[][] { { 0, 0, 0 }, { 0, 0, 2.0 } });
		Acsf acsf = new Acsf(small());
		assertEquals(14, acsf.length(FE_O));
		double[][] v = DescriptorChecks.computeChecked(acsf, dimer, new int[] { 0, 1 }, FE_O);
		double[] fe = { 0.75, 0.75 * Math.exp(-0.5), 0.75 * Math.exp(-0.125), 0.75 * Math.cos(2.6) };
		double[] expectedO = { fe[0], fe[1], fe[2], fe[3], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		double[] expectedFe = { 0, 0, 0, 0, fe[0], fe[1], fe[2], fe[3], 0, 0, 0, 0, 0, 0 };
		DescriptorChecks.assertVectorsClose(new double[][] { expectedO, expectedFe }, v, TOLERANCE, "dimer");
	}

	@Test
	void tetrahedronAngularFunctionsMatchTheHandValue() {
		// Si at the origin, O at alternate corners of a cube of side 2: bonds r = sqrt(3), O-O = 2 sqrt(2),
		// every O-Si-O angle has cos = -1/3. Six O-O pairs, all in the (O,O) block (species O, Si: pair index 0,
		// after the two radial blocks of 4). With eta = 0, zeta = 1, lambda = 1 each pair adds
		// 2^0 (1 - 1/3) = 2/3 times the cutoffs: G4 = 6 (2/3) f_c(sqrt 3)^2 f_c(2 sqrt 2) = 4 f_c(sqrt 3)^2 f_c(2 sqrt 2)
		// and G5 = 4 f_c(sqrt 3)^2. The O radial block has G1 = 4 f_c(sqrt 3).
		double s = 1.0;
		Structure tetrahedron = Structure.cluster(List.of("Si", "O", "O", "O", "O"), new double[][] { { 0, 0, 0 },
				{ s, s, s }, { s, -s, -s }, { -s, s, -s }, { -s, -s, s } });
		SortedSet<String> species = new TreeSet<>(List.of("O", "Si"));
		double[] v = DescriptorChecks.computeChecked(new Acsf(small()), tetrahedron, new int[] { 0 }, species)[0];
		double bond = fc(Math.sqrt(3), 6);
		double edge = fc(2 * Math.sqrt(2), 6);
		assertEquals(4 * bond, v[0], TOLERANCE);
		assertEquals(4 * bond * bond * edge, v[8], TOLERANCE);
		assertEquals(4 * bond * bond, v[9], TOLERANCE);
		assertEquals(0, v[4], 0.0); // no Si neighbour
		// zeta = 4, lambda = -1, eta = 0.05: 6 x 2^-3 (1 + 1/3)^4 exp(-0.05 (3 + 3 + 8)) f_c f_c f_c.
		AcsfSettings sharp = small();
		sharp.setG4Params(new double[][] { { 0.05, 4, -1 } });
		double g4 = new Acsf(sharp).compute(tetrahedron, new int[] { 0 }, species)[0][8];
		assertEquals(6 * Math.pow(2, -3) * Math.pow(4.0 / 3, 4) * Math.exp(-0.7) * bond * bond * edge, g4, TOLERANCE);
	}

	@Test
	void periodicImagesOfTheAtomItselfCount() {
		// One atom in a cube of side 3 with r_c 3.5: its six images at 3 Å are its only neighbours, so
		// G1 = 6 f_c(3) = 6 (cos(pi 3 / 3.5) + 1) / 2. Pairs: 12 at 90 degrees (r_jk = 3 sqrt 2 = 4.24 > r_c, so no
		// G4) and 3 opposite (r_jk = 6): G5(eta 0, zeta 1, lambda 1) = 12 (1 + 0) f_c^2 + 3 (1 - 1) f_c^2 = 12 f_c(3)^2.
		Structure cube = Structure.periodic(Lattice.of(new double[][] { { 3, 0, 0 }, { 0, 3, 0 }, { 0, 0, 3 } }),
				List.of("Fe"), new double[][] { { 0.2, 0.3, 0.4 } });
		AcsfSettings settings = small();
		settings.setRCut(3.5);
		double[] v = new Acsf(settings).compute(cube, new int[] { 0 }, FE_O)[0];
		double f = fc(3, 3.5);
		assertEquals(6 * f, v[0], TOLERANCE);
		assertEquals(0, v[8], TOLERANCE);
		assertEquals(12 * f * f, v[9], TOLERANCE);
	}

	@Test
	void featureNamesSpellOutTheLayout() {
		Acsf acsf = new Acsf(small());
		List<String> names = acsf.featureNames(LI_FE_O);
		// Species order Fe, Li, O: 3 radial blocks of 4, then pairs (Fe,Fe) (Fe,Li) (Li,Li) (Fe,O) (Li,O) (O,O).
		assertEquals(acsf.length(LI_FE_O), names.size());
		assertEquals(3 * 4 + 6 * 2, names.size());
		assertEquals("G1[Fe]", names.get(0));
		assertEquals("G2[Li; eta=0.5, Rs=2.5]", names.get(6));
		assertEquals("G3[O; kappa=1.3]", names.get(11));
		assertEquals("G4[Fe-Fe; eta=0.0, zeta=1.0, lambda=1.0]", names.get(12));
		assertEquals("G5[Li-Li; eta=0.0, zeta=1.0, lambda=1.0]", names.get(17));
		assertEquals("G4[Fe-O; eta=0.0, zeta=1.0, lambda=1.0]", names.get(18));
		assertEquals("G5[O-O; eta=0.0, zeta=1.0, lambda=1.0]", names.get(23));
		AcsfSettings defaults = AcsfSettings.defaults();
		assertEquals(3 * 11 + 6 * 6, new Acsf(defaults).length(LI_FE_O));
	}

	@Test
	void invariantToRotationTranslationAndPermutation() {
		List<String> atoms = List.of("O", "Fe", "O", "Li", "O", "Li", "Fe", "O", "Li", "O", "O", "Fe");
		Structure cluster = DescriptorChecks.randomCluster(11, 6.0, 1.6, atoms);
		Structure cell = DescriptorChecks.randomCell(12, 5.0, 1.6, atoms);
		Acsf acsf = new Acsf(AcsfSettings.defaults());
		int[] sites = { 0, 1, 3, 7, 11 };
		for (Structure structure : List.of(cluster, cell)) {
			DescriptorChecks.assertRotationInvariant(acsf, structure, sites, LI_FE_O, 1e-10, 5);
			DescriptorChecks.assertTranslationInvariant(acsf, structure, sites, LI_FE_O, new double[] { 3.7, -12.1, 0.4 },
					1e-10);
			DescriptorChecks.assertPermutationInvariant(acsf, structure, sites, LI_FE_O, 1e-10, 6);
			DescriptorChecks.assertContinuous(acsf, structure, sites, LI_FE_O, 7);
		}
	}

	@Test
	void supercellGivesThePrimitiveCellsVectors() {
		// A 5 Å cell is smaller than the 6 Å cutoff: atoms see several images of every atom, themselves included.
		Structure cell = DescriptorChecks.randomCell(21, 5.0, 1.6, List.of("Fe", "O", "O", "Li", "O"));
		Acsf acsf = new Acsf(AcsfSettings.defaults());
		DescriptorChecks.assertSupercellEquivalent(acsf, cell, new int[] { 2, 1, 3 }, LI_FE_O, 1e-10);
	}

	@Test
	void everyOxygenOfTheLi3FeO35CellHasAFiniteVector() throws Exception {
		Structure structure = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
		int[] oxygen = sitesOf(structure, "O");
		assertEquals(49, oxygen.length);
		Acsf acsf = new Acsf(AcsfSettings.defaults());
		double[][] v = DescriptorChecks.computeChecked(acsf, structure, oxygen, LI_FE_O);
		// Species Fe, Li, O; radial blocks of 11 start at 0, 11, 22. Every O has Fe and Li within 6 Å: positive G1.
		for (double[] site : v) {
			assertTrue(site[0] > 0 && site[11] > 0 && site[22] > 0, "G1 of Fe, Li, O neighbours");
		}
		// The same site in the doubled cell.
		double[][] doubled = acsf.compute(DescriptorChecks.supercell(structure, new int[] { 1, 2, 1 }),
				new int[] { oxygen[0], oxygen[48] + structure.size() }, LI_FE_O);
		DescriptorChecks.assertVectorsClose(new double[][] { v[0], v[48] }, doubled, 1e-10, "doubled Li3FeO3.5 cell");
	}

	@Test
	void badInputIsRefusedWithAClearMessage() {
		Structure dimer = Structure.cluster(List.of("O", "Cu"), new double[][] { { 0, 0, 0 }, { 0, 0, 2.0 } });
		Acsf acsf = new Acsf(small());
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
				() -> acsf.compute(dimer, new int[] { 0 }, FE_O));
		assertTrue(missing.getMessage().contains("atom 1 is Cu"), missing.getMessage());
		IllegalArgumentException site = assertThrows(IllegalArgumentException.class,
				() -> acsf.compute(dimer, new int[] { 2 }, new TreeSet<>(List.of("Cu", "O"))));
		assertTrue(site.getMessage().contains("atom 2"), site.getMessage());
		AcsfSettings settings = new AcsfSettings();
		IllegalArgumentException lambda = assertThrows(IllegalArgumentException.class,
				() -> settings.setG4Params(new double[][] { { 0.1, 1, 2 } }));
		assertTrue(lambda.getMessage().contains("g4_params[0] lambda"), lambda.getMessage());
		assertThrows(IllegalArgumentException.class, () -> settings.setG2Params(new double[][] { { 0.1, 1, 2 } }));
		assertThrows(IllegalArgumentException.class, () -> settings.setRCut(0));
		Structure overlapping = Structure.cluster(List.of("O", "O"), new double[][] { { 1, 1, 1 }, { 1, 1, 1 } });
		assertThrows(IllegalArgumentException.class, () -> acsf.compute(overlapping, new int[] { 0 }, FE_O));
	}

	private static double fc(double r, double rCut) {
		return 0.5 * (Math.cos(Math.PI * r / rCut) + 1);
	}

	static int[] sitesOf(Structure structure, String element) {
		return IntStream.range(0, structure.size()).filter(i -> structure.species(i).equals(element))
				.toArray();
	}
}
