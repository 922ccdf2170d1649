package org.edgewise.io;

import org.eclipse.january.dataset.Dataset;

/**
 * One result computed for every spectrum of a set, shaped like the set's map dimensions.
 *
 * @param name   the result's name, used as the NXdata group and field name, e.g. "e0"
 * @param units  units of the values, e.g. "eV"; empty or null for none
 * @param values one value per spectrum, shaped like {@link org.edgewise.spectrum.SpectrumSet#mapShape()}
 */
public record ResultMap(String name, String units, Dataset values) {
}
