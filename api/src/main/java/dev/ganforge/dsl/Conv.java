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

    private boolean spectralNorm;

    Conv(int... filters) {
        super(filters, 3, 1, Activation.linear());
    }

    /**
     * Divides the weight by its largest singular value, estimated by one power iteration per
     * training forward (spectral normalisation, Miyato et al. 2018); defaults to off.
     */
    public Conv optSpectralNorm() {
        this.spectralNorm = true;
        return this;
    }

    @Override
    protected Conv self() {
        return this;
    }

    @Override
    protected BlockSpec build(int filterCount) {
        return new ConvBlock(filterCount, kernel, stride, padding, bias, activation, spectralNorm);
    }
}
