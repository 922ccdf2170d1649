package org.edgewise.io.internal;

/**
 * One top-level statement of a Perl data file such as an Athena project.
 *
 * @param kind  what the statement is
 * @param name  the variable name without its sigil ({@code "old_group"}, {@code "args"}), or {@code null}
 *              for {@link Kind#RECORD_END} and {@link Kind#TRUE_VALUE}
 * @param value the assigned value ({@link PerlValue.ListValue} for {@code @name}, {@link PerlValue.HashValue}
 *              for {@code %name}), or {@code null} when nothing is assigned
 * @param line  the line on which the statement starts, counted from 1
 */
public record PerlStatement(Kind kind, String name, PerlValue value, int line) {

	/** The kinds of statement a Data::Dumper file holds. */
	public enum Kind {
		/** {@code $name = value;} */
		SCALAR,
		/** {@code @name = (...);} */
		ARRAY,
		/** {@code %name = (...);} */
		HASH,
		/** Athena's {@code [record]} line, which ends the statements of one data group. */
		RECORD_END,
		/** A bare number such as the {@code 1;} that ends a file Perl can {@code require}. */
		TRUE_VALUE
	}
}
