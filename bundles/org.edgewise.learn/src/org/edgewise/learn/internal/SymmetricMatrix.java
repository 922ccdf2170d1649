package org.edgewise.learn.internal;

import java.util.Arrays;

/**
 * A dense symmetric n x n matrix, row-major in one array, as a {@link SymmetricOperator}. The product is
 * parallel over blocks of output entries and sums each entry in the same order whatever the blocks, so it is
 * bit-for-bit reproducible.
 */
public final class SymmetricMatrix implements SymmetricOperator {

	/** Below this many output entries a block is not worth a task. */
	private static final int SMALLEST_BLOCK = 256;

	private final double[] entries;
	private final int size;

	/**
	 * @param entries the n * n entries, row-major; used, not copied, and must not change while in use; the
	 *                caller vouches for their symmetry
	 * @param size    n, at least 1
	 * @throws IllegalArgumentException if the array does not hold n * n values
	 */
	public SymmetricMatrix(double[] entries, int size) {
		if (size < 1 || entries.length != (long) size * size) {
			throw new IllegalArgumentException(
					"a symmetric matrix of size " + size + " needs " + (long) size * size + " entries, got " + entries.length);
		}
		this.entries = entries;
		this.size = size;
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public void apply(double[] x, double[] y) {
		// By symmetry y = sum over j of x[j] times row j: an axpy over contiguous entries, which the JIT
		// vectorises, where the dot product of a row with x would be a sequential reduction.
		RowBlocks.forEach(size, RowBlocks.blockSize(size, SMALLEST_BLOCK), (start, end) -> {
			Arrays.fill(y, start, end, 0);
			for (int j = 0; j < size; j++) {
				double xj = x[j];
				int row = j * size;
				for (int i = start; i < end; i++) {
					y[i] += xj * entries[row + i];
				}
			}
		});
	}
}
