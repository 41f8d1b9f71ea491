package dev.ganforge.spec;

import java.util.List;
import java.util.Objects;

/**
 * The generator's stem: a dense layer from a vector onto {@code C·H·W} values, an optional
 * normalisation and activation, and a reshape to {@code C×H×W}.
 *
 * @param shape the output shape, e.g. {@code [128, 7, 7]}
 * @param bias whether the dense layer adds a learned bias
 * @param norm batch normalisation of the dense output, or {@code null} for none
 * @param activation applied after the normalisation
 */
public record ProjectionBlock(List<Integer> shape, boolean bias, BatchNormBlock norm, Activation activation)
        implements BlockSpec {

    public ProjectionBlock {
        shape = List.copyOf(Objects.requireNonNull(shape, "shape"));
        Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String kind() {
        return "projection";
    }
}
