package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Materials Project XAS documents, written here from their published schemas (no sample file is public in
 * shared/data): the API's XAS document is emmet-core's {@code XASDoc} (emmet/core/xas.py, with the fields of
 * {@code SpectrumDoc} in emmet/core/spectrum.py), its {@code spectrum} is pymatgen's {@code XAS}
 * (pymatgen/analysis/xas/spectrum.py) as {@code as_dict()} writes it, and monty writes numpy arrays as
 * {@code {"@module": "numpy", "@class": "array", "dtype": ..., "data": [...]}}.
 */
class MaterialsProjectXasReaderTest {

	/** An XASDoc as the API returns it (structure metadata and the structure itself left out). */
	private static final String API_DOCUMENT = """
			{"formula_pretty": "Cu2O", "material_id": "mp-361", "spectrum_id": "mp-361-XANES-Cu-K",
			 "last_updated": "2020-07-17T00:00:00", "warnings": [], "task_ids": ["mp-1234567"],
			 "absorbing_element": "Cu", "spectrum_type": "XANES", "edge": "K",
			 "spectrum": {"@module": "pymatgen.analysis.xas.spectrum", "@class": "XAS",
			   "x": [8990.0, 8980.0, 8970.0], "y": [1.2, 0.8, 0.1],
			   "absorbing_element": "Cu", "edge": "K", "spectrum_type": "XANES", "absorbing_index": null}}""";

	/** pymatgen's XAS.as_dict() of one site: numpy arrays and the Element in monty's forms. */
	private static final String PYMATGEN_SITE_SPECTRUM = """
			{"@module": "pymatgen.analysis.xas.spectrum", "@class": "XAS", "@version": null,
			 "x": {"@module": "numpy", "@class": "array", "dtype": "float64", "data": [8970, 8980, 8990]},
			 "y": {"@module": "numpy", "@class": "array", "dtype": "float64", "data": [0.2, 0.9, 1.1]},
			 "absorbing_element": {"@module": "pymatgen.core.periodic_table", "@class": "Element", "element": "Cu"},
			 "edge": "K", "spectrum_type": "XANES", "absorbing_index": 2}""";

	@TempDir
	Path dir;

	@Test
	void apiDocumentGivesOneSpectrumWithElementEdgeAndMaterial() throws Exception {
		Path file = write("mp-361.json", API_DOCUMENT);

		SpectrumSet set = MaterialsProjectXasReader.read(file);

		Spectrum cu2o = set.spectrum(0);
		assertEquals("mp-361-XANES-Cu-K", cu2o.label());
		assertArrayEquals(new double[] { 8970, 8980, 8990 }, cu2o.energy().values(), 0, "sorted ascending");
		assertArrayEquals(new double[] { 0.1, 0.8, 1.2 }, cu2o.mu(), 0);
		SpectrumMetadata metadata = cu2o.metadata();
		assertEquals("Cu", metadata.element());
		assertEquals("K", metadata.edge());
		assertEquals("simulated", metadata.mode());
		assertEquals("mp-361 (Cu2O)", metadata.sample());
		assertEquals("spectrum.y", metadata.sourcePath());
		assertEquals("mp-361 (Cu2O)", set.metadata().sample());
	}

	@Test
	void pymatgenSpectrumWithNumpyArraysIsReadAndLabelledFromItsParts() throws Exception {
		Path file = write("site.json", PYMATGEN_SITE_SPECTRUM);

		Spectrum site = MaterialsProjectXasReader.read(file).spectrum(0);

		assertEquals("XANES-Cu-K-2", site.label(), "emmet's id order: type, element, edge, site");
		assertArrayEquals(new double[] { 0.2, 0.9, 1.1 }, site.mu(), 0);
		assertEquals("Cu", site.metadata().element());
		assertNull(site.metadata().sample(), "a bare spectrum names no material");
	}

	@Test
	void aListOnOneGridIsOneSetAndTheContentChoosesTheReader() throws Exception {
		Path file = write("both.txt", "[" + API_DOCUMENT.replace("8990.0, 8980.0, 8970.0", "8970, 8980, 8990") + ",\n"
				+ PYMATGEN_SITE_SPECTRUM + "]");

		SpectrumSet set = SpectrumFiles.read(file);

		assertEquals("Materials Project XAS JSON", SpectrumFiles.formatOf(file).name());
		assertEquals(List.of("mp-361-XANES-Cu-K", "XANES-Cu-K-2"), set.spectra().stream().map(Spectrum::label).toList());
		assertEquals("Cu", set.metadata().element());
		assertNull(set.metadata().sourcePath(), "two documents, two places");
		List<Spectrum> spectra = MaterialsProjectXasReader.readSpectra(file);
		assertEquals("document 1, spectrum.y", spectra.get(0).metadata().sourcePath());
		assertEquals("document 2, y", spectra.get(1).metadata().sourcePath());
	}

	@Test
	void documentsOnDifferentGridsAreReadOneByOneButNotAsOneSet() throws Exception {
		Path file = write("two-grids.json", "[" + API_DOCUMENT + ",\n" + PYMATGEN_SITE_SPECTRUM.replace("8990]", "9000]")
				+ "]");

		List<Spectrum> spectra = MaterialsProjectXasReader.readSpectra(file);
		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> MaterialsProjectXasReader.read(file));

		assertEquals(2, spectra.size());
		assertEquals(9000, spectra.get(1).energy().max(), 0);
		assertTrue(e.problem().startsWith("spectra on different energy grids: 'XANES-Cu-K-2'"), e.problem());
	}

	@Test
	void anUnknownElementIsRefusedNamingDocumentAndField() throws Exception {
		Path file = write("bad.json", "[" + API_DOCUMENT + ", " + API_DOCUMENT.replace("\"Cu\", \"spectrum_type\"",
				"\"Qx\", \"spectrum_type\"") + "]");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(file));

		assertEquals("document 2, field 'absorbing_element'", e.pathInFile());
		assertEquals("'Qx' is not an element symbol", e.problem());
	}

	@Test
	void jsonThatIsNoXasDocumentIsRefused() throws Exception {
		Path file = write("recipe.json", "{\"format\": \"edgewise-preparation\", \"steps\": []}");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(file));

		assertNull(e.pathInFile());
		assertTrue(e.problem().startsWith("not a Materials Project XAS document"), e.problem());
	}

	@Test
	void pythonsNanIsNotJsonAndTheErrorSaysWhere() throws Exception {
		// json.dump writes NaN for a missing value, which RFC 8259 JSON does not allow
		Path file = write("nan.json", "{\"x\": [1, 2, 3],\n \"y\": [1, NaN, 3], \"absorbing_element\": \"Cu\"}");

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(file));

		assertTrue(e.problem().contains("line 2, column"), e.problem());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
