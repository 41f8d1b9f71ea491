package dev.ganforge.spec;

import java.util.Objects;

/**
 * A down-sampling stage: one or more convolutions, each followed by normalisation in {@link
 * Order#POST} order, then the activation and dropout. With several convolutions only the last
 * one strides, as in the encoder blocks of the CelebA DCGAN tutorials. In {@link Order#PRE}
 * order the normalisation and activation come once, before the convolutions.
 *
 * @param filters output channels of every convolution
 * @param kernel kernel height and width
 * @param stride down-sampling factor of the last convolution
 * @param padding border treatment
 * @param bias whether the convolutions add a learned bias
 * @param convolutions how many convolutions, at least 1
 * @param norm batch normalisation, or {@code null} for none
 * @param activation the activation
 * @param dropout dropout rate after the activation, 0 for none
 * @param order where norm and activation sit
 * @param spectralNorm whether each convolution's weight is divided by its largest singular value
 *     (Miyato et al. 2018)
 */
public record EncoderBlock(
        int filters,
        int kernel,
        int stride,
        Padding padding,
        boolean bias,
        int convolutions,
        BatchNormBlock norm,
        Activation activation,
        double dropout,
        Order order,
        boolean spectralNorm)
        implements BlockSpec {

    public EncoderBlock {
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(order, "order");
    }

    /** An encoder stage without spectral normalisation. */
    public EncoderBlock(int filters, int kernel, int stride, Padding padding, boolean bias, int convolutions,
            BatchNormBlock norm, Activation activation, double dropout, Order order) {
        this(filters, kernel, stride, padding, bias, convolutions, norm, activation, dropout, order, false);
    }

    @Override
    public String kind() {
        return "encoder";
    }
}
