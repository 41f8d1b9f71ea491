package dev.ganforge.engine.train;

import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.TrainingEngine;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Test support: trainers whose every backward pass starts right after a full garbage collection
 * has freed what Java no longer refers to. A computation that leaves the engine's graph reading
 * memory that only a Java object kept alive (DJL's scalar operations on PyTorch; see
 * {@link dev.ganforge.engine.compile.Scalars}) then computes a wrong gradient every time, where a
 * normal run does so only when a collection happens to fall between its forward and backward pass.
 */
public final class GarbageBeforeBackward {

    private static final EngineSupport PYTORCH = EngineSupport.of(TrainingEngine.PYTORCH);

    private GarbageBeforeBackward() {}

    /** {@code builder}, for a PyTorch spec, with a full collection before every backward pass. */
    public static GanTrainer.Builder everyTime(GanTrainer.Builder builder) {
        return builder.optBackpropagation((collector, value, keepGraph) -> {
            collect();
            return PYTORCH.backward(collector, value, keepGraph);
        });
    }

    /**
     * Runs full collections until the JVM has run the cleaners of what the first one found, a
     * direct buffer's among them: the reference handler runs a cleaner in the pass that enqueues
     * the other references it found, and takes one pass at a time, so once a second collection's
     * reference is enqueued, the first pass is over.
     */
    public static void collect() {
        for (int round = 0; round < 2; round++) {
            ReferenceQueue<Object> queue = new ReferenceQueue<>();
            WeakReference<Object> sentinel = new WeakReference<>(new Object(), queue);
            try {
                while (queue.remove(100) == null) {
                    System.gc();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a garbage collection", e);
            }
            sentinel.clear();
        }
    }
}
