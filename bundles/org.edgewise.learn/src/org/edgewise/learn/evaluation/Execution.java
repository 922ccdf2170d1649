package org.edgewise.learn.evaluation;

/**
 * How independent fits (the folds of a cross-validation, the points of a grid search, the members of an
 * ensemble) are scheduled. Each fit has its own seed, so both ways give identical results.
 */
public enum Execution {

	/** One fit after the other, in the calling thread. */
	SEQUENTIAL,

	/**
	 * Several fits at once on the common fork-join pool, the calling thread taking part, so every core
	 * works (the common pool alone has one thread fewer than the machine has cores). Fits that are
	 * themselves parallel share the same pool.
	 */
	PARALLEL
}
