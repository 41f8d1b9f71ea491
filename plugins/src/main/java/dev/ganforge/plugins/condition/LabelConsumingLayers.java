package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A network whose own blocks carry the class label (conditional batch norm), nothing joined to
 * its input: the input goes to the layers unchanged, the labels to the blocks that consume them.
 */
final class LabelConsumingLayers extends ConditionedLayers {

    LabelConsumingLayers(SequentialBlock layers, int classes) {
        super(layers, classes);
    }

    @Override
    public Shape layersInputShape(Shape samplesShape) {
        return samplesShape;
    }

    @Override
    public String description() {
        return "the label reaches only its conditional-batch-norm blocks";
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return layers.forward(store, layersInputs(inputs.get(0), inputs.get(1)), training, params);
    }
}
