package dev.ganforge.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.function.Supplier;

/**
 * Times one run of array operations with their results on a scratch manager, closed right after,
 * so that a run's arrays neither pile up nor are freed inside the next run's timing.
 */
final class ScratchTiming {

    private ScratchTiming() {}

    /**
     * The seconds one run of {@code operation} takes. Its results land on a sub-manager of
     * {@code manager}, to which {@code operands} are attached while it runs.
     */
    static double seconds(NDManager manager, Runnable operation, NDArray... operands) {
        try (NDManager scratch = manager.newSubManager()) {
            scratch.tempAttachAll(operands);
            long started = System.nanoTime();
            operation.run();
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** Runs {@code forward} with gradients recorded, then backpropagates from its output. */
    static void forwardAndBackward(Supplier<NDArray> forward) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(forward.get());
        }
    }
}
