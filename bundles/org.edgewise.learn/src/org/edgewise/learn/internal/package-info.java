/** Numeric kernels shared by the models; not API. */
package org.edgewise.learn.internal;
