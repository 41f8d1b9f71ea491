package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import dev.ganforge.engine.compile.LabelConsumer;
import dev.ganforge.engine.condition.ConditionedBlock;

/**
 * The common part of the conditioning blocks: the wrapped layers as the only child, initialised
 * and shape-inferred from what {@link #layersInputShape} makes of the samples' shape. Layers
 * that {@link LabelConsumer consume} the labels themselves (class-conditional batch norm) are
 * given them too.
 */
abstract class ConditionedLayers extends AbstractBlock implements ConditionedBlock {

    /** The wrapped layers. */
    protected final SequentialBlock layers;
    /** The number of classes. */
    protected final int classes;

    ConditionedLayers(SequentialBlock layers, int classes) {
        this.layers = addChildBlock("layers", layers);
        this.classes = classes;
    }

    @Override
    public final SequentialBlock layers() {
        return layers;
    }

    @Override
    protected final void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        layers.initialize(manager, dataType, LabelConsumer.shapes(layers, layersInputShape(inputShapes[0]),
                LabelConsumer.labelShape(inputShapes)));
    }

    /** The layers' inputs: what the conditioning made of the input and, if they consume them, the labels. */
    protected final NDList layersInputs(NDArray input, NDArray labels) {
        return LabelConsumer.inputs(layers, input, labels);
    }

    @Override
    public final Shape[] getOutputShapes(Shape[] inputShapes) {
        return layers.getOutputShapes(new Shape[] {layersInputShape(inputShapes[0])});
    }
}
