package org.edgewise.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgewise.io.internal.InputFiles;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.spectrum.json.Json;
import org.edgewise.spectrum.json.JsonFormatException;

/**
 * Reads the computed X-ray absorption spectra of the Materials Project from JSON: one document or a list of
 * them. Two document layouts are read, both as their projects define them:
 * <ul>
 * <li>the XAS document of the Materials Project API (emmet-core {@code XASDoc}): {@code spectrum} (the
 * pymatgen object below), {@code material_id} ("mp-1234"), {@code spectrum_id}, {@code absorbing_element},
 * {@code edge} ("K", "L2", "L3", "L2,3"), {@code spectrum_type} ("XANES", "EXAFS", "XAFS"),
 * {@code formula_pretty}, {@code task_ids} and more;</li>
 * <li>pymatgen's {@code XAS.as_dict()}: {@code x} (energies in eV), {@code y} (mu), {@code absorbing_element}
 * (a symbol, or monty's {@code {"element": "Cu", ...}}), {@code edge}, {@code spectrum_type},
 * {@code absorbing_index}, {@code structure}.</li>
 * </ul>
 * {@code x} and {@code y} are JSON arrays of numbers or monty's numpy form
 * {@code {"@module": "numpy", "@class": "array", "dtype": "float64", "data": [...]}}. The spectrum's element
 * and edge come from the document (the API document's own fields first, then its spectrum's), the sample is
 * the material id with its formula, the mode is "simulated" (the project computes its spectra with FEFF),
 * the label is the {@code spectrum_id} or else made from what the document states. Energies are sorted and
 * repeats merged as in every reader. Spectra as two columns of text (energy in eV, then absorption, separated by
 * a tab or a comma, '#' comment lines), the layout the Materials Project documents for spectrum files, are not
 * read here: {@link SpectrumFiles} reads them as beamline column text.
 */
public final class MaterialsProjectXasReader {

	/** The mode of every spectrum: the project computes them with FEFF. */
	static final String MODE = "simulated";

	private MaterialsProjectXasReader() {
	}

	/** @return true when the head is JSON text: its first non-blank character opens an object or array */
	public static boolean recognises(Path file, String head) {
		String text = head.stripLeading();
		return text.startsWith("{") || text.startsWith("[");
	}

	/**
	 * Reads every spectrum and puts them in one set; the documents must share one energy grid.
	 *
	 * @return one spectrum per document, as a list set [n, E]
	 * @throws SpectrumFileException as {@link #readSpectra(Path)}, and when two documents lie on different
	 *                               energy grids, naming both
	 */
	public static SpectrumSet read(Path file) throws SpectrumFileException {
		List<Spectrum> spectra = readSpectra(file);
		Spectrum first = spectra.get(0);
		for (Spectrum s : spectra) {
			if (!s.energy().equals(first.energy())) {
				throw new SpectrumFileException(file, null, "spectra on different energy grids: '" + s.label() + "' "
						+ s.energy() + ", '" + first.label() + "' " + first.energy()
						+ "; resample them onto one grid");
			}
		}
		SpectrumMetadata one = first.metadata();
		boolean sameEdge = spectra.stream().allMatch(s -> s.metadata().element().equals(one.element())
				&& s.metadata().edge().equals(one.edge()));
		boolean single = spectra.size() == 1;
		SpectrumMetadata metadata = new SpectrumMetadata(sameEdge ? one.element() : null, sameEdge ? one.edge() : null,
				MODE, single ? one.sample() : null, file.toString(), single ? one.sourcePath() : null);
		return SpectrumSet.of(spectra, metadata);
	}

	/**
	 * @return the spectra of all documents in file order, each on its own energy axis
	 * @throws SpectrumFileException naming the file and the document and field at fault: the file is missing,
	 *                               empty or not JSON, a document is not an object, has no {@code spectrum}
	 *                               or {@code x}/{@code y}, arrays that are not numbers or differ in length,
	 *                               fewer than two distinct energies, no or an unknown absorbing element, no
	 *                               edge
	 */
	public static List<Spectrum> readSpectra(Path file) throws SpectrumFileException {
		String problem = InputFiles.problem(file);
		if (problem != null) {
			throw new SpectrumFileException(file, null, problem);
		}
		Object root;
		try {
			// JSON is UTF-8 (RFC 8259)
			root = Json.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), "JSON text");
		} catch (JsonFormatException e) {
			throw new SpectrumFileException(file, null, e.getMessage(), e);
		} catch (IOException e) {
			throw new SpectrumFileException(file, null, "cannot read: " + e.getMessage(), e);
		}
		List<Spectrum> spectra = new ArrayList<>();
		if (root instanceof List<?> documents) {
			if (documents.isEmpty()) {
				throw new SpectrumFileException(file, null, "the JSON list holds no document");
			}
			for (int i = 0; i < documents.size(); i++) {
				spectra.add(new MaterialsProjectXasDocument(file, "document " + (i + 1) + ", ", documents.get(i)).spectrum());
			}
		} else {
			spectra.add(new MaterialsProjectXasDocument(file, "", root).spectrum());
		}
		return spectra;
	}
}
