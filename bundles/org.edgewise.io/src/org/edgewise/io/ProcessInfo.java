package org.edgewise.io;

import java.util.Map;

/**
 * What produced a set of results, for the NXprocess group of a result file.
 *
 * @param program    program name, e.g. "Edgewise"
 * @param version    program version
 * @param date       when the processing ran, ISO 8601
 * @param parameters the settings that decide the result, as text; copied
 */
public record ProcessInfo(String program, String version, String date, Map<String, String> parameters) {

	/** @throws NullPointerException if the parameter map, a key or a value is null */
	public ProcessInfo {
		parameters = Map.copyOf(parameters);
	}
}
