package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Split;
import dev.ganforge.spec.DataSpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batches as a pure function of (seed, position), epoch by epoch, prefetched on a thread of their own. */
class TableDatasetTest {

    private static final DataSpec DATA = new DataSpec(List.of(1), 0, 255, null);
    private static final int SIZE = 30;

    /** Sample i has the single value i (0 to 29 in the range [0, 255]) and label i mod 3. */
    private static TableDataset numbered() {
        byte[] values = new byte[SIZE];
        int[] labels = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = (byte) i;
            labels[i] = i % 3;
        }
        return new TableDataset(DATA, new ByteSampleTable(values, 1, labels), null, 3);
    }

    @Test
    void sameSeedAndPositionGiveTheSameBatchInAnyOrderOfRequests() {
        try (GanDataset inOrder = numbered(); GanDataset jumping = numbered(); NDManager manager = NDManager.newBaseManager()) {
            float[][] sequential = new float[8][];
            for (int position = 0; position < 8; position++) {
                sequential[position] = inOrder.batch(manager, 42, position, 7).samples().toFloatArray();
            }
            for (int position : new int[] {5, 0, 7, 6, 3, 3, 1}) {
                Batch batch = jumping.batch(manager, 42, position, 7);
                assertArrayEquals(sequential[position], batch.samples().toFloatArray(), "position " + position);
                int[] expectedLabels = IntStream.range(0, 7).map(i -> Math.round(sequential[position][i]) % 3).toArray();
                assertArrayEquals(expectedLabels, batch.labels().toIntArray(), "labels travel with their samples");
            }
            assertFalse(Arrays.equals(sequential[0], jumping.batch(manager, 43, 0, 7).samples().toFloatArray()),
                    "another seed, another order");
        }
    }

    @Test
    void everyEpochVisitsEverySampleOnceInItsOwnOrder() {
        try (GanDataset dataset = numbered(); NDManager manager = NDManager.newBaseManager()) {
            // Batches of 4 do not divide 30: they run across the epoch's end, and one epoch is
            // samples 0 to 29 of the run's sequence whatever the batch boundaries.
            float[] sequence = new float[60];
            for (int position = 0; position < 15; position++) {
                float[] batch = dataset.batch(manager, 7, position, 4).samples().toFloatArray();
                System.arraycopy(batch, 0, sequence, 4 * position, 4);
            }
            float[] first = Arrays.copyOfRange(sequence, 0, SIZE);
            float[] second = Arrays.copyOfRange(sequence, SIZE, 2 * SIZE);
            assertFalse(Arrays.equals(first, second), "each epoch is shuffled anew");
            float[] all = new float[SIZE];
            for (int i = 0; i < SIZE; i++) {
                all[i] = i;
            }
            Arrays.sort(first);
            Arrays.sort(second);
            assertArrayEquals(all, first, 1e-4f);
            assertArrayEquals(all, second, 1e-4f);
        }
    }

    @Test
    void splitSlicesKeepTheStoredOrder() {
        try (GanDataset dataset = numbered(); NDManager manager = NDManager.newBaseManager()) {
            Batch slice = dataset.split(Split.TRAIN).orElseThrow().slice(manager, 10, 3);
            assertArrayEquals(new float[] {10, 11, 12}, slice.samples().toFloatArray(), 1e-4f);
            assertArrayEquals(new int[] {1, 2, 0}, slice.labels().toIntArray());
            assertTrue(dataset.split(Split.TEST).isEmpty());
            assertThrows(IndexOutOfBoundsException.class, () -> dataset.split(Split.TRAIN).orElseThrow().slice(manager, 28, 3));
        }
    }

    @Test
    void closeStopsThePrefetchThread() {
        long before = prefetchThreads();
        GanDataset dataset = numbered();
        try (NDManager manager = NDManager.newBaseManager()) {
            dataset.batch(manager, 1, 0, 4);
        }
        assertEquals(before + 1, prefetchThreads(), "batches are prepared on a thread of their own");
        dataset.close();
        assertEquals(before, prefetchThreads());
    }

    private static long prefetchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("ganforge-dataset-prefetch") && thread.isAlive())
                .count();
    }

    @Test
    void aBatchKeepsItsValuesWhenTheNextIsMadeAndBatchesLeaveNoDirectBuffersBehind() {
        try (GanDataset dataset = numbered()) {
            DirectBufferCheck.assertBatchesOwnTheirMemoryAndLeaveNoDirectBuffers(dataset, 7);
        }
    }
}
