package org.edgewise.spectrum.normalization;

/**
 * What {@link EdgeStepNormalization} found for one spectrum: the parameters actually used (defaults
 * resolved) and the curves, one value per energy point of the spectrum.
 * <p>
 * The arrays are created for this result alone and are not copied again by the accessors; treat them as
 * read-only.
 *
 * @param e0        edge energy in eV
 * @param edgeStep  edge step, always positive
 * @param pre1      lower end of the pre-edge fit range, eV relative to E0
 * @param pre2      upper end of the pre-edge fit range, eV relative to E0
 * @param norm1     lower end of the post-edge fit range, eV relative to E0
 * @param norm2     upper end of the post-edge fit range, eV relative to E0
 * @param nnorm     degree of the post-edge polynomial
 * @param nvict     Victoreen exponent used for the pre-edge line (0 when the pre-edge range held too few
 *                  points for a line)
 * @param preSlope  slope of the line fitted to mu E<sup>nvict</sup> below the edge
 * @param preOffset intercept (at E = 0 eV) of that line
 * @param preEdge   the pre-edge curve (preOffset + preSlope E) E<sup>-nvict</sup>
 * @param postEdge  the pre-edge curve plus the post-edge polynomial
 * @param norm      (mu - preEdge) / edgeStep
 * @param flat      norm with the post-edge curvature removed above E0 (equal to norm below E0)
 */
public record NormalizationResult(double e0, double edgeStep, double pre1, double pre2, double norm1, double norm2,
		int nnorm, int nvict, double preSlope, double preOffset, double[] preEdge, double[] postEdge, double[] norm,
		double[] flat) {
}
