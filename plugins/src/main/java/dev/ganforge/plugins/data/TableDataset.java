package dev.ganforge.plugins.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.spec.DataSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset of fixed training (and optionally test) samples: batches visit the training samples
 * in a fresh permutation every epoch ({@link EpochOrder}), prepared ahead on a background thread
 * ({@link BatchPrefetcher}); the splits read the samples in their stored order. Values are mapped
 * from the tables' [0, 1] to the spec's range.
 */
final class TableDataset implements GanDataset {

    /** Batches prepared ahead of the one asked for; two keep the thread busy while a step runs. */
    private static final int PREFETCH_DEPTH = 2;

    private final long[] sampleShape;
    private final float min;
    private final float span;
    private final SampleTable train;
    private final SampleTable test;
    private final int classes;
    private final EpochOrder order;
    private final BatchPrefetcher prefetcher;
    /** Used by {@link #batch} only, on the training thread; each split has its own. */
    private final StagingBuffer staging = new StagingBuffer();

    /**
     * @param data the spec's data section: the samples' shape and value range
     * @param train the samples batches are drawn from
     * @param test held-out samples, or {@code null} if there are none
     * @param classes the number of classes of the labels, 0 if the samples are unlabelled
     */
    TableDataset(DataSpec data, SampleTable train, SampleTable test, int classes) {
        this.sampleShape = data.shape().stream().mapToLong(Integer::longValue).toArray();
        this.min = (float) data.min();
        this.span = (float) (data.max() - data.min());
        this.train = Objects.requireNonNull(train, "train");
        this.test = test;
        this.classes = classes;
        long sampleSize = new Shape(sampleShape).size();
        for (SampleTable table : test == null ? new SampleTable[] {train} : new SampleTable[] {train, test}) {
            if (table.sampleSize() != sampleSize) {
                throw new IllegalArgumentException("samples of " + table.sampleSize() + " values do not fit data.shape "
                        + data.shape());
            }
        }
        this.order = new EpochOrder(train.size());
        this.prefetcher = new BatchPrefetcher(this::build, PREFETCH_DEPTH, "ganforge-dataset-prefetch");
    }

    @Override
    public Batch batch(NDManager manager, long seed, long position, int batchSize) {
        return toBatch(manager, staging, prefetcher.take(seed, position, batchSize), batchSize);
    }

    /** Runs on the prefetch thread, which alone uses {@link #order}. */
    private HostBatch build(long seed, long position, int batchSize) {
        int sampleSize = train.sampleSize();
        float[] samples = new float[batchSize * sampleSize];
        int[] labels = train.labelled() ? new int[batchSize] : null;
        long first = position * batchSize;
        for (int i = 0; i < batchSize; i++) {
            int index = order.sampleAt(seed, first + i);
            read(train, index, samples, i * sampleSize);
            if (labels != null) {
                labels[i] = train.label(index);
            }
        }
        return new HostBatch(samples, labels);
    }

    private void read(SampleTable table, int index, float[] target, int offset) {
        table.read(index, target, offset);
        for (int i = offset, end = offset + table.sampleSize(); i < end; i++) {
            target[i] = min + span * target[i];
        }
    }

    private Batch toBatch(NDManager manager, StagingBuffer staging, HostBatch host, int count) {
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = count;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        NDArray samples = staging.floats(manager, host.samples(), new Shape(shape));
        NDArray labels = host.labels() == null ? null : staging.ints(manager, host.labels());
        return new Batch(samples, labels);
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public Optional<SampleSet> split(Split split) {
        SampleTable table = split == Split.TRAIN ? train : test;
        return Optional.ofNullable(table).map(Ordered::new);
    }

    @Override
    public void close() {
        prefetcher.close();
    }

    /** A split read in its stored order, on the caller's thread. */
    private final class Ordered implements SampleSet {

        private final SampleTable table;
        private final StagingBuffer staging = new StagingBuffer();

        Ordered(SampleTable table) {
            this.table = table;
        }

        @Override
        public int size() {
            return table.size();
        }

        @Override
        public Batch slice(NDManager manager, int from, int count) {
            Objects.checkFromIndexSize(from, count, table.size());
            int sampleSize = table.sampleSize();
            float[] samples = new float[count * sampleSize];
            int[] labels = table.labelled() ? new int[count] : null;
            for (int i = 0; i < count; i++) {
                read(table, from + i, samples, i * sampleSize);
                if (labels != null) {
                    labels[i] = table.label(from + i);
                }
            }
            return toBatch(manager, staging, new HostBatch(samples, labels), count);
        }
    }
}
