package org.edgewise.learn.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits a network by mini-batch gradient descent: each epoch shuffles the training samples (seeded), runs them
 * in mini-batches, and, given validation samples, evaluates them and keeps the weights of the epoch with the
 * lowest validation loss, stopping early when it has not fallen for the patience.
 * <p>
 * A mini-batch is split into shards of about {@value #SHARD_ROWS} rows, each propagated by its own workspace
 * (on the cores, when parallel) into its own gradient rows; the shards' gradients are then summed in shard
 * order. The partition depends only on the batch size, and dropout noise on the sample's place in the batch,
 * so a seed gives the same weights bit for bit on any number of threads.
 */
public final class Trainer {

	/** Rows per shard when batches are small: enough rows for the matrix kernels, few enough to share out. */
	static final int SHARD_ROWS = 16;

	/** The most shards per batch; larger batches get larger shards. */
	static final int MAX_SHARDS = 8;

	private final TrainingSettings settings;

	/** @param settings how to train */
	public Trainer(TrainingSettings settings) {
		this.settings = settings;
	}

	/**
	 * Trains without validation samples: all epochs run, the network keeps the last weights.
	 *
	 * @param network  the network, trained in place
	 * @param training the training samples
	 * @return the history
	 * @throws IllegalArgumentException when the samples do not fit the network
	 */
	public TrainingHistory fit(Network network, Samples training) {
		return fit(network, training, null, TrainingMonitor.NONE);
	}

	/**
	 * Trains the network in place.
	 *
	 * @param network    the network, trained in place
	 * @param training   the training samples
	 * @param validation samples to choose the best epoch by and stop early on; null for none
	 * @param monitor    hears of each epoch and may cancel
	 * @return the history
	 * @throws IllegalArgumentException when the samples do not fit the network
	 */
	public TrainingHistory fit(Network network, Samples training, Samples validation, TrainingMonitor monitor) {
		training.requireSizes(network.inputSize(), network.outputSize());
		if (validation != null) {
			validation.requireSizes(network.inputSize(), network.outputSize());
		}
		return new Run(network, training).epochs(validation, monitor);
	}

	/**
	 * @param rows rows in a mini-batch
	 * @return how many shards it is split into
	 */
	static int shardCount(int rows) {
		return Math.min(MAX_SHARDS, (rows + SHARD_ROWS - 1) / SHARD_ROWS);
	}

	/** The state of one call of {@link #fit}. */
	private final class Run {

		private final Network network;
		private final Samples training;
		private final SplittableRandom random;
		private final Optimiser.State optimiser;
		private final Workspace[] workspaces;
		private final float[][][] shardTargets;
		private final double[] shardLosses;
		private final int[] updateRanges;
		private final int[] order;
		private int step;
		private boolean cancelled;

		Run(Network network, Samples training) {
			this.network = network;
			this.training = training;
			this.random = new SplittableRandom(settings.seed());
			this.optimiser = settings.optimiser().start(network.parameterRows());
			int shards = shardCount(settings.batchSize());
			// The largest shard of any batch size up to the setting: SHARD_ROWS, or a share of a large batch.
			int capacity = Math.min(settings.batchSize(), Math.max(SHARD_ROWS, (settings.batchSize() + MAX_SHARDS - 1) / MAX_SHARDS));
			this.workspaces = new Workspace[shards];
			for (int s = 0; s < shards; s++) {
				workspaces[s] = new Workspace(network, capacity, true);
			}
			this.shardTargets = new float[shards][capacity][];
			this.shardLosses = new double[shards];
			this.updateRanges = balancedRanges(network.parameterRows(), Runtime.getRuntime().availableProcessors());
			this.order = new int[training.size()];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
		}

		TrainingHistory epochs(Samples validation, TrainingMonitor monitor) {
			List<TrainingHistory.Epoch> history = new ArrayList<>();
			float[][] best = validation == null ? null : Rows.copy(network.parameterRows());
			double bestLoss = Double.POSITIVE_INFINITY;
			int bestEpoch = 0;
			TrainingHistory.Stop stop = TrainingHistory.Stop.COMPLETED;
			for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
				double trainingLoss = epoch(monitor);
				if (cancelled) {
					stop = TrainingHistory.Stop.CANCELLED;
					break;
				}
				LossAndScore evaluation = validation == null ? null : network.evaluate(validation);
				TrainingHistory.Epoch record = new TrainingHistory.Epoch(epoch, trainingLoss,
						evaluation == null ? Double.NaN : evaluation.loss(), evaluation == null ? Double.NaN : evaluation.score());
				history.add(record);
				monitor.epochFinished(record);
				if (evaluation == null) {
					bestEpoch = epoch;
				} else if (evaluation.loss() < bestLoss) {
					bestLoss = evaluation.loss();
					bestEpoch = epoch;
					Rows.copyInto(network.parameterRows(), best);
				} else if (settings.patience() > 0 && epoch - bestEpoch >= settings.patience()) {
					stop = TrainingHistory.Stop.EARLY_STOPPED;
					break;
				}
			}
			if (best != null && bestEpoch > 0) {
				Rows.copyInto(best, network.parameterRows());
			}
			return new TrainingHistory(history, bestEpoch, stop);
		}

		/** @return the mean per-sample training loss of the epoch; meaningless when it set {@link #cancelled} */
		private double epoch(TrainingMonitor monitor) {
			shuffle();
			double lossSum = 0;
			for (int first = 0; first < order.length; first += settings.batchSize()) {
				if (monitor.cancelled()) {
					cancelled = true;
					return lossSum;
				}
				lossSum += batch(first, Math.min(settings.batchSize(), order.length - first));
			}
			return lossSum / order.length;
		}

		/** Fisher-Yates on the sample order. */
		private void shuffle() {
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
		}

		/** One optimiser step on samples order[first, first + rows); returns the summed per-sample loss. */
		private double batch(int first, int rows) {
			long noiseSeed = random.nextLong();
			int shards = shardCount(rows);
			float scale = 1f / rows;
			Parallel.forEach(shards, settings.parallel(), s -> {
				int from = s * rows / shards;
				int count = (s + 1) * rows / shards - from;
				Workspace workspace = workspaces[s];
				float[][] inputs = workspace.inputs();
				float[][] targets = shardTargets[s];
				for (int r = 0; r < count; r++) {
					int sample = order[first + from + r];
					inputs[r] = training.inputs()[sample];
					targets[r] = training.targets()[sample];
				}
				workspace.forward(count, true, noiseSeed, from);
				shardLosses[s] = workspace.backward(targets, scale);
			});
			int number = ++step;
			Parallel.forEach(updateRanges.length - 1, settings.parallel(),
					range -> update(shards, number, updateRanges[range], updateRanges[range + 1]));
			double loss = 0;
			for (int s = 0; s < shards; s++) {
				loss += shardLosses[s];
			}
			return loss;
		}

		/** Sums the shards' gradients (in shard order), adds weight decay, and steps rows [fromRow, toRow). */
		private void update(int shards, int number, int fromRow, int toRow) {
			float[][] parameters = network.parameterRows();
			boolean[] decayed = network.decayedRows();
			float[][] gradients = workspaces[0].parameterGradients();
			float decay = (float) settings.weightDecay();
			for (int i = fromRow; i < toRow; i++) {
				float[] sum = gradients[i];
				for (int s = 1; s < shards; s++) {
					float[] shard = workspaces[s].parameterGradients()[i];
					for (int j = 0; j < sum.length; j++) {
						sum[j] += shard[j];
					}
				}
				if (decayed[i] && decay > 0) {
					float[] weights = parameters[i];
					for (int j = 0; j < sum.length; j++) {
						sum[j] += decay * weights[j];
					}
				}
			}
			optimiser.update(parameters, gradients, number, fromRow, toRow);
		}
	}

	/**
	 * Splits rows into ranges of about equal numbers of values.
	 *
	 * @param rows  the rows
	 * @param parts how many ranges at most
	 * @return range boundaries: range k is [bounds[k], bounds[k + 1])
	 */
	static int[] balancedRanges(float[][] rows, int parts) {
		long total = 0;
		for (float[] row : rows) {
			total += row.length;
		}
		List<Integer> bounds = new ArrayList<>(List.of(0));
		long sum = 0;
		for (int i = 0; i < rows.length; i++) {
			sum += rows[i].length;
			if (sum * parts >= total * bounds.size() && i + 1 < rows.length) {
				bounds.add(i + 1);
			}
		}
		bounds.add(rows.length);
		return bounds.stream().mapToInt(Integer::intValue).toArray();
	}
}
