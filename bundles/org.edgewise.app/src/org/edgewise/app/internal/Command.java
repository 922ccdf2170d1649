package org.edgewise.app.internal;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the headless application, e.g. {@code normalize}. */
interface Command {

	/** @return the word that selects this command */
	String name();

	/** @return the argument synopsis and one line on what it does, for {@code help} */
	String usage();

	/**
	 * @param args the arguments after the command name
	 * @param out  where results go (errors are thrown, not printed)
	 * @return the process exit code: 0 when everything asked for was done
	 * @throws UsageException on wrong arguments
	 * @throws Exception      on any failure, whose message is shown to the user
	 */
	int run(List<String> args, PrintStream out) throws Exception;
}
