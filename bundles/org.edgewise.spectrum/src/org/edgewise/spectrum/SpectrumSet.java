package org.edgewise.spectrum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.january.dataset.Dataset;
import org.eclipse.january.dataset.DatasetFactory;
import org.eclipse.january.dataset.DoubleDataset;

/**
 * Any number of spectra on one energy axis, held in a January dataset.
 * <p>
 * The dataset's dimensions are the energy dimension plus the <em>map dimensions</em>: a list of spectra
 * is [n, E], a spectromicroscopy stack is typically [E, y, x] or [y, x, E]. Which dimension holds energy
 * is stated, never assumed. Spectra are numbered in row-major order over the map dimensions, so a result
 * computed per spectrum can be reshaped to {@link #mapShape()} and lines up with the input.
 */
public final class SpectrumSet {

	private final EnergyAxis energy;
	private final Dataset mu;
	private final int energyDimension;
	private final List<DataAxis> mapAxes;
	private final List<String> labels;
	private final SpectrumMetadata metadata;
	private final int[] mapShape;

	private SpectrumSet(EnergyAxis energy, Dataset mu, int energyDimension, List<DataAxis> mapAxes,
			List<String> labels, SpectrumMetadata metadata) {
		int[] shape = mu.getShape();
		if (energyDimension < 0 || energyDimension >= shape.length) {
			throw new IllegalArgumentException("energy dimension " + energyDimension + " is outside a dataset of rank "
					+ shape.length);
		}
		if (shape[energyDimension] != energy.size()) {
			throw new IllegalArgumentException("energy dimension " + energyDimension + " has length "
					+ shape[energyDimension] + " but the energy axis has " + energy.size() + " points ("
					+ metadata.describeSource() + ")");
		}
		this.energy = energy;
		this.mu = mu;
		this.energyDimension = energyDimension;
		this.metadata = metadata;
		this.mapShape = removeDimension(shape, energyDimension);
		if (mapAxes.size() != mapShape.length) {
			throw new IllegalArgumentException("need one axis per map dimension: " + mapShape.length + " dimensions, "
					+ mapAxes.size() + " axes");
		}
		for (int d = 0; d < mapShape.length; d++) {
			if (mapAxes.get(d).length() != mapShape[d]) {
				throw new IllegalArgumentException("axis '" + mapAxes.get(d).name() + "' has " + mapAxes.get(d).length()
						+ " values for a dimension of length " + mapShape[d]);
			}
		}
		this.mapAxes = List.copyOf(mapAxes);
		this.labels = labels == null ? null : List.copyOf(labels);
	}

	/**
	 * A set of spectra that share one energy axis, stored as [n, E].
	 *
	 * @throws IllegalArgumentException if the list is empty or the spectra have different energy axes
	 */
	public static SpectrumSet of(List<Spectrum> spectra, SpectrumMetadata metadata) {
		if (spectra.isEmpty()) {
			throw new IllegalArgumentException("a spectrum set needs at least one spectrum");
		}
		EnergyAxis energy = spectra.get(0).energy();
		DoubleDataset data = DatasetFactory.zeros(DoubleDataset.class, spectra.size(), energy.size());
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < spectra.size(); i++) {
			Spectrum s = spectra.get(i);
			if (!s.energy().equals(energy)) {
				throw new IllegalArgumentException(s.describe() + " has a different energy axis from the first spectrum");
			}
			for (int e = 0; e < energy.size(); e++) {
				data.setItem(s.mu(e), i, e);
			}
			labels.add(s.label());
		}
		return new SpectrumSet(energy, data, 1, List.of(DataAxis.index("spectrum", spectra.size())), labels, metadata);
	}

	/**
	 * A map of spectra: the dataset holds mu with energy along {@code energyDimension}.
	 *
	 * @param mapAxes one axis per non-energy dimension, in dataset order
	 */
	public static SpectrumSet ofMap(EnergyAxis energy, Dataset mu, int energyDimension, List<DataAxis> mapAxes,
			SpectrumMetadata metadata) {
		return new SpectrumSet(energy, mu, energyDimension, mapAxes, null, metadata);
	}

	/**
	 * @param values new values of the same shape as {@link #data()}, e.g. the normalised spectra
	 * @return a set with the same energy axis, layout, labels and metadata holding {@code values}
	 */
	public SpectrumSet withData(Dataset values) {
		return new SpectrumSet(energy, values, energyDimension, mapAxes, labels, metadata);
	}

	/**
	 * @param values one array of {@code energy().size()} values per spectrum, in index order (e.g. the
	 *               normalised spectra)
	 * @return a set with the same energy axis, layout, labels and metadata holding {@code values}
	 * @throws IllegalArgumentException if the counts or lengths do not match
	 */
	public SpectrumSet withSpectra(double[][] values) {
		return withSpectra(energy, values);
	}

	/**
	 * @param newEnergy the energy axis of {@code values}, e.g. the grid a preparation resampled onto
	 * @param values    one array of {@code newEnergy.size()} values per spectrum, in index order
	 * @return a set on {@code newEnergy} with the same layout (energy in the same dimension, the same map
	 *         axes), labels and metadata holding {@code values}
	 * @throws IllegalArgumentException if the counts or lengths do not match
	 */
	public SpectrumSet withSpectra(EnergyAxis newEnergy, double[][] values) {
		if (values.length != size()) {
			throw new IllegalArgumentException(values.length + " spectra given for a set of " + size());
		}
		int[] shape = mu.getShape();
		shape[energyDimension] = newEnergy.size();
		int[] strides = new int[shape.length];
		for (int d = shape.length - 1, stride = 1; d >= 0; stride *= shape[d], d--) {
			strides[d] = stride;
		}
		DoubleDataset data = DatasetFactory.zeros(DoubleDataset.class, shape);
		double[] buffer = data.getData();
		for (int i = 0; i < values.length; i++) {
			if (values[i].length != newEnergy.size()) {
				throw new IllegalArgumentException("spectrum " + i + " has " + values[i].length + " values for "
						+ newEnergy.size() + " energies");
			}
			int[] at = insertDimension(position(i), energyDimension);
			int offset = 0;
			for (int d = 0; d < at.length; d++) {
				offset += at[d] * strides[d];
			}
			for (int e = 0; e < values[i].length; e++) {
				buffer[offset + e * strides[energyDimension]] = values[i][e];
			}
		}
		data.setDirty();
		return new SpectrumSet(newEnergy, data, energyDimension, mapAxes, labels, metadata);
	}

	public EnergyAxis energy() {
		return energy;
	}

	/** @return the dataset of mu values itself (not a copy) */
	public Dataset data() {
		return mu;
	}

	/** @return which dimension of {@link #data()} is energy */
	public int energyDimension() {
		return energyDimension;
	}

	/** @return the shape of the non-energy dimensions: [n] for a list, [y, x] for a map */
	public int[] mapShape() {
		return mapShape.clone();
	}

	/** @return one axis per map dimension */
	public List<DataAxis> mapAxes() {
		return mapAxes;
	}

	public SpectrumMetadata metadata() {
		return metadata;
	}

	/** @return the number of spectra */
	public int size() {
		int n = 1;
		for (int s : mapShape) {
			n *= s;
		}
		return n;
	}

	/** @return the map position of spectrum {@code index} (row-major over the map dimensions) */
	public int[] position(int index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("spectrum " + index + " of " + size());
		}
		int[] position = new int[mapShape.length];
		for (int d = mapShape.length - 1; d >= 0; d--) {
			position[d] = index % mapShape[d];
			index /= mapShape[d];
		}
		return position;
	}

	/** @return spectrum number {@code index}, counted row-major over the map dimensions */
	public Spectrum spectrum(int index) {
		int[] position = position(index);
		int[] at = insertDimension(position, energyDimension);
		double[] values = new double[energy.size()];
		for (int e = 0; e < values.length; e++) {
			at[energyDimension] = e;
			values[e] = mu.getDouble(at);
		}
		String label = labels != null ? labels.get(index) : Arrays.toString(position);
		return new Spectrum(energy, values, label, metadata);
	}

	/** @return all spectra, in index order */
	public List<Spectrum> spectra() {
		List<Spectrum> all = new ArrayList<>(size());
		for (int i = 0; i < size(); i++) {
			all.add(spectrum(i));
		}
		return all;
	}

	private static int[] removeDimension(int[] shape, int dimension) {
		int[] result = new int[shape.length - 1];
		for (int d = 0, r = 0; d < shape.length; d++) {
			if (d != dimension) {
				result[r++] = shape[d];
			}
		}
		return result;
	}

	private static int[] insertDimension(int[] position, int dimension) {
		int[] result = new int[position.length + 1];
		for (int d = 0, p = 0; d < result.length; d++) {
			result[d] = d == dimension ? 0 : position[p++];
		}
		return result;
	}

	@Override
	public String toString() {
		return "SpectrumSet[" + size() + " spectra, map " + Arrays.toString(mapShape) + ", " + energy + ", "
				+ metadata.describeSource() + "]";
	}
}
