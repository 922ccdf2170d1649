package org.edgewise.learn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file holds a card and parameters and gives back exactly what was written; a file that is not a
 * model, of another version, truncated, changed or forged is refused with a message that says why.
 */
class ModelFileTest {

	@TempDir
	Path folder;

	@Test
	void aModelReadsBackBitForBit() throws IOException {
		ModelFile model = new ModelFile(SampleModels.classifierCard(), SampleModels.everyKindOfEntry());
		Path file = folder.resolve("cu.ewm");
		model.write(file);

		ModelFile read = ModelFile.read(file);
		assertEquals(model.card(), read.card());
		assertEquals(model.parameters(), read.parameters());
		assertArrayEquals(Files.readAllBytes(file), read.encode(), "reading and writing again gives the same bytes");
		// ModelParameters.equals compares NaNs by their canonical bits; the payloads must survive too
		assertEquals(Float.floatToRawIntBits(SampleModels.NAN_FLOAT_WITH_PAYLOAD),
				Float.floatToRawIntBits(read.parameters().floats("weights")[2]));
		assertEquals(Double.doubleToRawLongBits(SampleModels.NAN_DOUBLE_WITH_PAYLOAD),
				Double.doubleToRawLongBits(read.parameters().doubles("bias")[1]));
		assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read.parameters().doubles("bias")[0]));
		assertArrayEquals(new int[] { 2, 3, 4 }, read.parameters().shape("kernel"));
		assertEquals("σ = 0.5 eV \uD83D\uDE00", read.parameters().text("Grenzwert für Å"));
	}

	@Test
	void theFileStartsWithMagicBytesAndTheFormatVersion() {
		byte[] bytes = sample();
		assertArrayEquals(new byte[] { (byte) 0x89, 'E', 'W', 'M', 'O', 'D', 'E', 'L' }, Arrays.copyOf(bytes, 8));
		assertEquals(ModelFile.FORMAT_VERSION, ModelBytes.view(bytes).getInt(8));
	}

	@Test
	void aFileThatIsNotAModelIsRefused() throws IOException {
		Path text = Files.writeString(folder.resolve("notes.txt"), "E,mu\n8979.0,0.12\n");
		assertEquals(text + ": not an Edgewise model file (it does not start with the model file magic bytes)",
				assertThrows(ModelFormatException.class, () -> ModelFile.read(text)).getMessage());
	}

	@Test
	void aFileOfAnotherVersionNamesBothVersions() {
		byte[] bytes = sample();
		ModelBytes.view(bytes).putInt(8, 2);
		assertEquals("future.ewm: model format version 2 is not supported (this reader reads version 1)",
				refusal(bytes, "future.ewm"));
	}

	@Test
	void aTruncatedFileSaysHowLongItShouldBe() {
		byte[] bytes = sample();
		assertEquals("cut.ewm: truncated: expected " + bytes.length + " bytes, the file has " + (bytes.length - 10),
				refusal(Arrays.copyOf(bytes, bytes.length - 10), "cut.ewm"));
		assertEquals("cut.ewm: truncated: expected at least 56 bytes, the file has 10",
				refusal(Arrays.copyOf(bytes, 10), "cut.ewm"));
	}

	@Test
	void anImpossibleSectionLengthIsRefusedBeforeAnythingElse() {
		byte[] bytes = sample();
		ModelBytes.view(bytes).putLong(16, Long.MAX_VALUE);
		assertTrue(refusal(bytes, "huge.ewm").startsWith("huge.ewm: byte 12: corrupt header, impossible section "
				+ "lengths (card "));
	}

	@Test
	void aChangedByteFailsTheChecksum() {
		byte[] bytes = sample();
		bytes[ModelBytes.parameterSectionStart(bytes) + 20] ^= 1;
		assertEquals("changed.ewm: checksum mismatch: the file is corrupt or was changed after it was written",
				refusal(bytes, "changed.ewm"));
	}

	@Test
	void bytesAfterTheChecksumAreRefused() {
		byte[] bytes = Arrays.copyOf(sample(), sample().length + 3);
		assertEquals("long.ewm: byte " + sample().length + ": 3 unexpected bytes after the checksum",
				refusal(bytes, "long.ewm"));
	}

	/**
	 * A forged file with a valid checksum claims a float array of 2^31 values, or of 2^31 - 1 values (8 GiB):
	 * both are refused from the shape, before anything is allocated. The file holds one entry "w", floats
	 * of shape [2, 1]; its dimensions lie after the entry count (4 bytes), the name's length and name
	 * (4 + 1), the type tag and the rank (1 + 1).
	 */
	@Test
	void aShapeLargerThanTheFileIsRefusedBeforeAllocating() {
		byte[] bytes = new ModelFile(SampleModels.regressionCard(),
				new ModelParameters().putFloats("w", new float[] { 1, 2 }, 2, 1)).encode();
		int dimensions = ModelBytes.parameterSectionStart(bytes) + 11;

		ModelBytes.view(bytes).putInt(dimensions, 65536).putInt(dimensions + 4, 32768);
		assertEquals("forged.ewm: byte " + (dimensions + 8) + ": the shape [65536, 32768] of entry 0 'w' holds more "
				+ "values than an array can", refusal(ModelBytes.resigned(bytes), "forged.ewm"));

		ModelBytes.view(bytes).putInt(dimensions, Integer.MAX_VALUE).putInt(dimensions + 4, 1);
		assertEquals("forged.ewm: byte " + (dimensions + 8) + ": reading the values of entry 0 'w' needs 8589934588 "
				+ "bytes, only 8 remain", refusal(ModelBytes.resigned(bytes), "forged.ewm"));

		ModelBytes.view(bytes).putInt(dimensions, -2).putInt(dimensions + 4, -1);
		assertEquals("forged.ewm: byte " + dimensions + ": entry 0 'w' has a negative dimension in shape [-2, -1]",
				refusal(ModelBytes.resigned(bytes), "forged.ewm"));
	}

	@Test
	void forgedEntriesAreRefusedNamingTheEntry() {
		byte[] bytes = new ModelFile(SampleModels.regressionCard(),
				new ModelParameters().putInts("a", new int[] { 7 }).putText("b", "relu")).encode();
		int entries = ModelBytes.parameterSectionStart(bytes);
		int secondName = entries + 4 + 4 + 1 + 1 + 1 + 4 + 4 + 4; // count, "a", tag, rank, shape [1], value 7

		byte[] unknownType = bytes.clone();
		unknownType[entries + 9] = 9;
		assertEquals("forged.ewm: byte " + (entries + 9) + ": entry 0 'a' has unknown type tag 9 (known: 1 floats, "
				+ "2 doubles, 3 ints, 4 text)", refusal(ModelBytes.resigned(unknownType), "forged.ewm"));

		byte[] repeatedName = bytes.clone();
		repeatedName[secondName] = 'a';
		assertEquals("forged.ewm: byte " + (secondName - 4) + ": entry 1 'a' repeats the name of an earlier entry",
				refusal(ModelBytes.resigned(repeatedName), "forged.ewm"));

		byte[] oneEntryTooFew = bytes.clone();
		ModelBytes.view(oneEntryTooFew).putInt(entries, 1);
		assertEquals("forged.ewm: byte " + (secondName - 4) + ": 14 bytes left over after the last parameter entry",
				refusal(ModelBytes.resigned(oneEntryTooFew), "forged.ewm"));

		byte[] negativeCount = bytes.clone();
		ModelBytes.view(negativeCount).putInt(entries, -1);
		assertEquals("forged.ewm: byte " + entries + ": negative entry count -1",
				refusal(ModelBytes.resigned(negativeCount), "forged.ewm"));
	}

	@Test
	void writingReplacesTheFileAndLeavesNothingElse() throws IOException {
		Path file = folder.resolve("model.ewm");
		new ModelFile(SampleModels.classifierCard(), SampleModels.everyKindOfEntry()).write(file);
		ModelFile second = new ModelFile(SampleModels.regressionCard(), new ModelParameters().putText("a", "b"));
		second.write(file);

		assertEquals(second, ModelFile.read(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void aFailedWriteKeepsWhatWasThereAndLeavesNoTemporaryFile() throws IOException {
		Path occupied = Files.createDirectory(folder.resolve("occupied.ewm"));
		Path inside = Files.writeString(occupied.resolve("keep.txt"), "kept");

		assertThrows(IOException.class, () -> new ModelFile(SampleModels.regressionCard(), new ModelParameters())
				.write(occupied));
		assertEquals("kept", Files.readString(inside));
		assertEquals(List.of(occupied), filesIn(folder));
	}

	@Test
	void textThatUtf8CannotHoldIsRefusedWhenWriting() {
		ModelFile model = new ModelFile(SampleModels.regressionCard(), new ModelParameters().putText("t", "\uD800"));
		assertEquals("parameter 't' is not valid Unicode (it holds an unpaired surrogate)",
				assertThrows(IllegalArgumentException.class, model::encode).getMessage());
	}

	private static byte[] sample() {
		return new ModelFile(SampleModels.classifierCard(), SampleModels.everyKindOfEntry()).encode();
	}

	private static String refusal(byte[] bytes, String source) {
		return assertThrows(ModelFormatException.class, () -> ModelFile.decode(bytes, source)).getMessage();
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}
