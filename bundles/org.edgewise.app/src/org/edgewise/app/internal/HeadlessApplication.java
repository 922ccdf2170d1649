package org.edgewise.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Edgewise application: {@code -application org.edgewise.app.headless COMMAND ARGS}.
 * <p>
 * The Equinox launcher exits 0 even when an application fails, so besides returning its exit code the
 * application writes it to the file named by the system property {@value #STATUS_PROPERTY}, which the
 * {@code edgewise} script reads.
 */
public final class HeadlessApplication implements IApplication {

	/** System property naming a file that receives the exit code. */
	public static final String STATUS_PROPERTY = "edgewise.status.file";

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public HeadlessApplication() {
		add(new AnalyzeCommand());
		add(new NormalizeCommand());
		add(new InspectCommand());
		add(new PrepareCommand());
		add(new ExamplesCommand());
		add(new GeometryCommand());
		add(new DescribeCommand());
		add(new BenchCommand());
		add(new HelpCommand(commands.values()));
	}

	private void add(Command command) {
		commands.put(command.name(), command);
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int code = run(args == null ? List.of() : Arrays.asList(args), System.out, System.err);
		writeStatus(code);
		return code;
	}

	/** Runs one command line; all failures become a message on {@code err} and a non-zero code. */
	int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			return run(List.of("help"), out, err);
		}
		Command command = commands.get(args.get(0));
		if (command == null) {
			err.println("edgewise: unknown command '" + args.get(0) + "'; try 'help'");
			return 2;
		}
		try {
			return command.run(args.subList(1, args.size()), out);
		} catch (UsageException e) {
			err.println("edgewise " + command.name() + ": " + e.getMessage());
			err.println("usage: " + command.usage());
			return 2;
		} catch (Exception e) {
			err.println("edgewise " + command.name() + ": error: " + describe(e));
			return 1;
		}
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private static void writeStatus(int code) {
		String statusFile = System.getProperty(STATUS_PROPERTY);
		if (statusFile == null) {
			return;
		}
		try {
			Files.writeString(Path.of(statusFile), Integer.toString(code), StandardCharsets.UTF_8);
		} catch (IOException e) {
			System.err.println("edgewise: cannot write status file " + statusFile + ": " + e.getMessage());
		}
	}

	@Override
	public void stop() {
		// Commands run to completion or fail; there is no long-lived state to release.
	}
}
