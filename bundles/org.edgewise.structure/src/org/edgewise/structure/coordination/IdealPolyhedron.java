package org.edgewise.structure.coordination;

import static org.edgewise.structure.coordination.Shapes.concat;
import static org.edgewise.structure.coordination.Shapes.diagonal;
import static org.edgewise.structure.coordination.Shapes.points;
import static org.edgewise.structure.coordination.Shapes.polygon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The model coordination polyhedra of ChemEnv (Waroquiers et al., Chem. Mater. 29, 8346 (2017); Acta Cryst. B
 * 76, 683 (2020)) for coordination numbers 1 to 8, with ChemEnv's symbols ("O:6") and proportions.
 * <p>
 * Each polyhedron is a set of vertices around a central site at the origin. Except for the snub disphenoid
 * (DD:8), whose vertices lie at two distances, every vertex lies at unit distance from the central site. The
 * central site is part of the shape: it lies at the vertices' centroid for the symmetric polyhedra, but not for
 * e.g. the square pyramid (S:5, centre in the base plane) or the see-saw (SS:4), and the
 * {@link ContinuousSymmetryMeasure} counts it, as ChemEnv does. Every polyhedron here is achiral.
 * <p>
 * Not included: ChemEnv's DDPN:8, a variant of DD:8 with rescaled vertices.
 */
public enum IdealPolyhedron {

	/** S:1, one neighbour. */
	SINGLE_NEIGHBOUR("S:1", "Single neighbour", points(new double[] { 0, 0, 1 })),
	/** L:2, two neighbours on opposite sides. */
	LINEAR("L:2", "Linear", points(new double[] { 0, 0, 1 }, new double[] { 0, 0, -1 })),
	/** A:2, two neighbours at 120 degrees. */
	ANGULAR("A:2", "Angular", Arrays.copyOf(polygon(3), 2)),
	/** TL:3, the equilateral triangle around the centre. */
	TRIGONAL_PLANE("TL:3", "Trigonal plane", polygon(3)),
	/** TY:3, three corners of a tetrahedron around its centre (a trigonal pyramid). */
	TRIANGULAR_NON_COPLANAR("TY:3", "Triangular non-coplanar", Arrays.copyOf(Shapes.tetrahedron(), 3)),
	/** TS:3, two opposite neighbours and one at 90 degrees. */
	T_SHAPED("TS:3", "T-shaped", points(new double[] { 1, 0, 0 }, new double[] { -1, 0, 0 }, new double[] { 0, 0, 1 })),
	/** T:4, the regular tetrahedron. */
	TETRAHEDRON("T:4", "Tetrahedron", Shapes.tetrahedron()),
	/** S:4, the square around the centre. */
	SQUARE_PLANE("S:4", "Square plane", polygon(4)),
	/** SY:4, a square lying 1/sqrt(7) of the bond length off the centre (radius sqrt(6/7)). */
	SQUARE_NON_COPLANAR("SY:4", "Square non-coplanar", Shapes.ring(4, Math.sqrt(6.0 / 7), 1 / Math.sqrt(7), 0)),
	/** SS:4, the trigonal bipyramid without one equatorial vertex. */
	SEE_SAW("SS:4", "See-saw", points(new double[] { 1, 0, 0 }, new double[] { -1, 0, 0 }, new double[] { 0, 0, -1 },
			new double[] { 0, Math.sqrt(3) / 2, 0.5 })),
	/** PP:5, the regular pentagon around the centre. */
	PENTAGONAL_PLANE("PP:5", "Pentagonal plane", polygon(5)),
	/** S:5, the octahedron without one vertex: the centre lies in the square base. */
	SQUARE_PYRAMID("S:5", "Square pyramid", Arrays.copyOf(Shapes.octahedron(), 5)),
	/** T:5, the triangle around the centre with two apices on its axis. */
	TRIGONAL_BIPYRAMID("T:5", "Trigonal bipyramid", concat(polygon(3), apices())),
	/** O:6, the regular octahedron. */
	OCTAHEDRON("O:6", "Octahedron", Shapes.octahedron()),
	/** T:6, the trigonal prism with equal edges. */
	TRIGONAL_PRISM("T:6", "Trigonal prism", Shapes.trigonalPrism()),
	/** PP:6, the pentagon around the centre with one apex on its axis. */
	PENTAGONAL_PYRAMID("PP:6", "Pentagonal pyramid", concat(polygon(5), points(new double[] { 0, 0, 1 }))),
	/** PB:7, the pentagon around the centre with two apices. */
	PENTAGONAL_BIPYRAMID("PB:7", "Pentagonal bipyramid", concat(polygon(5), apices())),
	/** ST:7, the trigonal prism with a cap over one square face. */
	SQUARE_FACE_CAPPED_TRIGONAL_PRISM("ST:7", "Square-face capped trigonal prism",
			concat(Shapes.trigonalPrism(), points(new double[] { 0, -1, 0 }))),
	/** ET:7, the trigonal prism with a cap over one triangular face. */
	END_TRIGONAL_FACE_CAPPED_TRIGONAL_PRISM("ET:7", "End-trigonal-face capped trigonal prism",
			concat(Shapes.trigonalPrism(), points(new double[] { 0, 0, 1 }))),
	/** FO:7, the octahedron with a cap over one face. */
	FACE_CAPPED_OCTAHEDRON("FO:7", "Face-capped octahedron", concat(Shapes.octahedron(), points(diagonal(1, 1, 1)))),
	/** C:8, the cube. */
	CUBE("C:8", "Cube", Shapes.cube()),
	/** SA:8, the square antiprism with equal edges. */
	SQUARE_ANTIPRISM("SA:8", "Square antiprism", Shapes.squareAntiprism()),
	/** SBT:8, the trigonal prism with caps over the two square faces that meet at the edge along +y. */
	SQUARE_FACE_BICAPPED_TRIGONAL_PRISM("SBT:8", "Square-face bicapped trigonal prism",
			concat(Shapes.trigonalPrism(),
					points(new double[] { Math.sqrt(3) / 2, 0.5, 0 }, new double[] { -Math.sqrt(3) / 2, 0.5, 0 }))),
	/** TBT:8, the trigonal prism with caps over both triangular faces. */
	TRIANGULAR_FACE_BICAPPED_TRIGONAL_PRISM("TBT:8", "Triangular-face bicapped trigonal prism",
			concat(Shapes.trigonalPrism(), apices())),
	/** DD:8, the dodecahedron with triangular faces (snub disphenoid) with equal edges. */
	DODECAHEDRON("DD:8", "Dodecahedron with triangular faces", Shapes.snubDisphenoid()),
	/** HB:8, the hexagon around the centre with two apices. */
	HEXAGONAL_BIPYRAMID("HB:8", "Hexagonal bipyramid", concat(polygon(6), apices())),
	/** BO_1:8, the octahedron with caps over two opposite faces. */
	BICAPPED_OCTAHEDRON_OPPOSED_FACES("BO_1:8", "Bicapped octahedron (opposed cap faces)",
			concat(Shapes.octahedron(), points(diagonal(1, 1, 1), diagonal(-1, -1, -1)))),
	/** BO_2:8, the octahedron with caps over two faces sharing one vertex. */
	BICAPPED_OCTAHEDRON_VERTEX_SHARING_FACES("BO_2:8", "Bicapped octahedron (cap faces with one atom in common)",
			concat(Shapes.octahedron(), points(diagonal(1, 1, 1), diagonal(1, -1, -1)))),
	/** BO_3:8, the octahedron with caps over two faces sharing an edge. */
	BICAPPED_OCTAHEDRON_EDGE_SHARING_FACES("BO_3:8", "Bicapped octahedron (cap faces with one edge in common)",
			concat(Shapes.octahedron(), points(diagonal(1, -1, 1), diagonal(1, -1, -1))));

	private static final Map<String, IdealPolyhedron> BY_SYMBOL = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(IdealPolyhedron::symbol, Function.identity()));
	private static final List<List<IdealPolyhedron>> BY_COORDINATION = byCoordination();

	private final String symbol;
	private final String displayName;
	private final double[][] vertices;
	/** The vertex permutations induced by the isometries that fix the central site: row g maps vertex j to [g][j]. */
	private final int[][] symmetry;

	IdealPolyhedron(String symbol, String displayName, double[][] vertices) {
		this.symbol = symbol;
		this.displayName = displayName;
		this.vertices = vertices;
		this.symmetry = VertexSymmetry.permutations(vertices);
	}

	/** @return ChemEnv's symbol, e.g. "T:4", "S:5", "O:6" */
	public String symbol() {
		return symbol;
	}

	/** @return the polyhedron's name, e.g. "Square pyramid" */
	public String displayName() {
		return displayName;
	}

	/** @return the number of vertices: the coordination number the polyhedron describes */
	public int coordinationNumber() {
		return vertices.length;
	}

	/** @return the vertices relative to the central site (unit distance, see the class comment); a copy */
	public double[][] vertices() {
		return Arrays.stream(vertices).map(double[]::clone).toArray(double[][]::new);
	}

	/** The symmetry as vertex permutations, shared, never modified: for {@link ContinuousSymmetryMeasure}. */
	int[][] symmetry() {
		return symmetry;
	}

	/** The vertices, shared, never modified: for {@link ContinuousSymmetryMeasure}. */
	double[][] sharedVertices() {
		return vertices;
	}

	/**
	 * @param coordinationNumber a coordination number
	 * @return the polyhedra with that many vertices, in declaration order; empty for numbers outside 1 to 8
	 */
	public static List<IdealPolyhedron> withCoordination(int coordinationNumber) {
		return coordinationNumber >= 0 && coordinationNumber < BY_COORDINATION.size()
				? BY_COORDINATION.get(coordinationNumber)
				: List.of();
	}

	/**
	 * @param symbol ChemEnv's symbol, e.g. "O:6"
	 * @return the polyhedron with that symbol
	 * @throws IllegalArgumentException if no polyhedron here has that symbol; the message lists them
	 */
	public static IdealPolyhedron ofSymbol(String symbol) {
		IdealPolyhedron polyhedron = BY_SYMBOL.get(symbol);
		if (polyhedron == null) {
			throw new IllegalArgumentException("unknown polyhedron symbol '" + symbol + "'; known: "
					+ Arrays.stream(values()).map(IdealPolyhedron::symbol).collect(Collectors.joining(", ")));
		}
		return polyhedron;
	}

	private static double[][] apices() {
		return points(new double[] { 0, 0, 1 }, new double[] { 0, 0, -1 });
	}

	private static List<List<IdealPolyhedron>> byCoordination() {
		int largest = Arrays.stream(values()).mapToInt(IdealPolyhedron::coordinationNumber).max().orElse(0);
		List<List<IdealPolyhedron>> lists = new ArrayList<>();
		for (int cn = 0; cn <= largest; cn++) {
			int wanted = cn;
			lists.add(Arrays.stream(values()).filter(p -> p.coordinationNumber() == wanted).toList());
		}
		return List.copyOf(lists);
	}
}
