package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Checks that a dataset's batches own their memory and leave no direct buffer behind:
 * {@code NDManager.create(float[])} makes a direct buffer per array on DJL's PyTorch engine, which
 * stays resident until a garbage collection that a fixed, seldom-filled heap may not run for a
 * long time (docs/engine-notes.md, "RSS and the JVM heap").
 */
final class DirectBufferCheck {

    private DirectBufferCheck() {}

    /** Asserts both properties over 200 batches of {@code batchSize} with seed 42. */
    static void assertBatchesOwnTheirMemoryAndLeaveNoDirectBuffers(GanDataset dataset, int batchSize) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Batch first = dataset.batch(manager, 42, 0, batchSize);
            float[] firstValues = first.samples().toFloatArray();
            Batch second = dataset.batch(manager, 42, 1, batchSize);
            assertFalse(Arrays.equals(firstValues, second.samples().toFloatArray()), "two different batches");
            assertArrayEquals(firstValues, first.samples().toFloatArray(), "the first batch is its own memory, not a staging buffer");

            BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .filter(pool -> pool.getName().equals("direct")).findFirst().orElseThrow();
            long before = direct.getCount();
            for (int position = 2; position < 202; position++) {
                try (NDManager step = manager.newSubManager()) {
                    dataset.batch(step, 42, position, batchSize);
                }
            }
            // A direct buffer per batch would add 200 or more, until a garbage collection that
            // nothing here asks for.
            assertTrue(direct.getCount() - before < 20, "direct buffers: " + before + " -> " + direct.getCount());
        }
    }
}
