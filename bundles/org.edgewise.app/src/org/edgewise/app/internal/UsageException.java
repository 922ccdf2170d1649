package org.edgewise.app.internal;

/** Wrong command-line arguments: the message says what is wrong, and the usage is shown with it. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
