package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Nearest-neighbour up-sampling of images: each pixel repeated along height and width. */
final class DjlUpsample extends ShapeOnlyBlock {

    private final int factor;

    DjlUpsample(int factor) {
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
}
