/** Model parameters, cards and the model file format (versioned, checksummed, never Java serialisation). */
package org.edgewise.learn.model;
