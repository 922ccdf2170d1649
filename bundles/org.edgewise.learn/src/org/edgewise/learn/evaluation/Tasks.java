package org.edgewise.learn.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Runs independent tasks (fits of folds, ensemble members) and collects their results in order. */
final class Tasks {

	private Tasks() {
	}

	/**
	 * Runs every task. Once one fails, the tasks not yet started are skipped and the first failure is
	 * rethrown as it was thrown, so a sequential run stops at the first bad fit.
	 *
	 * @param tasks     the work; each must not depend on another
	 * @param execution one after the other, or several at once
	 * @return the results, in the order of {@code tasks} whatever order they finished in
	 */
	static <T> List<T> inOrder(List<? extends Supplier<? extends T>> tasks, Execution execution) {
		Object[] results = new Object[tasks.size()];
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		IntStream indices = IntStream.range(0, tasks.size());
		if (execution == Execution.PARALLEL) {
			indices = indices.parallel();
		}
		indices.forEach(i -> {
			if (failure.get() == null) {
				try {
					results[i] = tasks.get(i).get();
				} catch (RuntimeException e) {
					failure.compareAndSet(null, e);
				}
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		@SuppressWarnings("unchecked") // results[i] holds what task i returned, a T
		List<T> list = (List<T>) Arrays.asList(results);
		return List.copyOf(list);
	}
}
