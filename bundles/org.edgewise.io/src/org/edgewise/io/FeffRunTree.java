package org.edgewise.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.edgewise.spectrum.Spectrum;
import org.edgewise.structure.Structure;

/**
 * Reads a directory tree of FEFF runs: every folder holding an {@code xmu.dat} is one run, its spectrum linked
 * to the {@code feff.inp} beside it and to the nearest {@code POSCAR} in that folder or a folder above it
 * inside the tree (a material folder holding one run folder per absorbing site).
 */
public final class FeffRunTree {

	/**
	 * One FEFF run.
	 *
	 * @param folder   the run folder
	 * @param spectrum the simulated spectrum from xmu.dat
	 * @param input    the feff.inp in the same folder
	 * @param poscar   the nearest POSCAR's periodic structure, or null when the tree has none above the run
	 */
	public record Run(Path folder, Spectrum spectrum, FeffInput input, Structure poscar) {
	}

	private FeffRunTree() {
	}

	/**
	 * Reads the runs in parallel; they are independent files.
	 *
	 * @return one run per folder with an xmu.dat, sorted by path
	 * @throws DataFileException naming the file that failed: a run folder without feff.inp, or any file the
	 *                           readers refuse (the first failure in path order)
	 */
	public static List<Run> read(Path root) throws DataFileException {
		if (!Files.isDirectory(root)) {
			throw new DataFileException(root, null, "is not a directory");
		}
		List<Path> folders;
		try (Stream<Path> files = Files.walk(root)) {
			folders = files.filter(f -> f.getFileName().toString().equals("xmu.dat") && Files.isRegularFile(f))
					.map(Path::getParent).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new DataFileException(root, null, "cannot list the tree: " + e.getMessage(), e);
		}
		// each element holds either a run or the reason it failed, so the first failure in path order is reported
		List<Object> outcomes = folders.parallelStream().map(folder -> {
			try {
				return (Object) run(root, folder);
			} catch (DataFileException e) {
				return e;
			}
		}).toList();
		for (Object outcome : outcomes) {
			if (outcome instanceof DataFileException e) {
				throw e;
			}
		}
		return outcomes.stream().map(Run.class::cast).toList();
	}

	private static Run run(Path root, Path folder) throws DataFileException {
		Spectrum spectrum = FeffXmuReader.read(folder.resolve("xmu.dat")).spectrum(0);
		Path inp = folder.resolve("feff.inp");
		if (!Files.isRegularFile(inp)) {
			throw new DataFileException(inp, null, "a FEFF run folder with xmu.dat needs its feff.inp");
		}
		FeffInput input = FeffInputReader.read(inp);
		Path poscar = nearestPoscar(root, folder);
		return new Run(folder, spectrum, input, poscar == null ? null : PoscarReader.read(poscar));
	}

	private static Path nearestPoscar(Path root, Path folder) {
		for (Path f = folder; f != null && f.startsWith(root); f = f.getParent()) {
			Path candidate = f.resolve("POSCAR");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
