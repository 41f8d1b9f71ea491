package dev.ganforge.dsl;

import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.PluginRef;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link DataSpec}. Defaults: range [0, 1], no dataset plugin. */
public final class Data {

    private final List<Integer> shape;
    private double min = 0;
    private double max = 1;
    private PluginRef dataset;

    private Data(List<Integer> shape) {
        this.shape = shape;
    }

    /** Images of {@code channels × height × width}. */
    public static Data image(int channels, int height, int width) {
        return new Data(List.of(channels, height, width));
    }

    /** Vectors of {@code size} values, e.g. 2 for points in the plane. */
    public static Data vector(int size) {
        return new Data(List.of(size));
    }

    /** Data of any shape; validation accepts one or three dimensions. */
    public static Data shaped(int... shape) {
        return new Data(Arrays.stream(shape).boxed().toList());
    }

    /** Sets the value range the generator must produce; defaults to [0, 1]. */
    public Data optRange(double min, double max) {
        this.min = min;
        this.max = max;
        return this;
    }

    /** Sets the dataset plugin that supplies real samples. */
    public Data optDataset(PluginRef dataset) {
        this.dataset = dataset;
        return this;
    }

    public DataSpec build() {
        return new DataSpec(shape, min, max, dataset);
    }
}
