package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.spec.Activation;

/** An element-wise activation. */
public final class DjlActivation extends ShapeOnlyBlock implements InputGradientBlock {

    private final Activation activation;

    public DjlActivation(Activation activation) {
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

    @Override
    public NDArray inputGradient(ai.djl.training.ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        switch (activation.function()) {
            case LINEAR:
                return upstream;
            case RELU:
                return upstream.mul(input.gt(0).toType(upstream.getDataType(), false));
            case LEAKY_RELU:
                float alpha = (float) activation.alpha();
                return upstream.mul(input.gt(0).toType(upstream.getDataType(), false).mul(1 - alpha).add(alpha));
            case TANH:
                return upstream.mul(output.square().neg().add(1));
            case SIGMOID:
                return upstream.mul(output.mul(output.neg().add(1)));
            default:
                throw new IllegalStateException("unknown activation " + activation);
        }
    }
}
