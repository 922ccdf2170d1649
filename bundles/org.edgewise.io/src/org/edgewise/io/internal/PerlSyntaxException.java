package org.edgewise.io.internal;

/**
 * Text that is not in the subset of Perl that Data::Dumper writes (or that would need running). Readers turn
 * it into a {@link org.edgewise.io.DataFileException} naming the file.
 */
public final class PerlSyntaxException extends Exception {

	private final int line;
	private final String problem;

	/**
	 * @param line    the line of the problem, counted from 1
	 * @param problem what is wrong
	 */
	public PerlSyntaxException(int line, String problem) {
		super("line " + line + ": " + problem);
		this.line = line;
		this.problem = problem;
	}

	/** @return the line of the problem, counted from 1 */
	public int line() {
		return line;
	}

	/** @return what is wrong, without the line */
	public String problem() {
		return problem;
	}
}
