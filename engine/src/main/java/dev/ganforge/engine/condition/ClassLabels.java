package dev.ganforge.engine.condition;

/** Class labels to ask a conditional generator for. */
public final class ClassLabels {

    private ClassLabels() {}

    /**
     * Classes in turn, continuing from sample {@code first}: sample i gets class i mod
     * {@code classes}, so that a grid of {@code classes} columns has one class per column and
     * {@code count} samples cover the classes evenly.
     *
     * @param first the index of the first sample, for a set drawn in several chunks
     */
    public static int[] inTurn(long first, int count, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("classes in turn need at least one class, found " + classes);
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (int) ((first + i) % classes);
        }
        return labels;
    }
}
