package org.edgewise.learn.network;

/** Watches a training run: hears of each finished epoch and may cancel the run between mini-batches. */
public interface TrainingMonitor {

	/** A monitor that never cancels and ignores progress. */
	TrainingMonitor NONE = new TrainingMonitor() {
	};

	/**
	 * Called after each epoch, on the training thread.
	 *
	 * @param epoch the epoch's record
	 */
	default void epochFinished(TrainingHistory.Epoch epoch) {
	}

	/** @return true to stop training before the next mini-batch; the network keeps the best weights so far */
	default boolean cancelled() {
		return false;
	}
}
