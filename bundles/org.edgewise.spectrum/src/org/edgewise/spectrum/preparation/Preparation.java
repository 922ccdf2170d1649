package org.edgewise.spectrum.preparation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.PreparationException;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumSet;

/**
 * A recipe: a name and an ordered, immutable list of configured {@link PreparationStep}s that turn raw
 * mu(E) into exactly the input a model was trained on. It is saved with the model ({@link RecipeJson}), so
 * a spectrum prepared tomorrow is prepared as the training spectra were.
 * <p>
 * One spectrum, a batch and a map go through the same steps in the same order; a batch or map is split into
 * blocks of {@value #BLOCK_SIZE} spectra prepared in parallel, and since every step works on one spectrum
 * alone the result does not depend on the split. Two recipes are equal when their JSON texts
 * ({@link RecipeJson#toJson}) are: the same name and the same step kinds and parameters (so a Long 3 a
 * step wrote equals the Integer 3 read back from a file). Instances are immutable and thread-safe.
 */
public final class Preparation {

	/** Spectra per parallel work unit: large enough to amortise scheduling, small enough to balance. */
	public static final int BLOCK_SIZE = 256;

	private final String name;
	private final List<PreparationStep> steps;

	/**
	 * @param name  the recipe's name, e.g. "carbone-k-edge"; not blank
	 * @param steps the steps in the order they run; copied
	 * @throws IllegalArgumentException if the name is blank
	 */
	public Preparation(String name, List<PreparationStep> steps) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a preparation needs a name");
		}
		this.name = name;
		this.steps = List.copyOf(steps);
	}

	/** @return a recipe of {@code steps} in the given order */
	public static Preparation of(String name, PreparationStep... steps) {
		return new Preparation(name, List.of(steps));
	}

	public String name() {
		return name;
	}

	/** @return the steps in the order they run (unmodifiable) */
	public List<PreparationStep> steps() {
		return steps;
	}

	/**
	 * @param step a step to run after this recipe's steps, e.g. a standardisation fitted on the training set
	 *             prepared by this recipe
	 * @return a new recipe of the same name with {@code step} appended
	 */
	public Preparation then(PreparationStep step) {
		List<PreparationStep> extended = new ArrayList<>(steps);
		extended.add(Objects.requireNonNull(step, "step"));
		return new Preparation(name, extended);
	}

	/**
	 * @return {@code spectrum} after every step in order (unchanged for a recipe without steps)
	 * @throws PreparationException naming the spectrum when a step cannot prepare it
	 */
	public Spectrum apply(Spectrum spectrum) {
		Spectrum prepared = spectrum;
		for (PreparationStep step : steps) {
			prepared = step.apply(prepared);
		}
		return prepared;
	}

	/**
	 * @return each spectrum prepared by {@link #apply(Spectrum)}, in the input order; computed in parallel
	 * @throws PreparationException for the first spectrum (in input order) that cannot be prepared
	 */
	public List<Spectrum> applyAll(List<Spectrum> spectra) {
		Spectrum[] prepared = new Spectrum[spectra.size()];
		inBlocks(spectra.size(), i -> prepared[i] = apply(spectra.get(i)));
		return List.of(prepared);
	}

	/**
	 * Prepares every spectrum of a batch or map. The result keeps the layout: energy stays in the same
	 * dimension, now on the recipe's final grid ([E, y, x] in gives [E', y, x] out), with the same map axes,
	 * labels and metadata.
	 *
	 * @throws PreparationException for the first spectrum (in index order) that cannot be prepared, or when
	 *                              the prepared spectra do not share one energy axis (a recipe meant for maps
	 *                              must end on a common grid, e.g. with a resampling step)
	 */
	public SpectrumSet apply(SpectrumSet set) {
		double[][] values = new double[set.size()][];
		EnergyAxis[] axes = new EnergyAxis[set.size()];
		inBlocks(set.size(), i -> {
			Spectrum prepared = apply(set.spectrum(i));
			values[i] = prepared.mu();
			axes[i] = prepared.energy();
		});
		for (int i = 1; i < axes.length; i++) {
			if (!axes[i].equals(axes[0])) {
				throw new PreparationException(set.spectrum(i), "recipe '" + name + "' ends on " + axes[i]
						+ " for this spectrum but on " + axes[0]
						+ " for the first one; a recipe for a set must end on a common grid (add a resampling step)");
			}
		}
		return set.withSpectra(axes[0], values);
	}

	/** Runs {@code task} for every index, in parallel blocks; rethrows the failure of the lowest index. */
	private static void inBlocks(int count, IndexTask task) {
		int blocks = (count + BLOCK_SIZE - 1) / BLOCK_SIZE;
		RuntimeException[] failures = new RuntimeException[blocks];
		IntStream.range(0, blocks).parallel().forEach(block -> {
			int end = Math.min(count, (block + 1) * BLOCK_SIZE);
			for (int i = block * BLOCK_SIZE; i < end; i++) {
				try {
					task.run(i);
				} catch (RuntimeException failure) {
					failures[block] = failure;
					return;
				}
			}
		});
		for (RuntimeException failure : failures) {
			if (failure != null) {
				throw failure;
			}
		}
	}

	/** Work on the item at one index. */
	@FunctionalInterface
	private interface IndexTask {
		void run(int index);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Preparation preparation && RecipeJson.toJson(this).equals(RecipeJson.toJson(preparation));
	}

	@Override
	public int hashCode() {
		return RecipeJson.toJson(this).hashCode();
	}

	@Override
	public String toString() {
		return "Preparation[" + name + ": " + String.join(" -> ", steps.stream().map(PreparationStep::kind).toList())
				+ "]";
	}
}
