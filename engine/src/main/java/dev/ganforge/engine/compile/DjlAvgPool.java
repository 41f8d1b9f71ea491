package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * Average pooling of images over non-overlapping size×size windows (kernel = stride = size), as
 * PyTorch's {@code avg_pool2d(x, size)} on sides divisible by the size.
 */
public final class DjlAvgPool extends ShapeOnlyBlock implements InputGradientBlock {

    private final int size;

    /** Pools size×size windows. */
    public DjlAvgPool(int size) {
        this.size = size;
    }

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        Shape shape = input.getShape();
        // Means over one axis at a time: PyTorch's engine rejects a mean over several axes at once.
        return input.reshape(shape.get(0), shape.get(1), shape.get(2) / size, size, shape.get(3) / size, size)
                .mean(new int[] {5}).mean(new int[] {3});
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1), input.get(2) / size, input.get(3) / size);
    }

    /** Each input pixel counts 1/size² in one output pixel. */
    @Override
    public NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        return upstream.repeat(2, size).repeat(3, size).div(size * size);
    }
}
