package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.spec.Activation;

/** An element-wise activation. */
final class DjlActivation extends ShapeOnlyBlock {

    private final Activation activation;

    DjlActivation(Activation activation) {
        this.activation = activation;
    }

    /** Applies {@code activation} to {@code input}; shared by blocks that end in an activation. */
    static NDArray apply(Activation activation, NDArray input) {
        switch (activation.function()) {
            case LINEAR:
                return input;
            case RELU:
                return ai.djl.nn.Activation.relu(input);
            case LEAKY_RELU:
                return ai.djl.nn.Activation.leakyRelu(input, (float) activation.alpha());
            case TANH:
                return ai.djl.nn.Activation.tanh(input);
            case SIGMOID:
                return ai.djl.nn.Activation.sigmoid(input);
            default:
                throw new IllegalStateException("unknown activation " + activation);
        }
    }

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        return apply(activation, input);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public String toString() {
        return "Activation(" + activation + ")";
    }
}
