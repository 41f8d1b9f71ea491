package dev.ganforge.spec;

import java.util.Objects;

/**
 * A fully connected layer on a vector input.
 *
 * @param units output size
 * @param bias whether the layer adds a learned bias
 * @param activation applied to the output
 */
public record DenseBlock(int units, boolean bias, Activation activation) implements BlockSpec {

    public DenseBlock {
        Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String kind() {
        return "dense";
    }
}
