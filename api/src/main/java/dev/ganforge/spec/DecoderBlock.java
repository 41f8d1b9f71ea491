package dev.ganforge.spec;

import java.util.Objects;

/**
 * An up-sampling stage: a transposed convolution with normalisation and activation, in
 * {@link Order#POST} (conv → norm → act, the DCGAN paper) or {@link Order#PRE} (norm → act →
 * conv) order.
 *
 * @param filters output channels
 * @param kernel kernel height and width
 * @param stride up-sampling factor
 * @param padding border treatment of the transposed convolution
 * @param outputPadding PyTorch-style output padding
 * @param bias whether the convolution adds a learned bias
 * @param norm batch normalisation, or {@code null} for none
 * @param activation the activation
 * @param order where norm and activation sit
 */
public record DecoderBlock(
        int filters,
        int kernel,
        int stride,
        Padding padding,
        int outputPadding,
        boolean bias,
        BatchNormBlock norm,
        Activation activation,
        Order order)
        implements BlockSpec {

    public DecoderBlock {
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(order, "order");
    }

    @Override
    public String kind() {
        return "decoder";
    }
}
