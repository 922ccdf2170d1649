package org.edgewise.learn.model;

/**
 * Model parameters or a model file cannot be used: an entry is missing, has another type or shape than
 * the model needs, or holds values the model refuses. The message names the entry (and the file, where
 * there is one) and what is wrong.
 */
public class ModelFormatException extends IllegalArgumentException {

	/** @param message the file or entry, and the problem */
	public ModelFormatException(String message) {
		super(message);
	}

	/**
	 * @param message the file or entry, and the problem
	 * @param cause   the underlying failure
	 */
	public ModelFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
