package org.edgewise.learn.internal;

import java.util.stream.IntStream;

/**
 * Runs work over a range of rows cut into fixed blocks, on the common fork-join pool. The cut depends only
 * on the row count and block size, never on the number of threads, and each block writes its own part of
 * the output, so results are the same bit for bit however many cores there are.
 */
public final class RowBlocks {

	/** The work for one block of rows. */
	@FunctionalInterface
	public interface Body {

		/**
		 * @param start the first row of the block
		 * @param end   one past the last row of the block
		 */
		void run(int start, int end);
	}

	private RowBlocks() {
	}

	/**
	 * Calls {@code body} once for each block [start, end) of at most {@code blockSize} rows covering
	 * [0, {@code rows}), in parallel.
	 *
	 * @param rows      the number of rows, at least 0
	 * @param blockSize the largest block, at least 1
	 * @param body      the work for a block; blocks may run at the same time on different threads
	 */
	public static void forEach(int rows, int blockSize, Body body) {
		int blocks = (rows + blockSize - 1) / blockSize;
		IntStream.range(0, blocks).parallel()
				.forEach(b -> body.run(b * blockSize, Math.min(rows, (b + 1) * blockSize)));
	}

	/**
	 * @param rows     the number of rows
	 * @param smallest the smallest block worth a task of its own
	 * @return a block size that gives every core a few blocks, and no block smaller than {@code smallest};
	 *         it depends on the core count, so use it only where each row's result is computed on its own
	 */
	public static int blockSize(int rows, int smallest) {
		int tasks = 4 * Runtime.getRuntime().availableProcessors();
		return Math.max(smallest, (rows + tasks - 1) / tasks);
	}
}
