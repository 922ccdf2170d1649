/** Similarity maps: classical metric MDS and Isomap, with placement of new spectra in a fitted map. */
package org.edgewise.learn.manifold;
