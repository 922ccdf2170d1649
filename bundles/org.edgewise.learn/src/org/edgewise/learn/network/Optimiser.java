package org.edgewise.learn.network;

/**
 * A rule that turns gradients into parameter updates (settings only; the per-run state such as moment
 * estimates lives in the {@link State} it starts).
 */
public interface Optimiser {

	/**
	 * @param parameters the parameter rows to be optimised, whose row lengths the state copies
	 * @return a fresh state, as at the start of training
	 */
	State start(float[][] parameters);

	/**
	 * The state of one training run. Updates of disjoint row ranges touch disjoint memory, so two threads may
	 * update two ranges at once.
	 */
	interface State {

		/**
		 * Applies one step to rows {@code [fromRow, toRow)}.
		 *
		 * @param parameters the parameter rows, updated in place
		 * @param gradients  the gradient of the batch loss, shaped like the parameters; not modified
		 * @param step       the 1-based number of this step in the run, the same for every range of one step
		 * @param fromRow    the first row to update
		 * @param toRow      one past the last row to update
		 */
		void update(float[][] parameters, float[][] gradients, int step, int fromRow, int toRow);
	}
}
