/**
 * Compiles a {@link dev.ganforge.spec.GanSpec} onto DJL blocks: one DJL block per spec block,
 * built only from DJL's engine-neutral API, and a Keras-like summary of the result.
 */
package dev.ganforge.engine.compile;
