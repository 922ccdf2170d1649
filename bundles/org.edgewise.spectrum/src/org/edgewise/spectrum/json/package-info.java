/** A strict JSON reader and writer shared by recipes, model cards and evaluation reports. */
package org.edgewise.spectrum.json;
