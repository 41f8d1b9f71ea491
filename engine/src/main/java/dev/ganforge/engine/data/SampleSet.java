package dev.ganforge.engine.data;

import ai.djl.ndarray.NDManager;

/**
 * A fixed, ordered set of real samples (and labels, if the data has them), read in slices: the
 * training or test split of a dataset, for evaluation such as a classifier-based Fréchet
 * distance. Unlike {@link GanDataset#batch}, nothing here is shuffled or augmented.
 */
public interface SampleSet {

    /** The number of samples. */
    int size();

    /**
     * Samples {@code from} to {@code from + count - 1}, in the spec's shape and value range. For
     * a dataset of two domains the slice carries the sources too ({@link Batch#source}): for paired
     * data each sample's true pair, so that held-out inputs can be translated and compared with
     * their targets.
     *
     * @param manager where the arrays are created
     * @throws IndexOutOfBoundsException if the slice is not inside the set
     */
    Batch slice(NDManager manager, int from, int count);
}
