package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * Average pooling of images over non-overlapping size×size windows (kernel = stride = size), as
 * PyTorch's {@code avg_pool2d(x, size)}: rows and columns past the last whole window are left out.
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
        long height = shape.get(2) / size;
        long width = shape.get(3) / size;
        NDArray windows = height * size == shape.get(2) && width * size == shape.get(3) ? input
                : input.get(":, :, :" + height * size + ", :" + width * size);
        // Means over one axis at a time: PyTorch's engine rejects a mean over several axes at once.
        return windows.reshape(shape.get(0), shape.get(1), height, size, width, size)
                .mean(new int[] {5}).mean(new int[] {3});
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1), input.get(2) / size, input.get(3) / size);
    }

    /** Each input pixel in a window counts 1/size² in one output pixel; those left out, nothing. */
    @Override
    public NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        NDArray gradient = Scalars.dividedBy(upstream.repeat(2, size).repeat(3, size), size * size);
        long rowsLeft = input.getShape().get(2) - gradient.getShape().get(2);
        long columnsLeft = input.getShape().get(3) - gradient.getShape().get(3);
        if (rowsLeft > 0) {
            Shape rows = gradient.getShape();
            gradient = gradient.concat(gradient.getManager().zeros(new Shape(rows.get(0), rows.get(1), rowsLeft, rows.get(3)),
                    gradient.getDataType()), 2);
        }
        if (columnsLeft > 0) {
            Shape columns = gradient.getShape();
            gradient = gradient.concat(gradient.getManager().zeros(
                    new Shape(columns.get(0), columns.get(1), columns.get(2), columnsLeft), gradient.getDataType()), 3);
        }
        return gradient;
    }
}
