package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Averages each channel over height and width: (N, C, H, W) → (N, C). */
public final class DjlGlobalAvgPool extends ShapeOnlyBlock implements InputGradientBlock {

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

    @Override
    public NDArray inputGradient(ai.djl.training.ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape shape = input.getShape();
        return Scalars.dividedBy(upstream.reshape(shape.get(0), shape.get(1), 1, 1).mul(input.onesLike()),
                shape.get(2) * shape.get(3));
    }
}
