package dev.ganforge.engine.data;

import ai.djl.ndarray.NDArray;

/**
 * One batch of real samples.
 *
 * @param samples (N, ...) in the spec's value range
 * @param labels (N) class indices as int32, or {@code null} for unlabelled data
 */
public record Batch(NDArray samples, NDArray labels) {}
