package dev.ganforge.spec;

import java.util.Objects;

/**
 * A 2-D transposed convolution (PyTorch's {@code ConvTranspose2d}, Keras' {@code
 * Conv2DTranspose}) with a square kernel.
 *
 * @param filters output channels
 * @param kernel kernel height and width
 * @param stride up-sampling factor
 * @param padding border treatment; an explicit amount is cropped from each side as in PyTorch
 * @param outputPadding extra rows and columns added at the end, as in PyTorch (less than stride)
 * @param bias whether the layer adds a learned bias per channel
 * @param activation applied to the output
 */
public record ConvTransposeBlock(
        int filters, int kernel, int stride, Padding padding, int outputPadding, boolean bias, Activation activation)
        implements BlockSpec {

    public ConvTransposeBlock {
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String kind() {
        return "conv-transpose";
    }
}
