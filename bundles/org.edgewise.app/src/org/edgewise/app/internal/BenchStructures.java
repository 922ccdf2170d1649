package org.edgewise.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.edgewise.structure.Lattice;
import org.edgewise.structure.Structure;

/**
 * Structures for the structure benchmarks. The large one has the size of the a-SiO model of Hirai et al.
 * (4913 Si + 4913 O = 9826 atoms) and its density (2.2 g/cm^3, so a cube of 54.7 Å): a 17 x 17 x 17 grid
 * of Si with an O in each cube centre (CsCl order), every atom displaced at random by up to 0.4 Å so that
 * no two environments are alike. A stand-in with the right size and density, not a glass from MD.
 */
final class BenchStructures {

	static final int LARGE_ATOMS = 9826;
	static final double CUTOFF = 6.0;

	private static final int GRID = 17;
	private static final double EDGE = 54.7;
	private static final double DISPLACEMENT = 0.4;

	private BenchStructures() {
	}

	static Structure largeSiliconMonoxide() {
		Random random = new Random(11);
		List<String> species = new ArrayList<>(LARGE_ATOMS);
		double[][] fractional = new double[LARGE_ATOMS][];
		int n = 0;
		for (int i = 0; i < GRID; i++) {
			for (int j = 0; j < GRID; j++) {
				for (int k = 0; k < GRID; k++) {
					species.add("Si");
					fractional[n++] = jittered(i, j, k, 0, random);
					species.add("O");
					fractional[n++] = jittered(i, j, k, 0.5, random);
				}
			}
		}
		Lattice cube = Lattice.of(new double[][] { { EDGE, 0, 0 }, { 0, EDGE, 0 }, { 0, 0, EDGE } });
		return Structure.periodic(cube, species, fractional);
	}

	private static double[] jittered(int i, int j, int k, double offset, Random random) {
		double scale = DISPLACEMENT / EDGE;
		return new double[] { (i + offset) / GRID + scale * (2 * random.nextDouble() - 1),
				(j + offset) / GRID + scale * (2 * random.nextDouble() - 1),
				(k + offset) / GRID + scale * (2 * random.nextDouble() - 1) };
	}
}
