package dev.ganforge.plugins.data;

/**
 * A fixed, indexed set of samples, each already in the spec's shape, with values in [0, 1]:
 * what {@link TableDataset} draws batches and splits from. Implementations must allow reads from
 * several threads at once (the prefetch thread and an evaluation reading a split).
 */
interface SampleTable {

    /** The number of samples. */
    int size();

    /** The number of values in one sample (channels × height × width). */
    int sampleSize();

    /** Each sample's class, or {@code null} for unlabelled samples; not to be changed. */
    int[] labels();

    /** Whether every sample has a class label. */
    default boolean labelled() {
        return labels() != null;
    }

    /** The class of sample {@code index}; only for a {@link #labelled()} table. */
    default int label(int index) {
        return labels()[index];
    }

    /**
     * Writes sample {@code index} into {@code target} from {@code offset}, {@link #sampleSize()}
     * values in [0, 1], channel-major (C, H, W).
     *
     * @throws java.io.UncheckedIOException if the sample's file cannot be read
     */
    void read(int index, float[] target, int offset);
}
