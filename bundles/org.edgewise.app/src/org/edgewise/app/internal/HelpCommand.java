package org.edgewise.app.internal;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;

/** Lists the commands with their usage. */
final class HelpCommand implements Command {

	private final Collection<Command> commands;

	HelpCommand(Collection<Command> commands) {
		this.commands = commands;
	}

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String usage() {
		return "help                      this list";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		out.println("Edgewise headless commands:");
		for (Command command : commands) {
			out.println("  " + command.usage());
		}
		return 0;
	}
}
