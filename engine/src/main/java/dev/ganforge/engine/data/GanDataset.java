package dev.ganforge.engine.data;

import ai.djl.ndarray.NDManager;

/**
 * Real samples for training. A batch is a pure function of the run's seed and its position, so
 * that a run resumed from a checkpoint sees exactly the batches it would have seen. Dataset
 * plugins create a {@link DatasetSource}, which opens the dataset for a spec's shape and range.
 */
public interface GanDataset extends AutoCloseable {

    /**
     * The batch at a position of the run.
     *
     * @param manager where the batch's arrays are created (a per-step manager)
     * @param seed the run's seed
     * @param position the batch's position in the run, counting from 0
     * @param batchSize the number of samples
     */
    Batch batch(NDManager manager, long seed, long position, int batchSize);

    /**
     * Points that mark the real distribution in plots of 2-D samples (a mixture's mode centres),
     * each {x, y}; empty if there are none.
     */
    default java.util.List<double[]> referencePoints() {
        return java.util.List.of();
    }

    /** The number of classes of the labels, or 0 for unlabelled data. */
    default int classes() {
        return 0;
    }

    /**
     * How this dataset pairs two domains for image-to-image translation ({@link Batch#source}):
     * {@link Pairing#NONE} (the default) for a dataset of one domain.
     */
    default Pairing pairing() {
        return Pairing.NONE;
    }

    /** Whether a dataset has a second domain, and whether its images are pairs (see {@link Batch}). */
    enum Pairing {
        /** One domain: batches have no {@link Batch#source}. */
        NONE,
        /**
         * Two domains in true pairs: {@code source[i]} (domain A) translates to {@code samples[i]}
         * (domain B), in every batch and in the splits.
         */
        PAIRED,
        /**
         * Two domains drawn independently: batches carry a source, but it is not the pair of the
         * sample beside it.
         */
        UNPAIRED;

        /** Whether batches carry a {@link Batch#source}. */
        public boolean hasSource() {
            return this != NONE;
        }
    }

    /** The splits of a dataset that evaluation can read in order. */
    enum Split {
        /** The samples training draws from (a classifier for evaluation is trained on them). */
        TRAIN,
        /** Held-out samples that generated ones are compared with. */
        TEST
    }

    /** The samples of {@code split} in a fixed order, if this dataset has such a split. */
    default java.util.Optional<SampleSet> split(Split split) {
        return java.util.Optional.empty();
    }

    @Override
    default void close() {}
}
