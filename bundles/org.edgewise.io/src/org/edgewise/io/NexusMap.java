package org.edgewise.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.edgewise.io.internal.EnergyOrder;
import org.edgewise.io.internal.FiniteValues;
import org.edgewise.io.internal.Hdf;
import org.edgewise.io.internal.HdfReadException;
import org.edgewise.io.internal.HdfSource;
import org.edgewise.io.internal.NexusCandidates;
import org.edgewise.io.internal.NexusFormatException;
import org.edgewise.io.internal.SignalLayout;
import org.edgewise.spectrum.DataAxis;
import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.SpectrumMetadata;

/**
 * A map of spectra in a NeXus file, read tile by tile and never whole. The signal is chosen as
 * {@link NexusSpectrumReader} chooses it (or named), its energy dimension found from its axes, wherever it
 * sits: [E, y, x], [y, x, E] and [y, E, x] are all read. The map's rows are the first non-energy dimension,
 * its columns the second; a signal with one map dimension is a map of one column. Spectra come on
 * {@link #energy()}, the file's energies in eV sorted ascending with repeats merged, exactly as
 * {@link NexusSpectrumReader#read(Path)} gives them, and like it a map refuses NaN and infinities: energies
 * when it is opened, values of mu tile by tile, as each tile is read.
 * <p>
 * Memory is bounded by the tile: reading a tile of {@code n} spectra of {@code E} points holds its values as
 * stored, as {@code n * E} doubles in file order and as the {@code n} spectra, plus, for a chunked dataset,
 * one chunk at a time compressed and inflated (jhdf keeps no chunk cache). A tile that is a whole multiple of
 * the chunk shape inflates each chunk once; another tile shape inflates a chunk once for every tile it
 * overlaps. Tiles may be read from several threads at once, e.g. with {@code tiles(64, 64).parallel()}.
 * <p>
 * The file stays open until {@link #close()}.
 */
public final class NexusMap implements AutoCloseable {

	private static final int MAX_RANK = 3;

	private final Path file;
	private final HdfSource source;
	private final SignalLayout layout;
	private final int rowDimension;
	private final int columnDimension;
	private final int rows;
	private final int columns;

	private NexusMap(Path file, HdfSource source, SignalLayout layout) {
		this.file = file;
		this.source = source;
		this.layout = layout;
		int[] shape = layout.shape();
		int[] mapDimensions = IntStream.range(0, shape.length).filter(d -> d != layout.energyDimension()).toArray();
		this.rowDimension = mapDimensions.length > 0 ? mapDimensions[0] : -1;
		this.columnDimension = mapDimensions.length > 1 ? mapDimensions[1] : -1;
		this.rows = rowDimension < 0 ? 1 : shape[rowDimension];
		this.columns = columnDimension < 0 ? 1 : shape[columnDimension];
	}

	/**
	 * Opens the signal the rules of {@link NexusSpectrumReader} choose.
	 *
	 * @throws AmbiguousSignalException if the file holds several candidates and nothing in it chooses one
	 * @throws SpectrumFileException    if the file cannot be read, or the rules choose a single scan computed
	 *                                  from I0 and It rather than a signal
	 */
	public static NexusMap open(Path file) throws SpectrumFileException {
		return open(file, null);
	}

	/**
	 * Opens a named signal.
	 *
	 * @param signalPath the {@link NexusCandidate#path()} of a {@link NexusCandidate.Kind#SIGNAL} candidate, or
	 *                   {@code null} to apply the rules
	 * @throws SpectrumFileException if the file cannot be read, there is no such signal, it has no energy
	 *                               axis, or it has more than three dimensions
	 */
	public static NexusMap open(Path file, String signalPath) throws SpectrumFileException {
		HdfSource source = HdfSource.open(file);
		try {
			NexusCandidates content = new NexusCandidates(file, source.file());
			NexusCandidate candidate = signalPath == null ? content.chosen() : content.at(signalPath);
			if (candidate.kind() != NexusCandidate.Kind.SIGNAL) {
				throw new NexusFormatException(candidate.path(), "is a single scan (" + candidate.describe()
						+ "), not a map of spectra; NexusSpectrumReader reads it");
			}
			if (candidate.shape().length > MAX_RANK) {
				throw new NexusFormatException(candidate.path(), "has " + candidate.shape().length
						+ " dimensions; a map has at most " + MAX_RANK + " (energy and two map dimensions)");
			}
			return new NexusMap(file, source, content.layout(candidate));
		} catch (NexusFormatException e) {
			throw closing(source, new SpectrumFileException(file, e.path(), e.getMessage(), e));
		} catch (SpectrumFileException e) {
			throw closing(source, e);
		} catch (RuntimeException e) {
			throw closing(source, NexusSpectrumReader.damaged(file, e));
		}
	}

	private static SpectrumFileException closing(HdfSource source, SpectrumFileException failure) {
		try {
			source.close();
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
		return failure;
	}

	/** @return the energy axis of every spectrum (eV, ascending) */
	public EnergyAxis energy() {
		return layout.order().axis();
	}

	/** @return which dimension of the signal in the file is energy */
	public int energyDimension() {
		return layout.energyDimension();
	}

	/** @return the signal's shape in the file (energy as stored, before repeats are merged) */
	public int[] shape() {
		return layout.shape();
	}

	/** @return the number of map rows (1 when the signal has no map dimension) */
	public int rows() {
		return rows;
	}

	/** @return the number of map columns (1 when the signal has fewer than two map dimensions) */
	public int columns() {
		return columns;
	}

	/** @return one axis per map dimension of the signal (rows first), with values and units from the file */
	public List<DataAxis> mapAxes() {
		return layout.mapAxes();
	}

	/** @return the file, the signal's path and what the entry says of sample, element and edge */
	public SpectrumMetadata metadata() {
		return layout.metadata();
	}

	/**
	 * Reads the spectra of one rectangle of the map.
	 *
	 * @param row        the first map row
	 * @param column     the first map column
	 * @param tileRows   how many rows, at least 1
	 * @param tileColumns how many columns, at least 1
	 * @throws IllegalArgumentException if the rectangle is empty or reaches outside the map
	 * @throws SpectrumFileException    if the data cannot be read (damaged, or not numbers), or a value is NaN
	 *                                  or infinite (naming the signal, the map position and the energy)
	 */
	public SpectrumTile readTile(int row, int column, int tileRows, int tileColumns) throws SpectrumFileException {
		if (tileRows < 1 || tileColumns < 1 || row < 0 || column < 0 || row + tileRows > rows
				|| column + tileColumns > columns) {
			throw new IllegalArgumentException("tile at (" + row + ", " + column + ") of " + tileRows + " x "
					+ tileColumns + " is empty or outside the map of " + rows + " x " + columns);
		}
		int[] shape = layout.shape();
		long[] offset = new long[shape.length];
		if (rowDimension >= 0) {
			offset[rowDimension] = row;
			shape[rowDimension] = tileRows;
		}
		if (columnDimension >= 0) {
			offset[columnDimension] = column;
			shape[columnDimension] = tileColumns;
		}
		double[] values;
		try {
			values = Hdf.doubles(layout.signal(), offset, shape);
		} catch (NexusFormatException e) {
			throw new SpectrumFileException(file, e.path(), e.getMessage(), e);
		} catch (HdfReadException e) {
			throw NexusSpectrumReader.damaged(file, e);
		}
		int[] strides = strides(shape);
		int rowStride = rowDimension >= 0 ? strides[rowDimension] : 0;
		int columnStride = columnDimension >= 0 ? strides[columnDimension] : 0;
		int energyStride = strides[layout.energyDimension()];
		EnergyOrder order = layout.order();
		double[][] spectra = new double[tileRows * tileColumns][];
		for (int r = 0; r < tileRows; r++) {
			for (int c = 0; c < tileColumns; c++) {
				spectra[r * tileColumns + c] = order.gather(values, r * rowStride + c * columnStride, energyStride);
			}
		}
		SpectrumTile tile = new SpectrumTile(row, column, tileRows, tileColumns, spectra);
		FiniteValues.require(file, Hdf.path(layout.signal()), tile, order.axis());
		return tile;
	}

	/** @return the row-major strides of {@code shape} */
	private static int[] strides(int[] shape) {
		int[] strides = new int[shape.length];
		for (int d = shape.length - 1, stride = 1; d >= 0; stride *= shape[d], d--) {
			strides[d] = stride;
		}
		return strides;
	}

	/**
	 * The whole map as tiles of {@code tileRows x tileColumns}, row of tiles by row of tiles; the tiles of the
	 * last row and column are smaller where the map does not divide. Each tile is read when the stream reaches
	 * it, so a sequential stream holds one tile at a time and a parallel one a tile per thread.
	 *
	 * @throws IllegalArgumentException if a tile dimension is below 1
	 * @throws UncheckedIOException     from the stream, wrapping the {@link SpectrumFileException} of a tile
	 *                                  that cannot be read or holds a value that is not finite
	 */
	public Stream<SpectrumTile> tiles(int tileRows, int tileColumns) {
		if (tileRows < 1 || tileColumns < 1) {
			throw new IllegalArgumentException("tiles of " + tileRows + " x " + tileColumns + " are empty");
		}
		int across = Math.ceilDiv(columns, tileColumns);
		int down = Math.ceilDiv(rows, tileRows);
		return IntStream.range(0, across * down).mapToObj(i -> {
			int row = i / across * tileRows;
			int column = i % across * tileColumns;
			try {
				return readTile(row, column, Math.min(tileRows, rows - row), Math.min(tileColumns, columns - column));
			} catch (SpectrumFileException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	@Override
	public void close() throws IOException {
		source.close();
	}

	@Override
	public String toString() {
		return "NexusMap[" + metadata().describeSource() + ", shape " + Arrays.toString(shape()) + ", energy dimension "
				+ energyDimension() + "]";
	}
}
