package org.edgewise.learn.evaluation;

import java.util.Arrays;

/**
 * One round of a resampling scheme: the rows a model trains on and the rows it is then tested on, as
 * indices into the sample rows (0 for the first row). The two sets are disjoint.
 * <p>
 * The training indices may repeat (a bootstrap resample draws rows with replacement); the test indices
 * may not. Neither may be empty. The arrays are copied in and out, so a fold cannot be changed after it
 * is made; equality compares the index lists.
 *
 * @param train the indices of the training rows, each at least 0; duplicates allowed
 * @param test  the indices of the test rows, each at least 0, distinct and not among {@code train}
 */
public record Fold(int[] train, int[] test) {

	/**
	 * @throws IllegalArgumentException when either array is null or empty, holds a negative index, the test
	 *                                  indices repeat, or an index is both a training and a test index
	 */
	public Fold {
		train = checked(train, "training");
		test = checked(test, "test");
		// A sorted copy finds repeats and overlaps without allocating by the size of the largest index.
		int[] sortedTest = test.clone();
		Arrays.sort(sortedTest);
		for (int i = 1; i < sortedTest.length; i++) {
			if (sortedTest[i] == sortedTest[i - 1]) {
				throw new IllegalArgumentException("test index " + sortedTest[i] + " occurs twice");
			}
		}
		for (int index : train) {
			if (Arrays.binarySearch(sortedTest, index) >= 0) {
				throw new IllegalArgumentException("index " + index + " is both a training and a test index");
			}
		}
	}

	/** @return the indices of the training rows; a copy */
	@Override
	public int[] train() {
		return train.clone();
	}

	/** @return the indices of the test rows; a copy */
	@Override
	public int[] test() {
		return test.clone();
	}

	/** @return how many training rows there are, counting repeats */
	public int trainSize() {
		return train.length;
	}

	/** @return how many test rows there are */
	public int testSize() {
		return test.length;
	}

	/**
	 * Checks that the fold fits a data set.
	 *
	 * @param sampleCount the number of sample rows the indices point into
	 * @throws IllegalArgumentException naming the first index that is not below {@code sampleCount}
	 */
	public void checkIndices(int sampleCount) {
		for (int[] indices : new int[][] { train, test }) {
			for (int index : indices) {
				if (index >= sampleCount) {
					throw new IllegalArgumentException((indices == train ? "training" : "test") + " index " + index
							+ " is beyond the " + sampleCount + " samples");
				}
			}
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Fold fold && Arrays.equals(train, fold.train) && Arrays.equals(test, fold.test);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
	}

	@Override
	public String toString() {
		return "Fold[train=" + Arrays.toString(train) + ", test=" + Arrays.toString(test) + "]";
	}

	private static int[] checked(int[] indices, String role) {
		if (indices == null || indices.length == 0) {
			throw new IllegalArgumentException("a fold needs at least one " + role + " index");
		}
		int[] copy = indices.clone();
		for (int index : copy) {
			if (index < 0) {
				throw new IllegalArgumentException(role + " index " + index + " is negative");
			}
		}
		return copy;
	}
}
