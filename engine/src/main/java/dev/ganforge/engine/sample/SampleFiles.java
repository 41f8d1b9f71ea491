package dev.ganforge.engine.sample;

import java.io.Closeable;
import java.io.IOException;

/**
 * The files generated samples go to, written a batch at a time as the generator makes them, so
 * that writing any number of samples takes the memory of one batch. Every file is opened (and
 * created) when the object is, so that one that cannot be written fails before anything is
 * generated.
 */
public interface SampleFiles extends Closeable {

    /**
     * Writes the samples {@code first} to {@code first + n − 1}; batches come in order.
     *
     * @param values their values, row-major, n samples in the spec's shape
     */
    void add(float[] values, int first, int n) throws IOException;

    /** Writes what only the last batch completes (such as a grid); called once, after the last {@link #add}. */
    default void finish() throws IOException {}
}
