package org.edgewise.structure.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.edgewise.io.PoscarReader;
import org.edgewise.structure.Lattice;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.Test;

class CoordinationLabelTest {

	private static final double PERFECT = 1e-10;

	@Test
	void perovskiteSitesAreOctahedralLinearAndCubic() {
		// Cubic SrTiO3, a = 3.905 Å: Ti has 6 O at a/2; O has 2 Ti at a/2 (then 4 Sr and 8 O at a/sqrt(2) =
		// 2.76 Å, beyond 1.2 x 1.95 = 2.34 Å); Sr has 12 O at a/sqrt(2) and, counting Ti only, 8 Ti at the
		// corners of a cube.
		double a = 3.905;
		Structure cell = Structure.periodic(Lattice.of(new double[][] { { a, 0, 0 }, { 0, a, 0 }, { 0, 0, a } }),
				List.of("Sr", "Ti", "O", "O", "O"),
				new double[][] { { 0, 0, 0 }, { 0.5, 0.5, 0.5 }, { 0.5, 0.5, 0 }, { 0.5, 0, 0.5 }, { 0, 0.5, 0.5 } });
		NeighbourList list = NeighbourList.build(cell, 4.5);

		CoordinationLabel titanium = CoordinationLabel.of(list, 1, "O");
		assertEquals(6, titanium.coordinationNumber());
		assertEquals(IdealPolyhedron.OCTAHEDRON, titanium.best().orElseThrow().polyhedron());
		assertEquals(0, titanium.best().orElseThrow().csm(), PERFECT);
		assertEquals(Optional.of(CarboneClass.O6), titanium.carboneClass());
		// All three CN 6 polyhedra are scored, best first; the trigonal prism is 100 (4 - 2 sqrt 2) / 7 away.
		assertEquals(3, titanium.scores().size());
		assertEquals(IdealPolyhedron.TRIGONAL_PRISM, titanium.scores().get(1).polyhedron());
		assertEquals(100 * (4 - 2 * Math.sqrt(2)) / 7, titanium.scores().get(1).csm(), 1e-9);
		assertEquals(titanium, CoordinationLabel.of(list, 1, null));

		for (int oxygen = 2; oxygen < 5; oxygen++) {
			CoordinationLabel label = CoordinationLabel.of(list, oxygen, null);
			assertEquals(IdealPolyhedron.LINEAR, label.best().orElseThrow().polyhedron());
			assertEquals(0, label.best().orElseThrow().csm(), PERFECT);
			assertEquals(Optional.empty(), label.carboneClass());
		}

		CoordinationLabel strontium = CoordinationLabel.of(list, 0, null);
		assertEquals(12, strontium.coordinationNumber());
		assertEquals(List.of(), strontium.scores());
		assertEquals(Optional.empty(), strontium.best());
		assertEquals(Optional.empty(), strontium.carboneClass());
		CoordinationLabel strontiumByTitanium = CoordinationLabel.of(list, 0, "Ti");
		assertEquals(IdealPolyhedron.CUBE, strontiumByTitanium.best().orElseThrow().polyhedron());
		assertEquals(0, strontiumByTitanium.best().orElseThrow().csm(), PERFECT);
		assertEquals(9, strontiumByTitanium.scores().size());

		CoordinationLabel nothing = CoordinationLabel.of(list, 1, "N");
		assertEquals(0, nothing.coordinationNumber());
		assertEquals(Optional.empty(), nothing.best());
	}

	@Test
	void zincBlendeSitesAreTetrahedral() {
		// ZnS, a = 5.4093 Å: each atom has 4 of the other kind at a sqrt(3)/4 = 2.342 Å; the next are 12 of its
		// own kind at a/sqrt(2) = 3.825 Å, beyond 1.2 x 2.342 = 2.81 Å.
		double a = 5.4093;
		double[][] fcc = { { 0, 0, 0 }, { 0, 0.5, 0.5 }, { 0.5, 0, 0.5 }, { 0.5, 0.5, 0 } };
		double[][] fractional = new double[8][];
		for (int i = 0; i < 4; i++) {
			fractional[i] = fcc[i].clone();
			fractional[i + 4] = new double[] { fcc[i][0] + 0.25, fcc[i][1] + 0.25, fcc[i][2] + 0.25 };
		}
		Structure cell = Structure.periodic(Lattice.of(new double[][] { { a, 0, 0 }, { 0, a, 0 }, { 0, 0, a } }),
				List.of("Zn", "Zn", "Zn", "Zn", "S", "S", "S", "S"), fractional);
		NeighbourList list = NeighbourList.build(cell, 4.5);
		for (int site = 0; site < 8; site++) {
			CoordinationLabel label = CoordinationLabel.of(list, site, null);
			assertEquals(4, label.coordinationNumber());
			PolyhedronScore best = label.best().orElseThrow();
			assertEquals(IdealPolyhedron.TETRAHEDRON, best.polyhedron(), "site " + site);
			assertEquals(0, best.csm(), PERFECT);
			assertEquals(Optional.of(CarboneClass.T4), label.carboneClass());
			// The tetrahedron against the square plane: 100 / 3 (derived in ContinuousSymmetryMeasureTest).
			double square = label.scores().stream().filter(s -> s.polyhedron() == IdealPolyhedron.SQUARE_PLANE)
					.findFirst().orElseThrow().csm();
			assertEquals(100.0 / 3, square, 1e-9);
		}
	}

	@Test
	void ironSitesOfLithiumIronOxide() throws Exception {
		// Li3FeO3.5 (105 atoms, 14 Fe): the Fe-O shells by the 1.2 x nearest rule hold 4 to 6 oxygens.
		Structure cell = PoscarReader.read(SharedData.file("oxygen-k-li3feo3.5/POSCAR_0k"));
		NeighbourList list = NeighbourList.build(cell, 4.0);
		Map<String, Integer> labels = new TreeMap<>();
		Map<String, Integer> classes = new TreeMap<>();
		for (int site = 0; site < cell.size(); site++) {
			if (!cell.species(site).equals("Fe")) {
				continue;
			}
			CoordinationLabel label = CoordinationLabel.of(list, site, "O");
			assertTrue(label.coordinationNumber() >= 4 && label.coordinationNumber() <= 6, "Fe " + site);
			PolyhedronScore best = label.best().orElseThrow();
			// Every Fe site is a recognisable polyhedron, within a few percent of its ideal.
			assertTrue(best.csm() < 5, "Fe " + site + ": " + best);
			labels.merge(best.polyhedron().symbol(), 1, Integer::sum);
			classes.merge(label.carboneClass().map(CarboneClass::name).orElse("none"), 1, Integer::sum);
		}
		assertEquals(Map.of("S:5", 8, "O:6", 2, "T:4", 2, "SS:4", 2), labels);
		assertEquals(Map.of("S5", 8, "O6", 2, "T4", 2, "none", 2), classes);
	}

	@Test
	void badRequestsAreRefused() {
		Structure dimer = Structure.cluster(List.of("O", "O"), new double[][] { { 0, 0, 0 }, { 1.2, 0, 0 } });
		NeighbourList list = NeighbourList.build(dimer, 2.0);
		String message = assertThrows(IllegalArgumentException.class, () -> CoordinationLabel.of(list, 2, null))
				.getMessage();
		assertTrue(message.contains("site 2") && message.contains("2 atoms"), message);
		CoordinationLabel single = CoordinationLabel.of(list, 0, null);
		assertEquals(IdealPolyhedron.SINGLE_NEIGHBOUR, single.best().orElseThrow().polyhedron());
		assertEquals(0, single.best().orElseThrow().csm(), PERFECT);

		List<PolyhedronScore> unsorted = List.of(new PolyhedronScore(IdealPolyhedron.OCTAHEDRON, 5),
				new PolyhedronScore(IdealPolyhedron.TRIGONAL_PRISM, 1));
		assertThrows(IllegalArgumentException.class, () -> new CoordinationLabel(6, unsorted));
		assertThrows(IllegalArgumentException.class,
				() -> new CoordinationLabel(4, List.of(new PolyhedronScore(IdealPolyhedron.OCTAHEDRON, 1))));
		assertThrows(IllegalArgumentException.class, () -> new PolyhedronScore(IdealPolyhedron.OCTAHEDRON, -1));
	}

	@Test
	void carboneClassesAreTheTetrahedronSquarePyramidAndOctahedron() {
		assertEquals(Optional.of(CarboneClass.T4), CarboneClass.of(IdealPolyhedron.TETRAHEDRON));
		assertEquals(Optional.of(CarboneClass.S5), CarboneClass.of(IdealPolyhedron.SQUARE_PYRAMID));
		assertEquals(Optional.of(CarboneClass.O6), CarboneClass.of(IdealPolyhedron.OCTAHEDRON));
		assertEquals(Optional.empty(), CarboneClass.of(IdealPolyhedron.TRIGONAL_BIPYRAMID));
		assertEquals(IdealPolyhedron.SQUARE_PYRAMID, CarboneClass.S5.polyhedron());
	}
}
