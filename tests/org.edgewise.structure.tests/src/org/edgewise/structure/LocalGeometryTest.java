package org.edgewise.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LocalGeometryTest {

	private static final double TOLERANCE = 1e-9;

	/** Cubic perovskite SrTiO3, a = 3.905 Å: Sr at the corner, Ti at the body centre, O at the face centres. */
	private static final double A = 3.905;

	@Test
	void perfectTetrahedronHasFourBondsAtTheTetrahedralAngle() {
		// Centre at the origin, ligands at alternate corners of a cube of side 2: bonds of sqrt(3) = 1.732 Å,
		// ligands 2 sqrt(2) = 2.83 Å apart. Any two bonds have cos = (1,1,1).(1,-1,-1) / 3 = -1/3, so every
		// angle, and their mean, is acos(-1/3) = 109.47 degrees.
		Structure methane = tetrahedron(new double[3]);
		NeighbourList list = NeighbourList.build(methane, 3.0);
		assertEquals(4, LocalGeometry.coordinationNumber(list, 0, 2.0));
		List<Neighbour> shell = LocalGeometry.nearestShell(list, 0, null);
		assertEquals(4, shell.size());
		assertEquals(Math.sqrt(3), LocalGeometry.averageBondLength(shell), TOLERANCE);
		assertEquals(Math.toDegrees(Math.acos(-1.0 / 3)), LocalGeometry.averageBondAngle(shell), TOLERANCE);
		assertEquals(109.4712206, LocalGeometry.averageBondAngle(shell), 1e-7);
		// A ligand's nearest neighbour is the centre at 1.73 Å; the other ligands at 2.83 Å lie beyond 1.2 x 1.73 = 2.08 Å.
		assertEquals(1, LocalGeometry.shellCoordinationNumber(list, 1, null));
		assertEquals(4, LocalGeometry.coordinationNumber(list, 1, 3.0));
	}

	@Test
	void tetrahedronGeometryIsInvariantToTranslation() {
		NeighbourList moved = NeighbourList.build(tetrahedron(new double[] { -51.3, 7.7, 1e3 }), 3.0);
		List<Neighbour> shell = LocalGeometry.nearestShell(moved, 0, "H");
		assertEquals(4, shell.size());
		assertEquals(Math.sqrt(3), LocalGeometry.averageBondLength(shell), TOLERANCE);
		assertEquals(109.4712206, LocalGeometry.averageBondAngle(shell), 1e-7);
	}

	@Test
	void perovskiteTitaniumIsOctahedral() {
		// Ti-O = a/2 = 1.9525 Å (6), Ti-Sr = a sqrt(3)/2 = 3.382 Å (8), Ti-Ti = a = 3.905 Å (6).
		// Octahedron angles: of the 15 pairs of bonds, 12 are at 90 degrees and 3 at 180, mean 108 degrees.
		NeighbourList list = NeighbourList.build(perovskite(new double[3]), 4.5);
		int ti = 1;
		assertEquals(6, LocalGeometry.coordinationNumber(list, ti, 2.0));
		assertEquals(14, LocalGeometry.coordinationNumber(list, ti, 3.5));
		assertEquals(20, LocalGeometry.coordinationNumber(list, ti, 4.0));
		List<Neighbour> oxygen = LocalGeometry.nearestShell(list, ti, "O");
		assertEquals(6, oxygen.size());
		assertEquals(A / 2, LocalGeometry.averageBondLength(oxygen), TOLERANCE);
		assertEquals(108.0, LocalGeometry.averageBondAngle(oxygen), TOLERANCE);
		assertEquals(6, LocalGeometry.shellCoordinationNumber(list, ti, null));
	}

	@Test
	void speciesRestrictionPicksTheShellOfThatElement() {
		// Sr: 12 O at a / sqrt(2) = 2.761 Å, then 8 Ti at 3.382 Å, beyond 1.2 x 2.761 = 3.314 Å: 12 by any
		// species. Restricted to Ti the shell is the 8 cube corners around Sr (the next Ti lie at
		// a sqrt(11)/2 = 6.48 Å, beyond 1.2 x 3.382 = 4.06 Å). Cube diagonals (+-1, +-1, +-1): of 28 pairs,
		// 12 have cos 1/3, 12 have cos -1/3 (angles adding up to 180 degrees) and 4 are opposite (180 degrees),
		// so the mean angle is (12 x 180 + 4 x 180) / 28 = 102.857 degrees.
		NeighbourList list = NeighbourList.build(perovskite(new double[3]), 4.5);
		int sr = 0;
		assertEquals(12, LocalGeometry.shellCoordinationNumber(list, sr, null));
		assertEquals(A / Math.sqrt(2), LocalGeometry.averageBondLength(LocalGeometry.nearestShell(list, sr, "O")), TOLERANCE);
		List<Neighbour> titanium = LocalGeometry.nearestShell(list, sr, "Ti");
		assertEquals(8, titanium.size());
		assertEquals(A * Math.sqrt(3) / 2, LocalGeometry.averageBondLength(titanium), TOLERANCE);
		assertEquals(16 * 180.0 / 28, LocalGeometry.averageBondAngle(titanium), TOLERANCE);
		assertEquals(0, LocalGeometry.shellCoordinationNumber(list, sr, "N"));
	}

	@Test
	void perovskiteGeometryIsInvariantToTranslation() {
		NeighbourList list = NeighbourList.build(perovskite(new double[] { 0.37, -12.9, 4.4 }), 4.5);
		assertEquals(6, LocalGeometry.shellCoordinationNumber(list, 1, "O"));
		assertEquals(108.0, LocalGeometry.averageBondAngle(LocalGeometry.nearestShell(list, 1, "O")), TOLERANCE);
		assertEquals(12, LocalGeometry.shellCoordinationNumber(list, 0, null));
	}

	@Test
	void aCutoffTooShortForTheShellIsRefused() {
		// Ti's nearest O is at 1.9525 Å, so its shell reaches 2.343 Å: a list cut at 2.0 Å could miss part of it.
		NeighbourList shortList = NeighbourList.build(perovskite(new double[3]), 2.0);
		String message = assertThrows(IllegalArgumentException.class, () -> LocalGeometry.nearestShell(shortList, 1, null))
				.getMessage();
		assertTrue(message.contains("atom 1") && message.contains("larger cutoff"), message);
		assertThrows(IllegalArgumentException.class, () -> LocalGeometry.coordinationNumber(shortList, 1, 2.5));
	}

	@Test
	void undefinedAveragesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> LocalGeometry.averageBondLength(List.of()));
		Neighbour one = new Neighbour(0, 1, new double[] { 1, 0, 0 }, new int[3]);
		assertThrows(IllegalArgumentException.class, () -> LocalGeometry.averageBondAngle(List.of(one)));
	}

	/** CH4-like cluster with the carbon at {@code centre}. */
	private static Structure tetrahedron(double[] centre) {
		double[][] corners = { { 0, 0, 0 }, { 1, 1, 1 }, { 1, -1, -1 }, { -1, 1, -1 }, { -1, -1, 1 } };
		for (double[] r : corners) {
			for (int k = 0; k < 3; k++) {
				r[k] += centre[k];
			}
		}
		return Structure.cluster(List.of("C", "H", "H", "H", "H"), corners);
	}

	/** SrTiO3 with every atom moved by the Cartesian vector {@code shift}. */
	private static Structure perovskite(double[] shift) {
		Lattice cubic = Lattice.of(new double[][] { { A, 0, 0 }, { 0, A, 0 }, { 0, 0, A } });
		double[][] fractional = { { 0, 0, 0 }, { 0.5, 0.5, 0.5 }, { 0.5, 0.5, 0 }, { 0.5, 0, 0.5 }, { 0, 0.5, 0.5 } };
		double[] delta = cubic.toFractional(shift);
		for (double[] f : fractional) {
			for (int k = 0; k < 3; k++) {
				f[k] += delta[k];
			}
		}
		return Structure.periodic(cubic, List.of("Sr", "Ti", "O", "O", "O"), fractional);
	}
}
