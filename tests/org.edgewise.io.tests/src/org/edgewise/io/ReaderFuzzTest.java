package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

import org.edgewise.spectrum.SpectrumSet;
import org.edgewise.tests.support.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mutated copies of real files (NeXus, XDI, column files, FEFF runs, Athena projects; flipped bytes, truncations, duplicated or deleted chunks, random bytes,
 * swapped lines) must each be read (a {@link SpectrumSet}, a project, a structure) or refused with a
 * {@link DataFileException}:
 * no other exception, no hang, no running out of memory. The mutations are drawn from a fixed seed, printed
 * with every failure, so a failing mutant can be made again.
 */
class ReaderFuzzTest {

	private static final long SEED = 20261123L;
	private static final long READ_LIMIT_SECONDS = 10;
	private static final int HEAD_BYTES = 8192;

	private enum Mutation {
		FLIP_BYTES, FLIP_HEAD_BYTES, TRUNCATE, DUPLICATE_CHUNK, DELETE_CHUNK, RANDOM_BYTES, SWAP_LINES
	}

	@TempDir
	Path dir;

	/** The thread that reads the mutants, kept to show where a hung read is stuck. */
	private Thread readerThread;

	private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
		readerThread = new Thread(runnable, "fuzz-reader");
		// a hung read must not keep the test JVM alive
		readerThread.setDaemon(true);
		return readerThread;
	});

	@AfterEach
	void stopReader() {
		reader.shutdownNow();
	}

	@ParameterizedTest
	@CsvSource({ "nexus/sls-stxm-Sample_Stack_2021-03-16_128.hdf5, 300", "nexus/gda-FeKedge_1_15.nxs, 500",
			"larch/xafsdata/cu.xmu, 800", "xdi/good/cu_metal_rt.xdi, 800",
			"larch/xafsdata/beamlines/APS10BM_2019.dat, 600" })
	void mutantsAreReadOrRefusedWithATypedError(String source, int mutants) throws Exception {
		fuzz(SharedData.file(source), source, SpectrumFiles::read, mutants);
	}

	/** One run of the FEFF archive: its xmu.dat as a spectrum, its feff.inp as a structure. */
	@ParameterizedTest
	@CsvSource({ "xmu.dat, 500", "feff.inp, 500" })
	void feffRunMutantsAreReadOrRefusedWithATypedError(String member, int mutants) throws Exception {
		Path unpacked = dir.resolve("unpacked");
		Files.createDirectories(unpacked);
		FeffArchive.unpack(unpacked, FeffArchive.RUN + "/" + member);
		Path source = unpacked.resolve(FeffArchive.RUN).resolve(member);
		fuzz(source, FeffArchive.RUN + "/" + member,
				member.equals("feff.inp") ? FeffInputReader::read : SpectrumFiles::read, mutants);
	}

	/**
	 * An Athena project gzipped as Athena writes it (mutants mostly fail the gzip check) and unpacked (mutants
	 * reach the record parser), read both as a project and through {@link SpectrumFiles}.
	 */
	@Test
	void athenaProjectMutantsAreReadOrRefusedWithATypedError() throws Exception {
		Path gzipped = SharedData.file("larch/Mn.prj");
		Path plain = dir.resolve("Mn-plain.prj");
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
			Files.write(plain, in.readAllBytes());
		}
		fuzz(gzipped, "larch/Mn.prj", AthenaProjectReader::read, 200);
		fuzz(plain, "larch/Mn.prj unpacked", AthenaProjectReader::read, 400);
		fuzz(plain, "larch/Mn.prj unpacked, as a spectrum file", SpectrumFiles::read, 200);
	}

	/** A reader under test: returns what it read or throws; only a {@link DataFileException} is a refusal. */
	@FunctionalInterface
	private interface Reader {
		Object read(Path file) throws Exception;
	}

	private void fuzz(Path source, String label, Reader readerUnderTest, int mutants) throws Exception {
		byte[] original = Files.readAllBytes(source);
		long seed = SEED ^ label.hashCode();
		Random random = new Random(seed);
		Mutation[] kinds = Mutation.values();
		List<Throwable> crashes = new ArrayList<>();
		int readWhole = 0;
		long slowestNanos = 0;
		for (int index = 0; index < mutants; index++) {
			Mutation kind = kinds[random.nextInt(kinds.length)];
			Path mutant = dir.resolve("mutant-" + index + "-" + source.getFileName());
			Files.write(mutant, mutate(original, kind, random));
			String name = label + " seed " + seed + " mutant " + index + " (" + kind + ")";
			long start = System.nanoTime();
			Outcome outcome = readOrRefuse(mutant, name, readerUnderTest);
			slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
			if (outcome.crash() != null) {
				crashes.add(outcome.crash());
			} else if (outcome.read()) {
				readWhole++;
			}
			Files.delete(mutant);
			if (index % 25 == 24) {
				// jhdf memory-maps what it reads, thousands of maps per NeXus mutant; a deleted mutant's maps go only
				// when their buffers are collected, and Linux allows a process 65,530 maps (one run crashed there)
				System.gc();
			}
		}
		System.out.printf("%s, seed %d: %d mutants, %d read, %d refused, %d crashed, slowest %.0f ms%n", label,
				seed, mutants, readWhole, mutants - readWhole - crashes.size(), crashes.size(), slowestNanos / 1e6);
		if (!crashes.isEmpty()) {
			// all crashes of the run at once, the first as the failure and the others attached to it
			AssertionError failure = new AssertionError(crashes.size() + " of " + mutants + " mutants of " + label
					+ " crashed the reader; first: " + crashes.get(0).getMessage(), crashes.get(0));
			crashes.stream().skip(1).forEach(failure::addSuppressed);
			throw failure;
		}
	}

	/** How one mutant went: read, refused with a typed error (neither set), or a crash naming the mutant. */
	private record Outcome(boolean read, Throwable crash) {
	}

	/**
	 * Found by this test (gda seed 2112757247, mutant 9): one flipped byte in the Energy field's chunk index
	 * declares 2 GB of chunk data in a 587 KB file, which jhdf copied for seconds before the fix.
	 */
	@Test
	void aChunkLargerThanTheFileIsRefusedBeforeReading() throws Exception {
		byte[] bytes = Files.readAllBytes(SharedData.file("nexus/gda-FeKedge_1_15.nxs"));
		bytes[343684] ^= 120;
		Path corrupt = dir.resolve("corrupt-chunk.nxs");
		Files.write(corrupt, bytes);

		SpectrumFileException e = assertThrows(SpectrumFileException.class, () -> SpectrumFiles.read(corrupt));

		assertEquals(corrupt, e.file());
		assertTrue(e.pathInFile().endsWith("/Energy"), e.getMessage());
		assertTrue(e.problem().contains("declares 2013269832 bytes of stored data, more than the whole file "
				+ "(587401 bytes)"), e.getMessage());
	}

	private Outcome readOrRefuse(Path mutant, String name, Reader readerUnderTest) throws InterruptedException {
		Future<Object> read = reader.submit(() -> readerUnderTest.read(mutant));
		try {
			read.get(READ_LIMIT_SECONDS, TimeUnit.SECONDS);
			return new Outcome(true, null);
		} catch (TimeoutException e) {
			// the reader thread may stay stuck, so no further mutant can be read
			AssertionError hang = new AssertionError(
					name + ": no result after " + READ_LIMIT_SECONDS + " s (hang)");
			hang.setStackTrace(readerThread.getStackTrace());
			read.cancel(true);
			throw hang;
		} catch (ExecutionException e) {
			return new Outcome(false, e.getCause() instanceof DataFileException ? null
					: new AssertionError(name + ": " + e.getCause(), e.getCause()));
		}
	}

	private static byte[] mutate(byte[] original, Mutation kind, Random random) {
		int length = original.length;
		return switch (kind) {
			case FLIP_BYTES -> {
				byte[] bytes = original.clone();
				for (int flips = 1 + random.nextInt(16); flips > 0; flips--) {
					bytes[random.nextInt(length)] ^= (byte) (1 + random.nextInt(255));
				}
				yield bytes;
			}
			case FLIP_HEAD_BYTES -> {
				// the first bytes hold the HDF5 superblock and root headers, or a text file's header lines
				byte[] bytes = original.clone();
				for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
					bytes[random.nextInt(Math.min(HEAD_BYTES, length))] ^= (byte) (1 + random.nextInt(255));
				}
				yield bytes;
			}
			case TRUNCATE -> Arrays.copyOf(original, random.nextInt(length));
			case DUPLICATE_CHUNK -> {
				int start = random.nextInt(length);
				int size = 1 + random.nextInt(Math.min(4096, length - start));
				byte[] bytes = new byte[length + size];
				System.arraycopy(original, 0, bytes, 0, start + size);
				System.arraycopy(original, start, bytes, start + size, length - start);
				yield bytes;
			}
			case DELETE_CHUNK -> {
				int start = random.nextInt(length);
				int size = 1 + random.nextInt(Math.min(4096, length - start));
				byte[] bytes = new byte[length - size];
				System.arraycopy(original, 0, bytes, 0, start);
				System.arraycopy(original, start + size, bytes, start, length - start - size);
				yield bytes;
			}
			case RANDOM_BYTES -> {
				byte[] bytes = original.clone();
				int start = random.nextInt(length);
				int size = 1 + random.nextInt(Math.min(64, length - start));
				for (int i = start; i < start + size; i++) {
					bytes[i] = (byte) random.nextInt(256);
				}
				yield bytes;
			}
			case SWAP_LINES -> swapLines(original, random);
		};
	}

	/** Swaps two random lines; a file read as ISO-8859-1 and written back keeps every other byte. */
	private static byte[] swapLines(byte[] original, Random random) {
		List<String> lines = new ArrayList<>(Arrays.asList(
				new String(original, StandardCharsets.ISO_8859_1).split("\n", -1)));
		int first = random.nextInt(lines.size());
		int second = random.nextInt(lines.size());
		String kept = lines.get(first);
		lines.set(first, lines.get(second));
		lines.set(second, kept);
		return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
	}
}
