package org.edgewise.structure;

/**
 * One face of an atom's Voronoi cell: the plane halfway between the atom and one periodic image of a
 * neighbour, which makes that image a Voronoi neighbour.
 *
 * @param neighbour the neighbour image across the face (its distance and vector are from the centre atom)
 * @param area      the face's area in Å²
 */
public record VoronoiFace(Neighbour neighbour, double area) {
}
