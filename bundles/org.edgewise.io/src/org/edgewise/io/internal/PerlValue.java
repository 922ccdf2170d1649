package org.edgewise.io.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value written by Perl's Data::Dumper, as {@link PerlDataParser} reads it: data only, nothing that runs.
 * Perl does not tell numbers from strings, so both are a {@link Scalar} holding the literal's text.
 */
public sealed interface PerlValue {

	/** A string or number literal; {@code text} is the string after unescaping, or the number as written. */
	record Scalar(String text) implements PerlValue {
	}

	/** Perl's {@code undef}. */
	enum Undef implements PerlValue {
		/** The one undefined value. */
		INSTANCE
	}

	/** A list: {@code (a, b)} on the right of an {@code @name =}, or an array reference {@code [a, b]}. */
	record ListValue(List<PerlValue> items) implements PerlValue {

		/** @param items copied */
		public ListValue {
			items = List.copyOf(items);
		}
	}

	/** A hash: {@code (k => v)} on the right of a {@code %name =}, or a hash reference {@code {k => v}}. */
	record HashValue(Map<String, PerlValue> entries) implements PerlValue {

		/** @param entries copied, keeping their order */
		public HashValue {
			entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
		}
	}
}
