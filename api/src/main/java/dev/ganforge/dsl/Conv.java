package dev.ganforge.dsl;


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
        super("conv", filters);
    }

    /**
     * Divides the weight by its largest singular value, estimated by one power iteration per
     * training forward (spectral normalisation, Miyato et al. 2018); defaults to off.
     */
    public Conv optSpectralNorm() {
        return set("spectral-norm", true);
    }

    @Override
    protected Conv self() {
        return this;
    }
}
