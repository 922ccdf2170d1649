package org.edgewise.learn.network;

/**
 * How well a network fits labelled samples.
 *
 * @param loss      the mean per-sample loss (the training objective, in inference mode)
 * @param score     the mean per-sample score, e.g. accuracy for a classifier
 * @param scoreName what the score measures
 */
public record LossAndScore(double loss, double score, String scoreName) {
}
