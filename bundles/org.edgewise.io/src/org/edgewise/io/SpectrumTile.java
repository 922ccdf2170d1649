package org.edgewise.io;

/**
 * The spectra of a rectangle of a map, as {@link NexusMap} reads them: rows {@code row .. row + rows - 1}
 * and columns {@code column .. column + columns - 1} of the map.
 *
 * @param row     the map row of the tile's first row
 * @param column  the map column of the tile's first column
 * @param rows    how many map rows the tile covers
 * @param columns how many map columns the tile covers
 * @param spectra one spectrum per position, row-major: {@code spectra[r * columns + c]} is at map position
 *                {@code (row + r, column + c)}, each on the map's energy axis (held as given, not copied)
 */
public record SpectrumTile(int row, int column, int rows, int columns, double[][] spectra) {

	/** @throws IllegalArgumentException if the number of spectra is not {@code rows * columns} */
	public SpectrumTile {
		if (rows < 1 || columns < 1 || spectra.length != rows * columns) {
			throw new IllegalArgumentException(spectra.length + " spectra for a tile of " + rows + " x " + columns);
		}
	}

	/** @return the number of spectra, {@code rows * columns} */
	public int size() {
		return spectra.length;
	}

	/**
	 * @param mapRow    a map row inside the tile
	 * @param mapColumn a map column inside the tile
	 * @return the spectrum at that map position (not copied)
	 * @throws IndexOutOfBoundsException if the position is outside the tile
	 */
	public double[] spectrumAt(int mapRow, int mapColumn) {
		int r = mapRow - row;
		int c = mapColumn - column;
		if (r < 0 || r >= rows || c < 0 || c >= columns) {
			throw new IndexOutOfBoundsException("map position (" + mapRow + ", " + mapColumn
					+ ") is outside the tile at (" + row + ", " + column + ") of " + rows + " x " + columns);
		}
		return spectra[r * columns + c];
	}
}
