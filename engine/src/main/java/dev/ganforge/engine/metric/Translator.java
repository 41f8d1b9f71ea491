package dev.ganforge.engine.metric;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Translates images of domain A into domain B with the generator being evaluated, in inference
 * mode: what a metric of an image-to-image run (pix2pix, CycleGAN's A → B generator) sees instead
 * of a {@link SampleGenerator}. Its inputs and outputs lie in the value range it states, the spec's
 * {@code data.range}.
 *
 * <p>The generator runs on all {@code inputs} at once, so a metric asks in chunks.
 */
public interface Translator {

    /**
     * Translates {@code inputs}.
     *
     * @param manager where the translations are created
     * @param inputs (N, ...) domain A images in the spec's shape and value range
     * @param labels (N) int32 classes for a conditional generator, {@code null} for an unconditional one
     * @return (N, ...) domain B images in the spec's shape and value range
     */
    NDArray translate(NDManager manager, NDArray inputs, NDArray labels);

    /**
     * Translates {@code inputs} of domain B back into domain A, for a recipe with a second
     * generator (CycleGAN's {@code generator-ba}).
     *
     * @throws UnsupportedOperationException if the run translates only A → B ({@link #hasInverse()} is false)
     */
    default NDArray translateBack(NDManager manager, NDArray inputs, NDArray labels) {
        throw new UnsupportedOperationException("this run translates only A to B");
    }

    /** Whether {@link #translateBack} is supported. */
    default boolean hasInverse() {
        return false;
    }

    /** The least value of an image (the spec's {@code data.range} start). */
    double min();

    /** The greatest value of an image (the spec's {@code data.range} end). */
    double max();
}
