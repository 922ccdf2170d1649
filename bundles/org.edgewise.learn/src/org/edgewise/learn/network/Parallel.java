package org.edgewise.learn.network;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Runs independent tasks on the common fork-join pool, the calling thread taking part. */
final class Parallel {

	private Parallel() {
	}

	/**
	 * @param tasks    how many tasks, numbered from 0
	 * @param parallel whether they may run at once; false runs them in order on the calling thread
	 * @param task     the work of one task; tasks must not depend on each other's order
	 */
	static void forEach(int tasks, boolean parallel, IntConsumer task) {
		if (tasks == 1 || !parallel) {
			for (int t = 0; t < tasks; t++) {
				task.accept(t);
			}
		} else {
			IntStream.range(0, tasks).parallel().forEach(task);
		}
	}
}
