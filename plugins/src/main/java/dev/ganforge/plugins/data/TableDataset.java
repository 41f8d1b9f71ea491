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
 *
 * <p>For image-to-image translation a split has a second table, the sources (domain A). Paired
 * sources are read at the index of their sample, and cut alike ({@link CropAndFlip}); unpaired
 * ones in an epoch order and with cuts of their own, from another random stream.
 */
final class TableDataset implements GanDataset {

    /** Batches prepared ahead of the one asked for; two keep the thread busy while a step runs. */
    private static final int PREFETCH_DEPTH = 2;

    /** The random streams of the samples' and the unpaired sources' cuts and order. */
    private static final long SAMPLE_STREAM = 0;
    private static final long SOURCE_STREAM = 0xA5A5_0001L;

    /**
     * The tables of one split.
     *
     * @param samples the samples (domain B for translation data)
     * @param sources domain A, or {@code null} for data of one domain
     */
    record Domains(SampleTable samples, SampleTable sources) {

        Domains {
            Objects.requireNonNull(samples, "samples");
        }

        /** One domain. */
        static Domains of(SampleTable samples) {
            return samples == null ? null : new Domains(samples, null);
        }
    }

    private final long[] sampleShape;
    private final int sampleSize;
    private final float min;
    private final float span;
    private final Pairing pairing;
    private final Domains train;
    private final Domains test;
    private final int classes;
    private final CropAndFlip augmentation;
    private final EpochOrder order;
    private final EpochOrder sourceOrder;
    private final BatchPrefetcher prefetcher;
    /** Used by {@link #batch} only, on the training thread; each split has its own. */
    private final StagingBuffer staging = new StagingBuffer();
    /** An image as read, before its cut; used on the prefetch thread only. */
    private final float[] loaded;

    /**
     * A dataset of one domain, read as the tables hold it.
     *
     * @param data the spec's data section: the samples' shape and value range
     * @param train the samples batches are drawn from
     * @param test held-out samples, or {@code null} if there are none
     * @param classes the number of classes of the labels, 0 if the samples are unlabelled
     */
    TableDataset(DataSpec data, SampleTable train, SampleTable test, int classes) {
        this(data, Pairing.NONE, Domains.of(train), Domains.of(test), classes, null);
    }

    /**
     * @param data the spec's data section: the samples' shape and value range
     * @param pairing how {@code sources} relate to {@code samples} in each split; {@link Pairing#NONE}
     *     if the splits have no sources
     * @param train the tables batches are drawn from
     * @param test held-out tables, or {@code null} if there are none
     * @param classes the number of classes of the samples' labels, 0 if they are unlabelled
     * @param augmentation how images as read become samples, or {@code null} if the tables hold
     *     them in the spec's shape and nothing is cut or mirrored
     */
    TableDataset(DataSpec data, Pairing pairing, Domains train, Domains test, int classes, CropAndFlip augmentation) {
        this.sampleShape = data.shape().stream().mapToLong(Integer::longValue).toArray();
        this.sampleSize = Math.toIntExact(new Shape(sampleShape).size());
        this.min = (float) data.min();
        this.span = (float) (data.max() - data.min());
        this.pairing = Objects.requireNonNull(pairing, "pairing");
        this.train = Objects.requireNonNull(train, "train");
        this.test = test;
        this.classes = classes;
        this.augmentation = augmentation;
        int tableSize = augmentation == null ? sampleSize : augmentation.loadedSize();
        if (augmentation != null && augmentation.sampleSize() != sampleSize) {
            throw new IllegalArgumentException("an augmentation to " + augmentation.sampleSize()
                    + " values does not fit data.shape " + data.shape());
        }
        for (Domains split : test == null ? new Domains[] {train} : new Domains[] {train, test}) {
            if (pairing.hasSource() != (split.sources() != null)) {
                throw new IllegalArgumentException(pairing + " data " + (pairing.hasSource() ? "needs" : "has no") + " sources");
            }
            if (pairing == Pairing.PAIRED && split.sources().size() != split.samples().size()) {
                throw new IllegalArgumentException(split.sources().size() + " sources cannot pair with "
                        + split.samples().size() + " samples");
            }
            for (SampleTable table : new SampleTable[] {split.samples(), split.sources()}) {
                if (table != null && table.sampleSize() != tableSize) {
                    throw new IllegalArgumentException("samples of " + table.sampleSize() + " values do not fit data.shape "
                            + data.shape());
                }
            }
        }
        this.order = new EpochOrder(train.samples().size());
        this.sourceOrder = pairing == Pairing.UNPAIRED ? new EpochOrder(train.sources().size()) : null;
        this.loaded = augmentation == null ? null : new float[augmentation.loadedSize()];
        this.prefetcher = new BatchPrefetcher(this::build, PREFETCH_DEPTH, "ganforge-dataset-prefetch");
    }

    @Override
    public Batch batch(NDManager manager, long seed, long position, int batchSize) {
        return toBatch(manager, staging, prefetcher.take(seed, position, batchSize), batchSize);
    }

    /** Runs on the prefetch thread, which alone uses {@link #order}, {@link #sourceOrder} and {@link #loaded}. */
    private HostBatch build(long seed, long position, int batchSize) {
        SampleTable samplesTable = train.samples();
        float[] samples = new float[batchSize * sampleSize];
        int[] labels = samplesTable.labelled() ? new int[batchSize] : null;
        float[] sources = pairing.hasSource() ? new float[batchSize * sampleSize] : null;
        long first = position * batchSize;
        for (int i = 0; i < batchSize; i++) {
            long k = first + i;
            int index = order.sampleAt(seed, k);
            CropAndFlip.Cut cut = augmentation == null ? null : augmentation.random(seed, k, SAMPLE_STREAM);
            read(samplesTable, index, cut, loaded, samples, i * sampleSize);
            if (labels != null) {
                labels[i] = samplesTable.label(index);
            }
            if (pairing == Pairing.PAIRED) {
                read(train.sources(), index, cut, loaded, sources, i * sampleSize);
            } else if (pairing == Pairing.UNPAIRED) {
                CropAndFlip.Cut own = augmentation == null ? null : augmentation.random(seed, k, SOURCE_STREAM);
                read(train.sources(), sourceOrder.sampleAt(seed ^ SOURCE_STREAM, k), own, loaded, sources, i * sampleSize);
            }
        }
        return new HostBatch(samples, labels, sources);
    }

    /**
     * Reads sample {@code index} of {@code table} into {@code target} at {@code offset}, cut as
     * {@code cut} says (through {@code scratch}, an image as read) unless it is {@code null}, and
     * mapped to the spec's range.
     */
    private void read(SampleTable table, int index, CropAndFlip.Cut cut, float[] scratch, float[] target, int offset) {
        if (cut == null) {
            table.read(index, target, offset);
        } else {
            table.read(index, scratch, 0);
            augmentation.apply(cut, scratch, target, offset);
        }
        for (int i = offset, end = offset + sampleSize; i < end; i++) {
            target[i] = min + span * target[i];
        }
    }

    private Batch toBatch(NDManager manager, StagingBuffer staging, HostBatch host, int count) {
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = count;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        NDArray samples = staging.floats(manager, host.samples(), new Shape(shape));
        NDArray labels = host.labels() == null ? null : staging.ints(manager, host.labels());
        NDArray sources = host.sources() == null ? null : staging.floats(manager, host.sources(), new Shape(shape));
        return new Batch(samples, labels, sources);
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public Pairing pairing() {
        return pairing;
    }

    @Override
    public Optional<SampleSet> split(Split split) {
        Domains tables = split == Split.TRAIN ? train : test;
        return Optional.ofNullable(tables).map(Ordered::new);
    }

    @Override
    public void close() {
        prefetcher.close();
    }

    /**
     * A split read in its stored order, on the caller's thread, cut at the centre. Unpaired
     * sources are read beside the samples of the same index, and the split is as long as the
     * shorter of its two tables.
     */
    private final class Ordered implements SampleSet {

        private final Domains tables;
        private final StagingBuffer staging = new StagingBuffer();
        private final float[] loaded = augmentation == null ? null : new float[augmentation.loadedSize()];

        Ordered(Domains tables) {
            this.tables = tables;
        }

        @Override
        public int size() {
            int samples = tables.samples().size();
            return tables.sources() == null ? samples : Math.min(samples, tables.sources().size());
        }

        @Override
        public Batch slice(NDManager manager, int from, int count) {
            Objects.checkFromIndexSize(from, count, size());
            SampleTable samplesTable = tables.samples();
            float[] samples = new float[count * sampleSize];
            int[] labels = samplesTable.labelled() ? new int[count] : null;
            float[] sources = tables.sources() == null ? null : new float[count * sampleSize];
            CropAndFlip.Cut cut = augmentation == null ? null : augmentation.centre();
            for (int i = 0; i < count; i++) {
                read(samplesTable, from + i, cut, loaded, samples, i * sampleSize);
                if (labels != null) {
                    labels[i] = samplesTable.label(from + i);
                }
                if (sources != null) {
                    read(tables.sources(), from + i, cut, loaded, sources, i * sampleSize);
                }
            }
            return toBatch(manager, staging, new HostBatch(samples, labels, sources), count);
        }
    }
}
