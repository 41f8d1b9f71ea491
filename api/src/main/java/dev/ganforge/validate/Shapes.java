package dev.ganforge.validate;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for the shapes of one sample (without the batch axis). */
public final class Shapes {

    private Shapes() {}

    /** The shape written as in summaries and messages, e.g. {@code 1×28×28}. */
    public static String format(List<Integer> shape) {
        return shape.stream().map(String::valueOf).collect(Collectors.joining("×"));
    }

    /** The number of values in one sample of this shape. */
    public static long size(List<Integer> shape) {
        long size = 1;
        for (int dimension : shape) {
            size *= dimension;
        }
        return size;
    }
}
