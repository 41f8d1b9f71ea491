package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * The generator side of class conditioning: a learned embedding of the label (a {@code classes ×
 * size} table, as PyTorch's {@code nn.Embedding}) joined to the noise, or the one-hot label
 * itself when the size is 0, before the generator's first layer.
 */
final class LatentLabelJoin extends ConditionedLayers {

    private final int embeddingSize;
    private final Parameter embedding;

    /**
     * @param layers the generator's layers
     * @param classes the number of classes
     * @param embeddingSize the size of the label embedding, or 0 to join the one-hot label
     */
    LatentLabelJoin(SequentialBlock layers, int classes, int embeddingSize) {
        super(layers, classes);
        this.embeddingSize = embeddingSize;
        this.embedding = embeddingSize == 0 ? null : addParameter(Parameter.builder()
                .setName("label_embedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(classes, embeddingSize))
                .optInitializer(new NormalInitializer(1f))
                .build());
    }

    @Override
    public Shape layersInputShape(Shape samplesShape) {
        return new Shape(samplesShape.get(0), samplesShape.get(1) + (embeddingSize == 0 ? classes : embeddingSize));
    }

    @Override
    public String description() {
        return embeddingSize == 0
                ? "one-hot label (" + classes + ") joined to the noise"
                : "label embedding " + classes + "→" + embeddingSize + " joined to the noise";
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray noise = inputs.get(0);
        NDArray label = Labels.oneHot(inputs.get(1), classes, noise.getDataType());
        NDArray joined = embedding == null ? label : label.matMul(store.getValue(embedding, noise.getDevice(), training));
        return layers.forward(store, layersInputs(noise.concat(joined, 1), inputs.get(1)), training, params);
    }
}
