package org.edgewise.learn.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.edgewise.learn.Predictor;
import org.edgewise.learn.model.ModelParameters;

/**
 * A feed-forward network: a chain of {@link Layer}s ending in a head whose {@link Loss} also turns the raw
 * outputs into predictions (class probabilities through softmax, or regression values as they are).
 * <p>
 * All trainable parameters live in one list of float rows (see {@link Layer}), which a {@link Trainer}
 * updates in place; a network is therefore not thread-safe while it trains, and safe for concurrent
 * predictions otherwise. Predictions run in blocks of {@value #BLOCK_ROWS} rows on all cores; each output
 * row depends only on its input row, bit for bit, however the rows are blocked or spread over threads.
 * <p>
 * Build one with {@link #builder(int, long)}, e.g. the Carbone et al. (2019) MLP classifier:
 * <pre>
 * Network.builder(100, seed).dense(90, RELU).dropout(0.3).dense(60, RELU).dropout(0.3)
 *         .dense(20, RELU).dropout(0.3).softmax(3)
 * </pre>
 */
public final class Network implements Predictor {

	/** The model kind in model files. */
	public static final String KIND = "network";

	/** Rows per block of batched inference: a block's activations stay in the level-1/2 caches. */
	static final int BLOCK_ROWS = 64;

	private final int inputSize;
	private final List<Layer> layers;
	private final int[] offsets;
	private final float[][] parameters;
	private final boolean[] decayedRows;
	private final Loss loss;

	/**
	 * Creates a network with zero parameters.
	 *
	 * @param inputSize values per input sample
	 * @param layers    the layers, each taking the previous one's output (checked by the caller)
	 * @param loss      the head's loss
	 */
	Network(int inputSize, List<Layer> layers, Loss loss) {
		this.inputSize = inputSize;
		this.layers = List.copyOf(layers);
		this.loss = loss;
		this.offsets = new int[layers.size()];
		List<float[]> rows = new ArrayList<>();
		List<Boolean> decayed = new ArrayList<>();
		for (int l = 0; l < layers.size(); l++) {
			offsets[l] = rows.size();
			for (ParameterBlock block : layers.get(l).parameterBlocks()) {
				for (int r = 0; r < block.rows(); r++) {
					rows.add(new float[block.columns()]);
					decayed.add(block.decayed());
				}
			}
		}
		this.parameters = rows.toArray(new float[0][]);
		this.decayedRows = new boolean[decayed.size()];
		for (int i = 0; i < decayedRows.length; i++) {
			decayedRows[i] = decayed.get(i);
		}
	}

	/**
	 * Starts a network description.
	 *
	 * @param inputSize values per input sample, at least 1
	 * @param seed      the seed of the initial weights
	 * @return a builder to add layers and a head to
	 * @throws IllegalArgumentException when the input size is below 1
	 */
	public static NetworkBuilder builder(int inputSize, long seed) {
		return new NetworkBuilder(inputSize, seed);
	}

	/**
	 * Rebuilds a network from {@link #parameters()}.
	 *
	 * @param parameters the architecture, weights and loss
	 * @return a network whose predictions equal the original's bit for bit
	 * @throws IllegalArgumentException (a {@link org.edgewise.learn.model.ModelFormatException} for a bad entry)
	 *                                  when an entry is missing, of another shape, or not finite, or the layers do
	 *                                  not fit together
	 */
	public static Network fromParameters(ModelParameters parameters) {
		return NetworkParameters.read(parameters);
	}

	/**
	 * @return the architecture (layer kinds and settings), every parameter block and the loss, as
	 *         {@link NetworkParameters} lays them out
	 */
	public ModelParameters parameters() {
		return NetworkParameters.write(this);
	}

	/** Draws initial parameters, layer after layer, from one seeded generator. */
	void initialise(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int l = 0; l < layers.size(); l++) {
			layers.get(l).initialise(parameters, offsets[l], random);
		}
	}

	@Override
	public int inputSize() {
		return inputSize;
	}

	@Override
	public int outputSize() {
		return layers.get(layers.size() - 1).outputSize();
	}

	/** @return the layers, first to last (unmodifiable) */
	public List<Layer> layers() {
		return layers;
	}

	/** @return the loss of the head, which also makes predictions of raw outputs */
	public Loss loss() {
		return loss;
	}

	/** @return the number of trainable parameters */
	public int parameterCount() {
		int count = 0;
		for (float[] row : parameters) {
			count += row.length;
		}
		return count;
	}

	/** @return the live parameter rows (not a copy) */
	float[][] parameterRows() {
		return parameters;
	}

	/** @return for each parameter row, whether weight decay applies to it */
	boolean[] decayedRows() {
		return decayedRows;
	}

	/**
	 * @param layer a layer's index
	 * @return the index of its first parameter row
	 */
	int offset(int layer) {
		return offsets[layer];
	}

	/**
	 * @throws IllegalArgumentException when a row has another length than {@link #inputSize()}
	 */
	@Override
	public double[][] predict(double[][] inputs) {
		float[] flat = new float[inputs.length * inputSize];
		for (int r = 0; r < inputs.length; r++) {
			if (inputs[r].length != inputSize) {
				throw new IllegalArgumentException("input row " + r + " has " + inputs[r].length + " values, the network takes "
						+ inputSize);
			}
			for (int j = 0; j < inputSize; j++) {
				flat[r * inputSize + j] = (float) inputs[r][j];
			}
		}
		int width = outputSize();
		float[] outputs = new float[inputs.length * width];
		predict(flat, inputs.length, outputs);
		double[][] rows = new double[inputs.length][width];
		for (int r = 0; r < rows.length; r++) {
			for (int j = 0; j < width; j++) {
				rows[r][j] = outputs[r * width + j];
			}
		}
		return rows;
	}

	/**
	 * Predicts many rows at once, the fast path: blocks of rows go through the layers as matrix products, on
	 * all cores, without allocation per row.
	 *
	 * @param inputs  {@code rows} samples of {@link #inputSize()} values, row-major; not modified
	 * @param rows    how many samples
	 * @param outputs receives {@code rows} predictions of {@link #outputSize()} values, row-major
	 * @throws IllegalArgumentException when rows is negative or an array is too short
	 */
	public void predict(float[] inputs, int rows, float[] outputs) {
		int width = outputSize();
		if (rows < 0 || (long) rows * inputSize > inputs.length || (long) rows * width > outputs.length) {
			throw new IllegalArgumentException("cannot predict " + rows + " rows from " + inputs.length + " input values into "
					+ outputs.length + " output values (" + inputSize + " in and " + width + " out per row)");
		}
		forEachBlock(rows, (workspace, first, count, block) -> {
			float[][] own = workspace.inputs();
			for (int r = 0; r < count; r++) {
				System.arraycopy(inputs, (first + r) * inputSize, own[r], 0, inputSize);
			}
			float[][] raw = workspace.forward(count, false, 0, 0);
			for (int r = 0; r < count; r++) {
				loss.activate(raw[r], width);
				System.arraycopy(raw[r], 0, outputs, (first + r) * width, width);
			}
		}, true);
	}

	/**
	 * The mean loss and score of the network's predictions on labelled samples, in inference mode.
	 *
	 * @param samples inputs and targets of this network's sizes
	 * @return the mean per-sample loss and the mean score (see {@link Loss#score})
	 * @throws IllegalArgumentException when the samples' sizes do not fit the network
	 */
	public LossAndScore evaluate(Samples samples) {
		samples.requireSizes(inputSize, outputSize());
		int rows = samples.size();
		int width = outputSize();
		double[] losses = new double[blockCount(rows)];
		double[] scores = new double[losses.length];
		forEachBlock(rows, (workspace, first, count, block) -> {
			float[][] own = workspace.inputs();
			float[][] targets = new float[count][];
			for (int r = 0; r < count; r++) {
				own[r] = samples.inputs()[first + r];
				targets[r] = samples.targets()[first + r];
			}
			float[][] raw = workspace.forward(count, false, 0, 0);
			losses[block] = loss.evaluate(raw, targets, count, width, null, 0);
			for (int r = 0; r < count; r++) {
				loss.activate(raw[r], width);
				scores[block] += loss.score(raw[r], targets[r], width);
			}
		}, false);
		// Summed block by block in order, so the result does not depend on the thread count.
		double lossSum = 0;
		double scoreSum = 0;
		for (int b = 0; b < losses.length; b++) {
			lossSum += losses[b];
			scoreSum += scores[b];
		}
		return new LossAndScore(lossSum / rows, scoreSum / rows, loss.scoreName());
	}

	/** The work on one block of rows. */
	private interface BlockTask {
		void run(Workspace workspace, int firstRow, int rows, int block);
	}

	private static int blockCount(int rows) {
		return (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
	}

	/**
	 * Runs a task on every block of {@value #BLOCK_ROWS} rows: the blocks are split into one contiguous group
	 * per core, each group with its own workspace.
	 *
	 * @param ownInputs whether the workspaces need input rows of their own (else the task points them at rows)
	 */
	private void forEachBlock(int rows, BlockTask task, boolean ownInputs) {
		int blocks = blockCount(rows);
		int groups = Math.min(blocks, Runtime.getRuntime().availableProcessors());
		Parallel.forEach(groups, true, group -> {
			Workspace workspace = new Workspace(this, BLOCK_ROWS, false);
			if (ownInputs) {
				float[][] own = workspace.inputs();
				for (int r = 0; r < BLOCK_ROWS; r++) {
					own[r] = new float[inputSize];
				}
			}
			for (int b = (int) ((long) group * blocks / groups); b < (int) ((long) (group + 1) * blocks / groups); b++) {
				int first = b * BLOCK_ROWS;
				task.run(workspace, first, Math.min(BLOCK_ROWS, rows - first), b);
			}
		});
	}

	@Override
	public String toString() {
		return "Network" + layers + " " + loss;
	}
}
