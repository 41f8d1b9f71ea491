package dev.ganforge.engine.metric;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Draws samples from the generator being evaluated, in inference mode. A metric sees only this,
 * not the trainer, so that it works the same on a run in training, a checkpoint or any other
 * source of samples.
 *
 * <p>A run's generator ({@code TrainingRun::generate}) runs on batches of the spec's batch size,
 * so that a metric may ask for any count without the generator's activations growing with it;
 * the samples returned are the metric's to hold, so a metric that needs many asks in chunks.
 */
@FunctionalInterface
public interface SampleGenerator {

    /**
     * Generates {@code count} samples from noise drawn with {@code seed}: the same seed gives the
     * same samples.
     *
     * @param manager where the samples are created
     * @param labels (count) int32 class indices to generate, for a conditional GAN; {@code null}
     *     for an unconditional one
     * @return (count, ...) samples in the spec's shape and value range
     */
    NDArray generate(NDManager manager, int count, long seed, NDArray labels);
}
