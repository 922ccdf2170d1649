package org.edgewise.app.internal;

import java.nio.file.Path;

/** Names of files written for an input: its name without extension plus a suffix. */
final class OutputNames {

	private OutputNames() {
	}

	/** @return e.g. {@code scan_edgewise.nxs} for {@code scan.nxs} and suffix {@code _edgewise.nxs} */
	static String withSuffix(Path input, String suffix) {
		String name = input.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name) + suffix;
	}
}
