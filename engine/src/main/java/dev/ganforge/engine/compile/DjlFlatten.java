package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Flattens each sample into a vector. */
public final class DjlFlatten extends ShapeOnlyBlock implements InputGradientBlock {

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        return input.reshape(outputShape(input.getShape()));
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.size() / input.get(0));
    }

    @Override
    public NDArray inputGradient(ai.djl.training.ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        return upstream.reshape(input.getShape());
    }
}
