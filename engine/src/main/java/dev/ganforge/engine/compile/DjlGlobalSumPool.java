package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/** Sums each channel over height and width: (N, C, H, W) → (N, C), as SNGAN's critics pool. */
public final class DjlGlobalSumPool extends ShapeOnlyBlock implements InputGradientBlock {

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        Shape shape = input.getShape();
        return input.reshape(shape.get(0), shape.get(1), shape.get(2) * shape.get(3)).sum(new int[] {2});
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1));
    }

    @Override
    public NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape shape = input.getShape();
        return upstream.reshape(shape.get(0), shape.get(1), 1, 1).mul(input.onesLike());
    }
}
