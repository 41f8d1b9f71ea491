package dev.ganforge.dsl;


/**
 * A transposed convolution. Defaults: kernel 4, stride 2, padding {@code same}, no output
 * padding, bias, no activation.
 *
 * <pre>
 * Java: convTranspose(512).optKernel(4).optStride(1).optPadding(0).optBias(false)
 * YAML: - conv-transpose: {filters: 512, kernel: 4, stride: 1, padding: 0, bias: false}
 * </pre>
 */
public final class ConvTranspose extends ConvolutionLayer<ConvTranspose> {

    ConvTranspose(int... filters) {
        super("conv-transpose", filters);
    }

    /** Sets the extra rows and columns added to one side of the output, as PyTorch's output_padding. */
    public ConvTranspose optOutputPadding(int outputPadding) {
        return set("output-padding", outputPadding);
    }

    @Override
    protected ConvTranspose self() {
        return this;
    }
}
