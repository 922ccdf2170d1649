package org.edgewise.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;
import org.edgewise.spectrum.SpectrumSet;

/** The contents of an Athena project file, as {@link AthenaProjectReader} reads it. Immutable. */
public final class AthenaProject {

	private final Path file;
	private final List<String> header;
	private final List<String> journal;
	private final List<AthenaGroup> groups;

	AthenaProject(Path file, List<String> header, List<String> journal, List<AthenaGroup> groups) {
		this.file = file;
		this.header = List.copyOf(header);
		this.journal = List.copyOf(journal);
		this.groups = List.copyOf(groups);
	}

	/** @return the file read */
	public Path file() {
		return file;
	}

	/**
	 * @return the comment lines that open the file without their '#', the first naming the program that wrote
	 *         it ("Athena project file -- Demeter version 0.9.24")
	 */
	public List<String> header() {
		return header;
	}

	/** @return the project's journal (Athena's free-text notes), one entry per line; possibly empty */
	public List<String> journal() {
		return journal;
	}

	/** @return every data group in file order, whatever it holds */
	public List<AthenaGroup> groups() {
		return groups;
	}

	/** @return every group without its data, in file order: what a user picks one group to read by */
	public List<AthenaGroupSummary> summaries() {
		return groups.stream().map(AthenaGroup::summary).toList();
	}

	/** @return the groups holding mu(E), in file order; groups of chi(k) and other data are left out */
	public List<AthenaGroup> muGroups() {
		return groups.stream().filter(g -> g.dataType().isMu()).toList();
	}

	/** @return the first group with this label, if any */
	public Optional<AthenaGroup> group(String label) {
		return groups.stream().filter(g -> g.label().equals(label)).findFirst();
	}

	/** @return the spectra of {@link #muGroups()}, each on its own energy axis */
	public List<Spectrum> toSpectra() {
		return muGroups().stream().map(AthenaGroup::spectrum).toList();
	}

	/** @return true when there is at least one mu(E) group and all of them share one energy axis */
	public boolean sharesOneGrid() {
		List<AthenaGroup> mu = muGroups();
		return !mu.isEmpty() && mu.stream().allMatch(g -> g.energy().equals(mu.get(0).energy()));
	}

	/**
	 * @return the spectra of {@link #muGroups()} as one set [n, E], labelled with the group labels; element
	 *         and edge are filled when all groups agree on them
	 * @throws IllegalStateException if there is no mu(E) group or the groups lie on different energy grids
	 *                               ({@link #sharesOneGrid()} is false); resample {@link #toSpectra()} then
	 */
	public SpectrumSet toSpectrumSet() {
		String problem = gridProblem();
		if (problem != null) {
			throw new IllegalStateException(file + ": " + problem);
		}
		List<Spectrum> spectra = toSpectra();
		SpectrumMetadata one = spectra.get(0).metadata();
		String element = spectra.stream().allMatch(s -> Objects.equals(s.metadata().element(), one.element()))
				? one.element()
				: null;
		String edge = spectra.stream().allMatch(s -> Objects.equals(s.metadata().edge(), one.edge())) ? one.edge()
				: null;
		return SpectrumSet.of(spectra, new SpectrumMetadata(element, edge, null, null, file.toString(), null));
	}

	/** @return why the mu(E) groups do not form one set (none, or two on different grids), or null */
	String gridProblem() {
		List<AthenaGroup> mu = muGroups();
		if (mu.isEmpty()) {
			return "the project holds no mu(E) group";
		}
		EnergyAxis first = mu.get(0).energy();
		for (AthenaGroup g : mu) {
			if (!g.energy().equals(first)) {
				return "group '" + g.label() + "' (" + g.energy() + ") is not on the energy grid of group '"
						+ mu.get(0).label() + "' (" + first + ")";
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "AthenaProject[" + file + ", " + groups.size() + " groups]";
	}
}
