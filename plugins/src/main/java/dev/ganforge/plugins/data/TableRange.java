package dev.ganforge.plugins.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Samples {@code from} to {@code from + size - 1} of another table, as a table of their own: a
 * half of the training images that the unpaired edges task draws one domain from.
 */
final class TableRange implements SampleTable {

    private final SampleTable table;
    private final int from;
    private final int size;
    private final int[] labels;

    TableRange(SampleTable table, int from, int size) {
        this.table = table;
        this.from = from;
        this.size = size;
        Objects.checkFromIndexSize(from, size, table.size());
        this.labels = table.labelled() ? Arrays.copyOfRange(table.labels(), from, from + size) : null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int sampleSize() {
        return table.sampleSize();
    }

    @Override
    public int[] labels() {
        return labels;
    }

    @Override
    public void read(int index, float[] target, int offset) {
        table.read(from + Objects.checkIndex(index, size), target, offset);
    }
}
