package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Reshapes each sample, keeping the batch axis; flattening is a reshape to one axis. */
public final class DjlReshape extends ShapeOnlyBlock implements InputGradientBlock {

    private final long[] sampleShape;

    public DjlReshape(List<Integer> sampleShape) {
        this.sampleShape = sampleShape.stream().mapToLong(Integer::longValue).toArray();
    }

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        return input.reshape(outputShape(input.getShape()));
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0)).addAll(new Shape(sampleShape));
    }

    @Override
    public NDArray inputGradient(ai.djl.training.ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        return upstream.reshape(input.getShape());
    }
}
