package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Nearest-neighbour up-sampling of images: each pixel repeated along height and width. */
public final class DjlUpsample extends ShapeOnlyBlock implements InputGradientBlock {

    private final int factor;

    public DjlUpsample(int factor) {
        this.factor = factor;
    }

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        return input.repeat(2, factor).repeat(3, factor);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1), input.get(2) * factor, input.get(3) * factor);
    }

    /** Each input pixel fed a factor×factor block: its gradient is the block's sum. */
    @Override
    public NDArray inputGradient(ai.djl.training.ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape shape = input.getShape();
        return upstream.reshape(shape.get(0), shape.get(1), shape.get(2), factor, shape.get(3), factor)
                .sum(new int[] {5})
                .sum(new int[] {3});
    }
}
