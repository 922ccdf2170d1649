package org.edgewise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edgewise.tests.support.SharedData;

/** The shared FEFF Cu K-edge archive (OmniXAS, BSD-3-Clause; structures Materials Project, CC BY 4.0). */
final class FeffArchive {

	static final Path ARCHIVE = SharedData.file("feff-cu/feff-cu-k-edge-sites.tar.xz");

	/** One run of CaMg14CuO16 (mp-1036393), the archive's only site of that material. */
	static final String RUN = "Cu/mp-1036393/FEFF-XANES/015_Cu";

	private FeffArchive() {
	}

	/** Unpacks the archive, or only {@code members} of it, into {@code dir} with tar (Java has no xz). */
	static void unpack(Path dir, String... members) throws Exception {
		List<String> command = new ArrayList<>(List.of("tar", "-xJf", ARCHIVE.toString(), "-C", dir.toString()));
		command.addAll(List.of(members));
		Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(tar.getInputStream().readAllBytes());
		assertEquals(0, tar.waitFor(), () -> "tar failed: " + output);
	}
}
