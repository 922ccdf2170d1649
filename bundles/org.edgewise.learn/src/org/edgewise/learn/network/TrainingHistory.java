package org.edgewise.learn.network;

import java.util.List;

/**
 * What happened while a network trained: one record per completed epoch, the epoch whose weights the network
 * kept, and why training ended.
 *
 * @param epochs    the completed epochs, in order
 * @param bestEpoch the 1-based number of the epoch with the lowest validation loss, whose weights the network
 *                  holds after training; the last completed epoch without validation samples; 0 if none completed
 * @param stop      why training ended
 */
public record TrainingHistory(List<Epoch> epochs, int bestEpoch, Stop stop) {

	/** Why training ended. */
	public enum Stop {
		/** All epochs ran. */
		COMPLETED,
		/** The validation loss stopped falling for the patience. */
		EARLY_STOPPED,
		/** The monitor asked to stop. */
		CANCELLED
	}

	/**
	 * One completed epoch.
	 *
	 * @param number          the 1-based epoch number
	 * @param trainingLoss    the mean per-sample loss over the epoch's mini-batches, as trained (dropout active)
	 * @param validationLoss  the mean per-sample loss on the validation samples after the epoch, NaN without them
	 * @param validationScore the mean score there (see {@link Loss#score}), NaN without them
	 */
	public record Epoch(int number, double trainingLoss, double validationLoss, double validationScore) {
	}

	/** Copies the list. */
	public TrainingHistory {
		epochs = List.copyOf(epochs);
	}
}
