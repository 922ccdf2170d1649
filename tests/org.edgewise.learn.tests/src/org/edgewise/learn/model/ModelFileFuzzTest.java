package org.edgewise.learn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Damaged and forged model files, thousands of them, seeded: every one is refused with a
 * {@link ModelFormatException} or read as a valid model; no other exception, and no attempt to allocate
 * what the file cannot hold.
 */
class ModelFileFuzzTest {

	/** Where the header's section lengths start, after the magic and the version. */
	private static final int LENGTHS_AT = 12;
	private static final byte[] ORIGINAL = new ModelFile(SampleModels.classifierCard(),
			SampleModels.everyKindOfEntry()).encode();

	@Test
	void everyTruncationIsRefused() {
		for (int length = 0; length < ORIGINAL.length; length += 7) {
			byte[] truncated = Arrays.copyOf(ORIGINAL, length);
			assertThrows(ModelFormatException.class, () -> ModelFile.decode(truncated, "cut.ewm"), "cut at " + length);
		}
	}

	/** Without a forger's help, any changed byte is caught: by the magic, version, lengths or checksum. */
	@Test
	void randomlyChangedBytesAreRefused() {
		SplittableRandom random = new SplittableRandom(20261123);
		for (int mutant = 0; mutant < 3000; mutant++) {
			byte[] bytes = ORIGINAL.clone();
			for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
				bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
			}
			if (!Arrays.equals(bytes, ORIGINAL)) {
				assertThrows(ModelFormatException.class, () -> ModelFile.decode(bytes, "flipped.ewm"),
						"mutant " + mutant);
			}
		}
	}

	/**
	 * A forger who recomputes the checksum reaches the card and entry parsers: changed bytes, and lengths
	 * and counts replaced by extreme values, must still give a refusal or a valid model.
	 */
	@Test
	void forgedBytesBehindAValidChecksumAreRefusedOrReadAsAModel() {
		SplittableRandom random = new SplittableRandom(7);
		int[] extremes = { -1, 0, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 30, 255, 65536 };
		int body = ORIGINAL.length - ModelFile.CHECKSUM_BYTES;
		int refused = 0;
		for (int mutant = 0; mutant < 4000; mutant++) {
			byte[] bytes = ORIGINAL.clone();
			int at = LENGTHS_AT + random.nextInt(body - LENGTHS_AT);
			if (mutant % 2 == 0) {
				bytes[at] ^= (byte) (1 + random.nextInt(255));
			} else if (at + Integer.BYTES <= body) {
				ModelBytes.view(bytes).putInt(at, extremes[random.nextInt(extremes.length)]);
			}
			byte[] forged = ModelBytes.resigned(bytes);
			try {
				ModelFile read = ModelFile.decode(forged, "forged.ewm");
				assertEquals(read, ModelFile.decode(read.encode(), "re-encoded"), "mutant " + mutant);
			} catch (ModelFormatException expected) {
				refused++;
			}
		}
		assertTrue(refused > 1000, refused + " of 4000 forged files refused");
	}
}
