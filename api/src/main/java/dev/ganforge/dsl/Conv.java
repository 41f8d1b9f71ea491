package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.ConvBlock;

/**
 * A plain convolution. Defaults: kernel 3, stride 1, padding {@code same}, bias, no activation.
 *
 * <pre>
 * Java: conv(3).optKernel(5).optActivation(Activation.tanh())
 * YAML: - conv: {filters: 3, kernel: 5, activation: tanh}
 * </pre>
 */
public final class Conv extends ConvolutionLayer<Conv> {

    Conv(int... filters) {
        super(filters, 3, 1, Activation.linear());
    }

    @Override
    protected Conv self() {
        return this;
    }

    @Override
    protected BlockSpec build(int filterCount) {
        return new ConvBlock(filterCount, kernel, stride, padding, bias, activation);
    }
}
