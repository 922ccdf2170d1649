package org.edgewise.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A NeXus file holds several candidate spectra and nothing in it (no {@code @default}) says which is meant:
 * the reader does not guess. The message lists the candidates; the caller picks one by its path.
 */
public class AmbiguousSignalException extends SpectrumFileException {

	private final transient List<NexusCandidate> candidates;

	/**
	 * @param pathInFile where the choice arises: the entry, or "/" for a choice between entries
	 * @param candidates at least two candidates
	 */
	public AmbiguousSignalException(Path file, String pathInFile, List<NexusCandidate> candidates) {
		super(file, pathInFile, candidates.size() + " candidate spectra and no @default to choose between them;"
				+ " name one of: " + String.join("; ", candidates.stream().map(NexusCandidate::describe).toList()));
		this.candidates = List.copyOf(candidates);
	}

	/** @return the candidates, in file order */
	public List<NexusCandidate> candidates() {
		return candidates;
	}
}
