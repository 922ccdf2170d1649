package org.edgewise.learn.network;

/**
 * The context of one forward (and backward) pass of a block of rows through the layers of a network, on one
 * thread: how many rows, whether the network is training (dropout active), the dropout noise, and reusable
 * scratch arrays. A network keeps one pass object per thread and reuses it batch after batch, so nothing is
 * allocated per sample.
 * <p>
 * The noise is counter-based: {@link #randomBits(int, int)} depends only on the step's seed, the sample's index
 * in the whole mini-batch, the layer and the index asked for, so a mini-batch gives the same dropout masks
 * however it is split over threads.
 */
public final class Pass {

	/** Number of independent scratch arrays a layer may hold at once. */
	public static final int SCRATCH_SLOTS = 4;

	private final float[][][] scratch = new float[SCRATCH_SLOTS][0][];
	private int rows;
	private boolean training;
	private long noiseSeed;
	private int firstSample;
	private int layer;

	/** Creates a pass for inference on no rows; the network sets it up per batch. */
	Pass() {
	}

	/**
	 * Prepares the pass for a block of rows.
	 *
	 * @param rows        the number of samples in the block
	 * @param training    whether dropout is active
	 * @param noiseSeed   the dropout seed of this training step
	 * @param firstSample the index of the block's first sample within the whole mini-batch
	 * @return this pass
	 */
	Pass start(int rows, boolean training, long noiseSeed, int firstSample) {
		this.rows = rows;
		this.training = training;
		this.noiseSeed = noiseSeed;
		this.firstSample = firstSample;
		this.layer = 0;
		return this;
	}

	/** @param index the position of the layer about to run, which keys its noise */
	void enterLayer(int index) {
		this.layer = index;
	}

	/** @return the number of samples (rows) in this block */
	public int rows() {
		return rows;
	}

	/** @return true while training (dropout active), false at inference */
	public boolean training() {
		return training;
	}

	/**
	 * 64 random bits for one sample in the current layer, the same on every call with the same arguments
	 * during this pass; a layer needing several random numbers per sample asks with several indices.
	 *
	 * @param row   the sample's row within this block
	 * @param index which 64 bits of the sample, from 0
	 * @return uniformly distributed bits
	 */
	public long randomBits(int row, int index) {
		return mix(noiseSeed + (firstSample + row) * 0x9E3779B97F4A7C15L + layer * 0xC2B2AE3D27D4EB4FL
				+ index * 0x165667B19E3779F9L);
	}

	/**
	 * A scratch matrix private to this pass, for use within one call of a layer method: an array of row
	 * arrays. Its contents are undefined on return (another layer may have used it), and it is only
	 * reallocated when a larger one is needed.
	 *
	 * @param slot    which scratch matrix, from 0 to {@link #SCRATCH_SLOTS} - 1; different slots never share rows
	 * @param rows    the least number of rows needed
	 * @param columns the least row length needed
	 * @return at least {@code rows} separate row arrays, each of at least {@code columns} floats
	 * @throws IllegalArgumentException when the slot is out of range
	 */
	public float[][] scratch(int slot, int rows, int columns) {
		if (slot < 0 || slot >= SCRATCH_SLOTS) {
			throw new IllegalArgumentException("scratch slot must be from 0 to " + (SCRATCH_SLOTS - 1) + ", got " + slot);
		}
		float[][] matrix = scratch[slot];
		if (matrix.length < rows || matrix.length > 0 && matrix[0].length < columns) {
			matrix = new float[Math.max(rows, matrix.length)][Math.max(columns, matrix.length > 0 ? matrix[0].length : 0)];
			scratch[slot] = matrix;
		}
		return matrix;
	}

	/** Stafford's variant 13 of the MurmurHash3 finaliser (as in SplittableRandom): a well-mixed 64-bit hash. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
