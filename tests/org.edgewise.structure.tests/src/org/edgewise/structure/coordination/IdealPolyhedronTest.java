package org.edgewise.structure.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IdealPolyhedronTest {

	private static final double TOLERANCE = 1e-12;

	@Test
	void chemEnvSymbolsForCoordinationNumbersOneToEight() {
		assertEquals(29, IdealPolyhedron.values().length);
		int[] perCoordination = { 0, 1, 2, 3, 4, 3, 3, 4, 9, 0 };
		for (int cn = 0; cn < perCoordination.length; cn++) {
			List<IdealPolyhedron> polyhedra = IdealPolyhedron.withCoordination(cn);
			assertEquals(perCoordination[cn], polyhedra.size(), "CN " + cn);
			for (IdealPolyhedron p : polyhedra) {
				assertEquals(cn, p.coordinationNumber());
				assertEquals(cn, p.vertices().length);
				assertTrue(p.symbol().endsWith(":" + cn), p.symbol());
				assertSame(p, IdealPolyhedron.ofSymbol(p.symbol()));
			}
		}
		assertEquals(List.of(), IdealPolyhedron.withCoordination(-1));
		assertEquals("Square pyramid", IdealPolyhedron.ofSymbol("S:5").displayName());
		assertEquals(List.of(IdealPolyhedron.OCTAHEDRON, IdealPolyhedron.TRIGONAL_PRISM, IdealPolyhedron.PENTAGONAL_PYRAMID),
				IdealPolyhedron.withCoordination(6));
		String message = assertThrows(IllegalArgumentException.class, () -> IdealPolyhedron.ofSymbol("O:7")).getMessage();
		assertTrue(message.contains("'O:7'") && message.contains("T:4") && message.contains("BO_3:8"), message);
	}

	@Test
	void verticesLieAtUnitDistanceExceptForTheSnubDisphenoid() {
		for (IdealPolyhedron p : IdealPolyhedron.values()) {
			if (p == IdealPolyhedron.DODECAHEDRON) {
				continue;
			}
			for (double[] v : p.vertices()) {
				assertEquals(1, Math.sqrt(dot(v, v)), TOLERANCE, p.symbol());
			}
		}
	}

	@Test
	void prismsAntiprismAndDodecahedronHaveEqualEdges() {
		// Trigonal prism: triangle side r sqrt(3) = sqrt(12/7) and height 2h = 2 sqrt(3/7) = sqrt(12/7): 9 edges.
		assertShortestDistances(IdealPolyhedron.TRIGONAL_PRISM, 9, Math.sqrt(12.0 / 7));
		// Square antiprism: 8 square sides and 8 lateral edges, r sqrt(2) with r^2 = 1 / (1 + sqrt(2) / 4).
		assertShortestDistances(IdealPolyhedron.SQUARE_ANTIPRISM, 16, Math.sqrt(2 / (1 + Math.sqrt(2) / 4)));
		// Snub disphenoid J84: 18 edges, all of length 1; the other 10 vertex pairs are farther apart.
		assertShortestDistances(IdealPolyhedron.DODECAHEDRON, 18, 1);
		// Cube of circumradius 1: 12 edges of 2 / sqrt(3).
		assertShortestDistances(IdealPolyhedron.CUBE, 12, 2 / Math.sqrt(3));
	}

	@Test
	void symmetryGroupsHaveThePointGroupOrders() {
		// Vertex permutations induced by the point group; for a flat polyhedron the mirror in its own plane moves
		// no vertex, so the permutation group is half the point group (D4h -> 8 for the square).
		Map<IdealPolyhedron, Integer> orders = Map.ofEntries(Map.entry(IdealPolyhedron.TETRAHEDRON, 24),
				Map.entry(IdealPolyhedron.OCTAHEDRON, 48), Map.entry(IdealPolyhedron.CUBE, 48),
				Map.entry(IdealPolyhedron.SQUARE_PLANE, 8), Map.entry(IdealPolyhedron.SQUARE_PYRAMID, 8),
				Map.entry(IdealPolyhedron.TRIGONAL_BIPYRAMID, 12), Map.entry(IdealPolyhedron.TRIGONAL_PRISM, 12),
				Map.entry(IdealPolyhedron.SQUARE_ANTIPRISM, 16), Map.entry(IdealPolyhedron.DODECAHEDRON, 8),
				Map.entry(IdealPolyhedron.HEXAGONAL_BIPYRAMID, 24), Map.entry(IdealPolyhedron.PENTAGONAL_BIPYRAMID, 20),
				Map.entry(IdealPolyhedron.SEE_SAW, 4), Map.entry(IdealPolyhedron.BICAPPED_OCTAHEDRON_OPPOSED_FACES, 12),
				Map.entry(IdealPolyhedron.LINEAR, 2), Map.entry(IdealPolyhedron.SINGLE_NEIGHBOUR, 1));
		for (Map.Entry<IdealPolyhedron, Integer> e : orders.entrySet()) {
			assertEquals(e.getValue(), e.getKey().symmetry().length, e.getKey().symbol());
		}
		for (IdealPolyhedron p : IdealPolyhedron.values()) {
			int[][] group = p.symmetry();
			int[] identity = new int[p.coordinationNumber()];
			Arrays.setAll(identity, i -> i);
			assertTrue(Arrays.equals(identity, group[0]), p.symbol());
		}
	}

	@Test
	void verticesAreACopy() {
		double[][] first = IdealPolyhedron.OCTAHEDRON.vertices();
		first[0][0] = 42;
		double[][] second = IdealPolyhedron.OCTAHEDRON.vertices();
		assertEquals(1, second[0][0]);
		assertNotSame(first[1], second[1]);
	}

	/** Asserts that the {@code count} shortest vertex-vertex distances equal {@code edge} and the rest are longer. */
	private static void assertShortestDistances(IdealPolyhedron p, int count, double edge) {
		double[][] v = p.vertices();
		List<Double> distances = new ArrayList<>();
		for (int i = 0; i < v.length; i++) {
			for (int j = i + 1; j < v.length; j++) {
				double[] d = { v[i][0] - v[j][0], v[i][1] - v[j][1], v[i][2] - v[j][2] };
				distances.add(Math.sqrt(dot(d, d)));
			}
		}
		distances.sort(null);
		for (int k = 0; k < count; k++) {
			assertEquals(edge, distances.get(k), 1e-9, p.symbol() + " edge " + k);
		}
		if (count < distances.size()) {
			assertTrue(distances.get(count) > edge + 0.05, p.symbol() + ": " + distances);
		}
	}

	private static double dot(double[] a, double[] b) {
		return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
	}
}
