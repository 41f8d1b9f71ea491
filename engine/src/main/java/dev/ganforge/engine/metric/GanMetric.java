package dev.ganforge.engine.metric;

import dev.ganforge.engine.data.GanDataset;
import java.io.IOException;
import java.util.Map;

/**
 * A measure of sample quality: named figures computed from a generator and the real data. A
 * metric plugin ({@code PluginFamily.METRIC}) creates one; a run keeps it for all its
 * evaluations, so it may hold what it learned once (a trained classifier, the real data's
 * statistics) between calls.
 */
public interface GanMetric extends AutoCloseable {

    /**
     * Checks, before any training, that this metric can evaluate a GAN of {@code dataset}.
     *
     * @param conditional whether the generator will take class labels
     * @throws IllegalArgumentException saying what is missing and how to fix it (e.g. the
     *     dataset has no test split or no labels)
     */
    default void requireUsable(GanDataset dataset, boolean conditional) {}

    /**
     * Checks, at validation and before any data is read, that this metric can measure a GAN
     * that is (or is not) conditional: a measure of label accuracy cannot measure an
     * unconditional one.
     *
     * @throws IllegalArgumentException saying why, and what to change in the spec
     */
    default void requireConditioning(boolean conditional) {}

    /**
     * Computes the figures for the generator of {@code evaluation}.
     *
     * @return figure names (lowercase-kebab, e.g. {@code fid}) to values, in a stable order
     * @throws IOException if a file the metric keeps (e.g. a cache) cannot be read or written
     */
    Map<String, Double> evaluate(Evaluation evaluation) throws IOException;

    @Override
    default void close() {}
}
