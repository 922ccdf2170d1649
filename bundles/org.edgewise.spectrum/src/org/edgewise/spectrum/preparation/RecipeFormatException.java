package org.edgewise.spectrum.preparation;

/**
 * A recipe in JSON cannot be read: the text is not well-formed JSON, or it is JSON that does not describe
 * a recipe this version understands (wrong format or version, unknown step kind, bad parameter). The
 * message names the source (a file, a field of a model file), then the place in it (line and column, or the
 * field path such as {@code steps[2].parameters.points}) and what is wrong.
 */
public class RecipeFormatException extends IllegalArgumentException {

	/** @param message the source, the place and the problem */
	public RecipeFormatException(String message) {
		super(message);
	}

	/**
	 * @param message the source, the place and the problem
	 * @param cause   the error of the step factory that rejected the parameters
	 */
	public RecipeFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
