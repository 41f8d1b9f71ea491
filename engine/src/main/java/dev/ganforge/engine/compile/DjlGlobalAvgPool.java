package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Averages each channel over height and width: (N, C, H, W) → (N, C). */
final class DjlGlobalAvgPool extends ShapeOnlyBlock {

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        Shape shape = input.getShape();
        // PyTorch's engine rejects mean over several axes at once: fold H and W into one.
        return input.reshape(shape.get(0), shape.get(1), shape.get(2) * shape.get(3)).mean(new int[] {2});
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1));
    }
}
