/**
 * A training run on disk: the resolved spec, provenance, loss history and plot, sample images
 * and checkpoints in one directory, from which the run can be resumed or sampled.
 */
package dev.ganforge.engine.run;
