package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.ConvTransposeBlock;

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

    private int outputPadding;

    ConvTranspose(int... filters) {
        super(filters, 4, 2, Activation.linear());
    }

    /** Sets PyTorch's output padding (needs an explicit padding amount); defaults to 0. */
    public ConvTranspose optOutputPadding(int outputPadding) {
        this.outputPadding = outputPadding;
        return this;
    }

    @Override
    protected ConvTranspose self() {
        return this;
    }

    @Override
    protected BlockSpec build(int filterCount) {
        return new ConvTransposeBlock(filterCount, kernel, stride, padding, outputPadding, bias, activation);
    }
}
