package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.edgewise.structure.LocalGeometry;
import org.edgewise.structure.Neighbour;
import org.edgewise.structure.NeighbourList;
import org.edgewise.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written CIFs: no CIF is among the shared test data. */
class CifReaderTest {

	/** The 16 operations of P4_2/mnm (No. 136), as the International Tables list them. */
	private static final String RUTILE = """
			# rutile, Baur (1961)
			data_TiO2_rutile
			_chemical_name_mineral 'Rutile'
			_cell_length_a 4.5940(3)
			_cell_length_b 4.5940(3)
			_cell_length_c 2.9590(2)
			_cell_angle_alpha 90
			_cell_angle_beta 90
			_cell_angle_gamma 90
			_symmetry_space_group_name_H-M 'P 42/m n m'
			loop_
			_space_group_symop_id
			_space_group_symop_operation_xyz
			1 x,y,z
			2 -x,-y,z
			3 -y+1/2,x+1/2,z+1/2
			4 y+1/2,-x+1/2,z+1/2
			5 -x+1/2,y+1/2,-z+1/2
			6 x+1/2,-y+1/2,-z+1/2
			7 y,x,-z
			8 -y,-x,-z
			9 -x,-y,-z
			10 x,y,-z
			11 y+1/2,-x+1/2,-z+1/2
			12 -y+1/2,x+1/2,-z+1/2
			13 x+1/2,-y+1/2,z+1/2
			14 -x+1/2,y+1/2,z+1/2
			15 -y,-x,z
			16 'y, x, z'
			loop_
			_atom_site_label
			_atom_site_type_symbol
			_atom_site_fract_x
			_atom_site_fract_y
			_atom_site_fract_z
			_atom_site_occupancy
			Ti1 Ti4+ 0 0 0 1
			O1 O2- 0.305(1) 0.305(1) 0 1.0
			""";

	@TempDir
	Path dir;

	@Test
	void rutileExpandsToTwoTitaniumAndFourOxygenEachTitaniumSixCoordinated() throws Exception {
		CifStructure read = CifReader.read(write("rutile.cif", RUTILE));
		Structure structure = read.structure();

		assertEquals(6, structure.size());
		assertEquals(2, Collections.frequency(structure.species(), "Ti"));
		assertEquals(4, Collections.frequency(structure.species(), "O"));
		assertEquals(4.594 * 4.594 * 2.959, structure.lattice().volume(), 1e-9);
		assertEquals(List.of("Ti1", "Ti1", "O1", "O1", "O1", "O1"), read.labels());
		// the second Ti is the body centre, the image of (0,0,0) under operation 3
		assertArrayEquals(new double[] { 2.297, 2.297, 1.4795 }, structure.position(1), 1e-12);
		// O at (-x,-x,0) wraps to (0.695, 0.695, 0)
		assertArrayEquals(new double[] { 0.695 * 4.594, 0.695 * 4.594, 0 }, structure.position(3), 1e-12);

		NeighbourList neighbours = NeighbourList.build(structure, 4.0);
		for (int ti = 0; ti < 2; ti++) {
			List<Neighbour> shell = LocalGeometry.nearestShell(neighbours, ti, "O");
			assertEquals(6, shell.size());
			// 4 equatorial O at sqrt(2 (0.195 a)^2 + (c/2)^2) = 1.94780 Å, 2 apical at sqrt(2) 0.305 a = 1.98155 Å
			assertEquals(1.947805, shell.get(0).distance(), 1e-5);
			assertEquals(1.981554, shell.get(5).distance(), 1e-5);
		}
	}

	@Test
	void cesiumChlorideWithAFewOperationsOfPm3m() throws Exception {
		Path file = write("cscl.cif", """
				data_CsCl
				_cell_length_a 4.123
				_cell_length_b 4.123
				_cell_length_c 4.123
				_cell_angle_alpha 90.0
				_cell_angle_beta 90.0
				_cell_angle_gamma 90.0
				loop_
				_symmetry_equiv_pos_as_xyz
				x,y,z
				-x,-y,-z
				z,x,y
				-X,Y,Z
				loop_
				_atom_site_label
				_atom_site_fract_x
				_atom_site_fract_y
				_atom_site_fract_z
				Cs1 0.0 0.0 0.0
				Cl1 0.5 0.5 0.5
				""");

		Structure structure = CifReader.read(file).structure();

		assertEquals(List.of("Cs", "Cl"), structure.species());
		assertArrayEquals(new double[] { 2.0615, 2.0615, 2.0615 }, structure.position(1), 1e-12);
		// the shell rule looks 1.2 times the Cs-Cl distance (3.571 Å) out
		NeighbourList neighbours = NeighbourList.build(structure, 5.0);
		assertEquals(8, LocalGeometry.shellCoordinationNumber(neighbours, 0, "Cl"));
	}

	@Test
	void monoclinicCellInTheStandardSettingAndPartialOccupancyKept() throws Exception {
		Path file = write("mixed.cif", """
				data_mixed
				_publ_section_title
				;
				A made-up mixed oxide; its title spans
				two lines
				;
				_cell_length_a 5.0
				_cell_length_b 6.0
				_cell_length_c 7.0
				_cell_angle_alpha 90
				_cell_angle_beta 100.0(1)
				_cell_angle_gamma 90
				_symmetry_space_group_name_H-M 'P 1'
				loop_
				_atom_site_label
				_atom_site_fract_x
				_atom_site_fract_y
				_atom_site_fract_z
				_atom_site_occupancy
				Fe1 0.1 0.2 0.3 0.25(2)
				Co1 0.1 0.2 0.3 0.75
				O1 1.5 -0.25 0.5 ?
				""");

		CifStructure read = CifReader.read(file);
		Structure structure = read.structure();

		assertEquals(List.of("Fe", "Co", "O"), structure.species());
		assertArrayEquals(new double[] { 0.25, 0.75, 1.0 }, read.occupancy(), 1e-12);
		double beta = Math.toRadians(100);
		assertArrayEquals(new double[] { 5, 0, 0 }, structure.lattice().vector(0), 1e-12);
		assertArrayEquals(new double[] { 0, 6, 0 }, structure.lattice().vector(1), 1e-12);
		assertArrayEquals(new double[] { 7 * Math.cos(beta), 0, 7 * Math.sin(beta) }, structure.lattice().vector(2),
				1e-12);
		assertEquals(5 * 6 * 7 * Math.sin(beta), structure.lattice().volume(), 1e-9);
		// (1.5, -0.25, 0.5) wraps to (0.5, 0.75, 0.5)
		double[] expected = structure.lattice().toCartesian(new double[] { 0.5, 0.75, 0.5 });
		assertArrayEquals(expected, structure.position(2), 1e-12);
	}

	@Test
	void unknownSymmetryOperationNamesFileAndLine() throws Exception {
		Path file = write("bad-op.cif", RUTILE.replace("-y,-x,z", "-y,-x,q"));

		DataFileException e = assertThrows(DataFileException.class, () -> CifReader.read(file));

		assertEquals("line 28", e.pathInFile());
		assertTrue(e.getMessage().startsWith(file + " line 28: symmetry operation '-y,-x,q'"), e.getMessage());
	}

	@Test
	void operationTextIsNeverEvaluated() throws Exception {
		Path file = write("code.cif", RUTILE.replace("-y,-x,z", "'x,y,Math.exit(1)'"));

		DataFileException e = assertThrows(DataFileException.class, () -> CifReader.read(file));

		assertTrue(e.getMessage().contains("not understood"), e.getMessage());
	}

	@Test
	void missingCellIsNamed() throws Exception {
		Path file = write("nocell.cif", RUTILE.replace("_cell_length_c 2.9590(2)\n", ""));

		DataFileException e = assertThrows(DataFileException.class, () -> CifReader.read(file));

		assertEquals(file + ": no _cell_length_c: the cell is missing", e.getMessage());
	}

	@Test
	void namedSpaceGroupWithoutOperationsIsRefused() throws Exception {
		String text = RUTILE.replaceAll("(?s)loop_\n_space_group_symop_id.*?16 'y, x, z'\n", "");

		DataFileException e = assertThrows(DataFileException.class, () -> CifReader.read(write("noops.cif", text)));

		assertEquals("line 10", e.pathInFile());
		assertTrue(e.problem().contains("'P42/mnm' is named but no symmetry operations"), e.problem());
	}

	@Test
	void brokenLoopAndUnclosedTextFieldNameTheirLines() throws Exception {
		Path loop = write("loop.cif", RUTILE.replace("O1 O2- 0.305(1) 0.305(1) 0 1.0", "O1 O2- 0.305 0.305 0"));
		Path text = write("text.cif", "data_x\n_title\n;\nnever closed\n");

		assertEquals("line 30", assertThrows(DataFileException.class, () -> CifReader.read(loop)).pathInFile());
		assertEquals("line 3", assertThrows(DataFileException.class, () -> CifReader.read(text)).pathInFile());
	}

	@Test
	void recognisesCifByContent() throws Exception {
		assertTrue(CifReader.recognises(Path.of("x.txt"), RUTILE));
		assertFalse(CifReader.recognises(Path.of("x.cif"), "3\nwater\nO 0 0 0\n"));
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text);
	}
}
