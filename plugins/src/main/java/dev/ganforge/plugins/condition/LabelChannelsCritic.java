package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.ganforge.engine.compile.InputGradients;

/**
 * The discriminator side of {@code label-channels}: the one-hot label joined to the sample, as
 * {@code classes} constant planes behind an image's channels or as extra features of a vector.
 * It has no parameters of its own; the first layer learns what the label means.
 */
final class LabelChannelsCritic extends ConditionedLayers {

    LabelChannelsCritic(SequentialBlock layers, int classes) {
        super(layers, classes);
    }

    @Override
    public Shape layersInputShape(Shape samplesShape) {
        long[] dimensions = samplesShape.getShape().clone();
        dimensions[1] += classes;
        return new Shape(dimensions);
    }

    @Override
    public String description() {
        return "one-hot label as " + classes + " extra input channels";
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return layers.forward(store, layersInputs(joined(inputs.get(0), inputs.get(1)), inputs.get(1)), training, params);
    }

    private NDArray joined(NDArray samples, NDArray labels) {
        NDArray label = Labels.oneHot(labels, classes, samples.getDataType());
        Shape shape = samples.getShape();
        if (shape.dimension() > 2) {
            long[] planes = shape.getShape().clone();
            planes[1] = classes;
            long[] column = new long[shape.dimension()];
            java.util.Arrays.fill(column, 1);
            column[0] = shape.get(0);
            column[1] = classes;
            label = label.reshape(new Shape(column)).broadcast(new Shape(planes));
        }
        return samples.concat(label, 1);
    }

    @Override
    public boolean hasInputGradient() {
        return true;
    }

    @Override
    public InputGradients.Traced trace(ParameterStore store, NDArray samples, NDArray labels, boolean training) {
        InputGradients.Traced traced = InputGradients.forward(layers, store, joined(samples, labels), training);
        NDIndex sampleChannels = new NDIndex(":, :{}", samples.getShape().get(1));
        return new InputGradients.Traced(traced.output(),
                upstream -> traced.backward().apply(upstream).get(sampleChannels));
    }
}
