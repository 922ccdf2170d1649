package org.edgewise.spectrum.json;

/** A text is not well-formed JSON. The message names the source, the line and column, and the problem. */
public class JsonFormatException extends IllegalArgumentException {

	/** @param message the source, the place and the problem */
	public JsonFormatException(String message) {
		super(message);
	}
}
