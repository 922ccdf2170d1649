/** Non-negative matrix factorisation, the spectral compression Hirai et al. found best. */
package org.edgewise.learn.decomposition;
