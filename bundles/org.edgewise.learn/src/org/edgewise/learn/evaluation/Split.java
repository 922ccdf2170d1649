package org.edgewise.learn.evaluation;

import java.util.Arrays;

/**
 * A division of the sample rows into a training, a validation and a test part, as indices into the rows
 * (0 for the first row). The parts are disjoint and no index repeats. The validation part may be empty
 * (a plain train/test split); the others may not. The arrays are copied in and out; equality compares
 * the index lists. {@link Splits} makes random and stratified splits.
 *
 * @param train      the indices of the rows a model trains on
 * @param validation the indices of the rows that steer training (early stopping, model choice); may be empty
 * @param test       the indices of the rows held back for the final evaluation
 */
public record Split(int[] train, int[] validation, int[] test) {

	/**
	 * @throws IllegalArgumentException when an array is null, the training or test part is empty, an index
	 *                                  is negative, or an index occurs twice (within a part or across parts)
	 */
	public Split {
		if (train == null || validation == null || test == null) {
			throw new IllegalArgumentException("a split needs training, validation and test index arrays");
		}
		if (train.length == 0 || test.length == 0) {
			throw new IllegalArgumentException("a split needs at least one training and one test index, got "
					+ train.length + " and " + test.length);
		}
		train = train.clone();
		validation = validation.clone();
		test = test.clone();
		int[] all = new int[train.length + validation.length + test.length];
		System.arraycopy(train, 0, all, 0, train.length);
		System.arraycopy(validation, 0, all, train.length, validation.length);
		System.arraycopy(test, 0, all, train.length + validation.length, test.length);
		Arrays.sort(all);
		if (all[0] < 0) {
			throw new IllegalArgumentException("index " + all[0] + " is negative");
		}
		for (int i = 1; i < all.length; i++) {
			if (all[i] == all[i - 1]) {
				throw new IllegalArgumentException("index " + all[i] + " occurs twice in the split");
			}
		}
	}

	/** @return the indices of the training rows; a copy */
	@Override
	public int[] train() {
		return train.clone();
	}

	/** @return the indices of the validation rows, possibly none; a copy */
	@Override
	public int[] validation() {
		return validation.clone();
	}

	/** @return the indices of the test rows; a copy */
	@Override
	public int[] test() {
		return test.clone();
	}

	/** @return the number of training rows */
	public int trainSize() {
		return train.length;
	}

	/** @return the number of validation rows */
	public int validationSize() {
		return validation.length;
	}

	/** @return the number of test rows */
	public int testSize() {
		return test.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Split split && Arrays.equals(train, split.train)
				&& Arrays.equals(validation, split.validation) && Arrays.equals(test, split.test);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(new int[] { Arrays.hashCode(train), Arrays.hashCode(validation), Arrays.hashCode(test) });
	}

	@Override
	public String toString() {
		return "Split[train=" + Arrays.toString(train) + ", validation=" + Arrays.toString(validation) + ", test="
				+ Arrays.toString(test) + "]";
	}
}
