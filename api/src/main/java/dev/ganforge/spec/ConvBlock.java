package dev.ganforge.spec;

import java.util.Objects;

/**
 * A 2-D convolution with a square kernel.
 *
 * @param filters output channels
 * @param kernel kernel height and width
 * @param stride step in both directions
 * @param padding border treatment
 * @param bias whether the layer adds a learned bias per channel
 * @param activation applied to the output
 * @param spectralNorm whether the weight is divided by its largest singular value (Miyato et al. 2018)
 */
public record ConvBlock(
        int filters, int kernel, int stride, Padding padding, boolean bias, Activation activation, boolean spectralNorm)
        implements BlockSpec {

    public ConvBlock {
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(activation, "activation");
    }

    /** A convolution without spectral normalisation. */
    public ConvBlock(int filters, int kernel, int stride, Padding padding, boolean bias, Activation activation) {
        this(filters, kernel, stride, padding, bias, activation, false);
    }

    @Override
    public String kind() {
        return "conv";
    }
}
