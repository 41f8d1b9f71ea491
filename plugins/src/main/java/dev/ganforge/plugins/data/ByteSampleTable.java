package dev.ganforge.plugins.data;

import java.util.Objects;

/**
 * Samples held in memory as unsigned bytes (0 to 255 for [0, 1]), as IDX files store them and as
 * the built-in shapes are drawn: a quarter of the memory of floats.
 */
final class ByteSampleTable implements SampleTable {

    private static final float SCALE = 1f / 255;

    private final byte[] values;
    private final int sampleSize;
    private final int[] labels;

    /**
     * @param values every sample's values, one sample after the other
     * @param sampleSize values per sample
     * @param labels one class per sample, or {@code null} for unlabelled samples
     */
    ByteSampleTable(byte[] values, int sampleSize, int[] labels) {
        this.values = Objects.requireNonNull(values, "values");
        this.sampleSize = sampleSize;
        this.labels = labels;
        if (sampleSize <= 0 || values.length % sampleSize != 0) {
            throw new IllegalArgumentException(values.length + " values are not whole samples of " + sampleSize);
        }
        if (labels != null && labels.length != size()) {
            throw new IllegalArgumentException(size() + " samples but " + labels.length + " labels");
        }
    }

    @Override
    public int size() {
        return values.length / sampleSize;
    }

    @Override
    public int sampleSize() {
        return sampleSize;
    }

    @Override
    public int[] labels() {
        return labels;
    }

    @Override
    public void read(int index, float[] target, int offset) {
        int from = index * sampleSize;
        for (int i = 0; i < sampleSize; i++) {
            target[offset + i] = (values[from + i] & 0xFF) * SCALE;
        }
    }
}
