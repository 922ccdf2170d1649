/** Linear models: ridge regression with cross-validated regularisation, Bayesian linear regression and active learning. */
package org.edgewise.learn.linear;
