package dev.ganforge.engine.train;

import ai.djl.ndarray.NDArray;
import java.io.IOException;

/**
 * Receives generated samples a batch at a time, so that any number of them can be written to
 * disk with the memory of one batch (see {@link GanTrainer#generate(int, long, int,
 * java.util.function.IntUnaryOperator, SampleSink)}).
 */
@FunctionalInterface
public interface SampleSink {

    /**
     * Takes one batch.
     *
     * @param samples (n, ...) samples in the spec's shape and value range, on a manager that is
     *     closed when this returns: copy what is to be kept
     * @param first the index of the first of them among all samples of the call, 0 for the first batch
     */
    void accept(NDArray samples, int first) throws IOException;
}
