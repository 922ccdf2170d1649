package org.edgewise.learn.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A titled table of numbers inside an {@link Evaluation}: one row per class or per output, one column per
 * figure. Columns hold their values top to bottom, the shape in which metrics come (precision per class,
 * RMSE per energy point).
 *
 * @param title     what the table shows, e.g. "per class"
 * @param rowHeader the title of the row-name column, e.g. "class"
 * @param rowNames  the name of each row
 * @param columns   the columns, each with one value per row
 */
public record Table(String title, String rowHeader, List<String> rowNames, List<Column> columns) {

	/**
	 * One column of a table.
	 *
	 * @param name   the column's title, e.g. "RMSE"
	 * @param counts whether the values are counts: whole numbers, printed without decimals
	 * @param values the values, top to bottom, each finite
	 */
	public record Column(String name, boolean counts, List<Double> values) {

		/**
		 * @throws IllegalArgumentException when the name is blank, a value is not finite, or a count is not a
		 *                                  whole number
		 */
		public Column {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("a table column needs a name");
			}
			values = List.copyOf(values);
			for (int r = 0; r < values.size(); r++) {
				if (!Double.isFinite(values.get(r))) {
					throw new IllegalArgumentException("column '" + name + "' row " + r + " is not finite: " + values.get(r));
				}
				if (counts && values.get(r) != Math.rint(values.get(r))) {
					throw new IllegalArgumentException("column '" + name + "' holds counts, but row " + r + " is " + values.get(r));
				}
			}
		}

		/**
		 * @param name   the column's title
		 * @param counts whether the values are counts
		 * @param values the values, top to bottom
		 * @return the column
		 */
		public static Column of(String name, boolean counts, double... values) {
			return new Column(name, counts, Arrays.stream(values).boxed().toList());
		}
	}

	/** @throws IllegalArgumentException when the title is blank or a column has another length than the row names */
	public Table {
		if (title == null || title.isBlank() || rowHeader == null) {
			throw new IllegalArgumentException("a table needs a title and a row header");
		}
		rowNames = List.copyOf(rowNames);
		columns = List.copyOf(columns);
		for (Column column : columns) {
			if (column.values().size() != rowNames.size()) {
				throw new IllegalArgumentException("column '" + column.name() + "' has " + column.values().size()
						+ " values for " + rowNames.size() + " rows");
			}
		}
	}

	/** @return the title on a line of its own, then the rows aligned under the column titles */
	@Override
	public String toString() {
		List<String> header = new ArrayList<>();
		header.add(rowHeader);
		columns.forEach(column -> header.add(column.name()));
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < rowNames.size(); r++) {
			List<String> row = new ArrayList<>();
			row.add(rowNames.get(r));
			for (Column column : columns) {
				double value = column.values().get(r);
				row.add(column.counts() ? Long.toString(Math.round(value)) : TextTable.number(value));
			}
			rows.add(row);
		}
		return title + "\n" + TextTable.format(header, rows);
	}
}
