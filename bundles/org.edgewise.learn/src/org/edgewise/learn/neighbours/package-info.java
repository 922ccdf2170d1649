/** k-nearest neighbours: classification, regression with spread, and the nearest training spectra behind each answer. */
package org.edgewise.learn.neighbours;
