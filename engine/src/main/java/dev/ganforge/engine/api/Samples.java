package dev.ganforge.engine.api;

import java.util.Arrays;
import java.util.List;

/**
 * Generated samples as Java arrays ({@link Run#sample}): each sample's values in the spec's
 * shape and value range, row-major ({@code C×H×W} for an image), and for a conditional GAN the
 * class each was generated for. Immutable: the arrays it gives are copies.
 */
public final class Samples {

    private final long step;
    private final List<Integer> shape;
    private final int size;
    private final float[] values;
    private final int[] labels;

    /**
     * @param values every sample's values, one after another
     * @param labels the class of each sample, or an empty array for an unconditional GAN
     */
    Samples(long step, List<Integer> shape, float[] values, int[] labels) {
        this.step = step;
        this.shape = List.copyOf(shape);
        this.size = shape.stream().mapToInt(Integer::intValue).reduce(1, Math::multiplyExact);
        this.values = values;
        this.labels = labels;
    }

    /** The step of the generator that made them. */
    public long step() {
        return step;
    }

    /** The number of samples. */
    public int count() {
        return values.length / size;
    }

    /** The shape of one sample, as the spec's {@code data.shape}: {@code [C, H, W]} or {@code [n]}. */
    public List<Integer> shape() {
        return shape;
    }

    /**
     * The values of sample {@code index} (from 0), row-major.
     *
     * @throws IndexOutOfBoundsException if there is no such sample
     */
    public float[] sample(int index) {
        java.util.Objects.checkIndex(index, count());
        return Arrays.copyOfRange(values, index * size, (index + 1) * size);
    }

    /** Every sample's values: {@code count()} rows of {@code C·H·W} (or {@code n}) values. */
    public float[][] toArray() {
        float[][] rows = new float[count()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = sample(i);
        }
        return rows;
    }

    /** The class each sample was generated for, in order; empty for an unconditional GAN. */
    public int[] labels() {
        return labels.clone();
    }
}
