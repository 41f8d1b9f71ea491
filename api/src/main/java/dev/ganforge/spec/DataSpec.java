package dev.ganforge.spec;

import java.util.List;
import java.util.Objects;

/**
 * The real data: the shape of one sample (channels × height × width for images, a single size
 * for vectors), the value range the generator must produce, and optionally the dataset plugin
 * that supplies samples.
 *
 * @param shape the shape of one sample, e.g. {@code [1, 28, 28]} or {@code [2]}
 * @param min the smallest value a sample takes, e.g. 0 or -1
 * @param max the largest value a sample takes, e.g. 1
 * @param dataset the dataset plugin, or {@code null} when the data is supplied in code
 */
public record DataSpec(List<Integer> shape, double min, double max, PluginRef dataset) {

    public DataSpec {
        shape = List.copyOf(Objects.requireNonNull(shape, "shape"));
    }

    /** Whether samples are images (channels × height × width). */
    public boolean isImage() {
        return shape.size() == 3;
    }
}
