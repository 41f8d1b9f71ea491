package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** A block without parameters that maps one array to one array. */
abstract class ShapeOnlyBlock extends AbstractBlock {

    /** The output for one input batch. */
    protected abstract NDArray apply(NDArray input, boolean training);

    /** The output shape for one input shape, batch axis included. */
    protected abstract Shape outputShape(Shape input);

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.singletonOrThrow(), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {outputShape(inputShapes[0])};
    }
}
