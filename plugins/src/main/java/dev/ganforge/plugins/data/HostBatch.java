package dev.ganforge.plugins.data;

/**
 * A batch prepared off the engine, as plain arrays, so that a background thread can build it
 * and the training thread turns it into NDArrays on its own manager.
 *
 * @param samples N samples, one after the other, already in the spec's value range
 * @param labels N classes, or {@code null} for unlabelled data
 * @param sources N samples of the other domain (see {@link dev.ganforge.engine.data.Batch#source}),
 *     or {@code null} for data of one domain
 */
record HostBatch(float[] samples, int[] labels, float[] sources) {}
