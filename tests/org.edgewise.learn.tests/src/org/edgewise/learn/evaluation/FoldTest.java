package org.edgewise.learn.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FoldTest {

	@Test
	void aFoldIsAPairOfDisjointIndexLists() {
		Fold fold = new Fold(new int[] { 0, 2, 2, 4 }, new int[] { 1, 3 });
		// Training indices may repeat, as in a bootstrap resample.
		assertArrayEquals(new int[] { 0, 2, 2, 4 }, fold.train());
		assertArrayEquals(new int[] { 1, 3 }, fold.test());
		assertEquals(4, fold.trainSize());
		assertEquals(2, fold.testSize());
		assertEquals(new Fold(new int[] { 0, 2, 2, 4 }, new int[] { 1, 3 }), fold);
		assertEquals(new Fold(new int[] { 0, 2, 2, 4 }, new int[] { 1, 3 }).hashCode(), fold.hashCode());
	}

	@Test
	void aFoldCannotBeChangedThroughItsArrays() {
		int[] train = { 0, 1 };
		Fold fold = new Fold(train, new int[] { 2 });
		train[0] = 7;
		fold.test()[0] = 9;
		assertArrayEquals(new int[] { 0, 1 }, fold.train());
		assertArrayEquals(new int[] { 2 }, fold.test());
	}

	@Test
	void badIndexListsAreRefusedWithTheReason() {
		assertMessage("both a training and a test index", () -> new Fold(new int[] { 0, 1 }, new int[] { 1 }));
		assertMessage("test index 3 occurs twice", () -> new Fold(new int[] { 0 }, new int[] { 3, 3 }));
		assertMessage("training index -1 is negative", () -> new Fold(new int[] { -1 }, new int[] { 3 }));
		assertMessage("at least one test index", () -> new Fold(new int[] { 0 }, new int[0]));
		assertMessage("at least one training index", () -> new Fold(null, new int[] { 1 }));
	}

	@Test
	void checkIndicesNamesAnIndexBeyondTheData() {
		Fold fold = new Fold(new int[] { 0, 1 }, new int[] { 5 });
		fold.checkIndices(6);
		assertMessage("test index 5 is beyond the 5 samples", () -> fold.checkIndices(5));
	}

	private static void assertMessage(String expected, Executable action) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
