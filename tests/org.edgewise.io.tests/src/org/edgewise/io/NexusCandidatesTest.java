package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.edgewise.io.NexusCandidate.Kind;
import org.edgewise.spectrum.SpectrumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * What a NeXus file offers as spectra ({@link NexusSpectrumReader#candidates(Path)}), and that reading never
 * guesses between several of them: the real files of shared/data/nexus and small files made here.
 */
class NexusCandidatesTest {

	@TempDir
	Path dir;

	@Test
	void theStxmStackHasOneCandidateTheMap() throws Exception {
		List<NexusCandidate> candidates = NexusSpectrumReader.candidates(NexusSpectrumReaderTest.STXM);

		assertEquals(1, candidates.size());
		NexusCandidate map = candidates.get(0);
		assertEquals("/entry1/counter0/data", map.path());
		assertEquals(Kind.SIGNAL, map.kind());
		assertArrayEquals(new int[] { 4, 50, 50 }, map.shape());
		assertEquals(List.of("energy", "sample_y", "sample_x"), map.axes());
		assertEquals(0, map.energyDimension());
		assertEquals("/entry1/counter0/data [4, 50, 50] axes [energy, sample_y, sample_x], energy dimension 0",
				map.describe());
	}

	@Test
	void theGdaScanOffersTransmissionAndTheFluorescenceDetectorEachReadableByItsPath() throws Exception {
		List<NexusCandidate> candidates = NexusSpectrumReader.candidates(NexusSpectrumReaderTest.GDA);

		assertEquals(List.of("/entry1/counterTimer01", "/entry1/xspress2system", "/entry1/xspress2system/data"),
				candidates.stream().map(NexusCandidate::path).toList());
		assertEquals(List.of(Kind.TRANSMISSION, Kind.FLUORESCENCE, Kind.SIGNAL),
				candidates.stream().map(NexusCandidate::kind).toList());
		assertArrayEquals(new int[] { 489 }, candidates.get(0).shape());
		assertEquals(List.of("Energy"), candidates.get(0).axes());
		assertArrayEquals(new int[] { 489, 1, 64 }, candidates.get(1).shape());
		assertEquals(List.of("Energy", ".", "."), candidates.get(2).axes());
		// the rules read the transmission scan (rule 3); naming it gives the same spectrum
		SpectrumSet byRules = NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA);
		SpectrumSet named = NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, candidates.get(0).path());
		assertArrayEquals(byRules.spectrum(0).mu(), named.spectrum(0).mu());
		// the detector's group gives one summed spectrum, its signal one spectrum per element
		assertEquals(1, NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, candidates.get(1).path()).size());
		assertEquals(64, NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, candidates.get(2).path()).size());
	}

	@Test
	void theNxxasSkeletonOffersNothingReadable() throws Exception {
		// its fields are single placeholder values, not scans
		assertEquals(List.of(), NexusSpectrumReader.candidates(NexusSpectrumReaderTest.NXXAS_SKELETON));
	}

	@Test
	void twoMapsAndNoDefaultAreListedNotGuessed() throws Exception {
		Path file = dir.resolve("two-maps.nxs");
		writeEntries(file, null, List.of("entry"), List.of("fluo", "trans"), null);

		AmbiguousSignalException e = assertThrows(AmbiguousSignalException.class, () -> NexusSpectrumReader.read(file));

		assertEquals("/entry", e.pathInFile());
		assertEquals(List.of("/entry/fluo/data", "/entry/trans/data"),
				e.candidates().stream().map(NexusCandidate::path).toList());
		assertTrue(e.problem().startsWith("2 candidate spectra and no @default to choose between them; name one of:"
				+ " /entry/fluo/data [3, 2, 4] axes [y, x, energy], energy dimension 2; /entry/trans/data"),
				e.problem());
		assertThrows(AmbiguousSignalException.class, () -> NexusMap.open(file));
		// the caller picks: trans holds 1000 + the fluo values
		assertEquals(1000.0, NexusSpectrumReader.read(file, "/entry/trans/data").spectrum(0).mu(0));
		try (NexusMap map = NexusMap.open(file, "/entry/trans/data")) {
			assertEquals(1000.0, map.readTile(0, 0, 1, 1).spectra()[0][0]);
		}
	}

	@Test
	void theEntrysDefaultChoosesBetweenMaps() throws Exception {
		Path file = dir.resolve("default-trans.nxs");
		writeEntries(file, null, List.of("entry"), List.of("fluo", "trans"), "trans");

		SpectrumSet chosen = NexusSpectrumReader.read(file);

		assertEquals("/entry/trans/data", chosen.metadata().sourcePath());
	}

	@Test
	void twoEntriesWithSpectraNeedTheRootsDefault() throws Exception {
		Path undecided = dir.resolve("two-entries.nxs");
		writeEntries(undecided, null, List.of("scan1", "scan2"), List.of("map"), null);
		Path decided = dir.resolve("two-entries-default.nxs");
		writeEntries(decided, "scan2", List.of("scan1", "scan2"), List.of("map"), null);

		AmbiguousSignalException e = assertThrows(AmbiguousSignalException.class,
				() -> NexusSpectrumReader.read(undecided));

		assertEquals("/", e.pathInFile());
		assertEquals(2, e.candidates().size());
		assertEquals("/scan2/map/data", NexusSpectrumReader.read(decided).metadata().sourcePath());
	}

	@Test
	void aGroupWithoutSpectraIsRefusedByName() {
		SpectrumFileException e = assertThrows(SpectrumFileException.class,
				() -> NexusSpectrumReader.read(NexusSpectrumReaderTest.GDA, "/entry1/instrument"));

		assertEquals("/entry1/instrument", e.pathInFile());
		assertTrue(e.problem().startsWith("holds no spectra"), e.problem());
	}

	/**
	 * Writes NXentry groups, each with NXdata groups holding a [3, 2, 4] map [y, x, energy]: the n-th group's
	 * values are 1000 n plus 100 y + 10 x + e.
	 */
	private static void writeEntries(Path file, String rootDefault, List<String> entries, List<String> groups,
			String entryDefault) {
		try (WritableHdfFile out = HdfFile.write(file)) {
			if (rootDefault != null) {
				out.putAttribute("default", rootDefault);
			}
			for (String name : entries) {
				WritableGroup entry = out.putGroup(name);
				entry.putAttribute("NX_class", "NXentry");
				if (entryDefault != null) {
					entry.putAttribute("default", entryDefault);
				}
				for (int n = 0; n < groups.size(); n++) {
					WritableGroup data = entry.putGroup(groups.get(n));
					data.putAttribute("NX_class", "NXdata");
					data.putAttribute("signal", "data");
					data.putAttribute("axes", new String[] { "y", "x", "energy" });
					data.putDataset("data", map(1000 * n));
					data.putDataset("energy", new double[] { 7000, 7001, 7002, 7003 });
					data.putDataset("y", new double[] { 0, 1, 2 });
					data.putDataset("x", new double[] { 0, 1 });
				}
			}
		}
	}

	private static double[][][] map(double base) {
		double[][][] values = new double[3][2][4];
		for (int y = 0; y < 3; y++) {
			for (int x = 0; x < 2; x++) {
				for (int e = 0; e < 4; e++) {
					values[y][x][e] = base + 100 * y + 10 * x + e;
				}
			}
		}
		return values;
	}
}
