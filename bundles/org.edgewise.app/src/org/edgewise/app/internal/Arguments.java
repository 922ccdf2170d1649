package org.edgewise.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command arguments: positional values plus {@code --flag} and {@code --option value} pairs. Options
 * not declared by the command are refused, so a typo never passes silently.
 */
final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();

	/**
	 * @param args        the raw arguments
	 * @param flags       options without a value, e.g. "--json"
	 * @param valued      options that take a value, e.g. "--out"
	 */
	Arguments(List<String> args, Set<String> flags, Set<String> valued) throws UsageException {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (flags.contains(arg)) {
				options.put(arg, "true");
			} else if (valued.contains(arg)) {
				if (i + 1 >= args.size()) {
					throw new UsageException(arg + " needs a value");
				}
				options.put(arg, args.get(++i));
			} else if (arg.startsWith("--")) {
				throw new UsageException("unknown option " + arg);
			} else {
				positional.add(arg);
			}
		}
	}

	List<String> positional() {
		return positional;
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	String option(String name) {
		return options.get(name);
	}

	/** @return the positional arguments as existing files, at least one */
	List<Path> inputFiles() throws UsageException {
		if (positional.isEmpty()) {
			throw new UsageException("no input file given");
		}
		List<Path> files = new ArrayList<>();
		for (String name : positional) {
			Path file = Path.of(name).toAbsolutePath().normalize();
			if (!Files.isRegularFile(file)) {
				throw new UsageException("no such file: " + name);
			}
			files.add(file);
		}
		return files;
	}
}
