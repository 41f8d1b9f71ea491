package dev.ganforge.spec;

import java.util.Objects;

/**
 * A fully connected layer on a vector input.
 *
 * @param units output size
 * @param bias whether the layer adds a learned bias
 * @param activation applied to the output
 * @param spectralNorm whether the weight is divided by its largest singular value (Miyato et al. 2018)
 */
public record DenseBlock(int units, boolean bias, Activation activation, boolean spectralNorm) implements BlockSpec {

    public DenseBlock {
        Objects.requireNonNull(activation, "activation");
    }

    /** A dense layer without spectral normalisation. */
    public DenseBlock(int units, boolean bias, Activation activation) {
        this(units, bias, activation, false);
    }

    @Override
    public String kind() {
        return "dense";
    }
}
