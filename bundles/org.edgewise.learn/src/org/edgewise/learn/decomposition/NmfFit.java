package org.edgewise.learn.decomposition;

/**
 * The outcome of fitting a non-negative matrix factorisation X &asymp; W H to training data.
 *
 * @param model               the fitted model, holding H
 * @param weights             W, n x m: the non-negative weights of the training rows; the caller's to keep
 * @param iterations          the alternating iterations run (fewer than the limit if the tolerance stopped them)
 * @param reconstructionError the Frobenius norm |X - W H| of the training data
 */
public record NmfFit(Nmf model, double[][] weights, int iterations, double reconstructionError) {
}
