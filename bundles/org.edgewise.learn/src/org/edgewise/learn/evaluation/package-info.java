/** Honest evaluation: splits, cross-validation, grid search, bootstrap, metrics and ensembles. */
package org.edgewise.learn.evaluation;
