package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.EncoderBlock;
import dev.ganforge.spec.Order;
import java.util.Objects;

/**
 * Down-sampling stages, one per filter count: convolution(s), batch norm, activation, dropout.
 * Defaults: kernel 4, stride 2, padding {@code same}, bias, one convolution, batch norm, leaky
 * ReLU 0.2, no dropout, {@code post} order.
 *
 * <pre>
 * Java: encoder(16, 32).optKernel(5).optConvolutions(2).optActivation(Activation.leakyRelu(0.3))
 * YAML: - encoder: {filters: [16, 32], kernel: 5, convolutions: 2, activation: {type: leaky-relu, alpha: 0.3}}
 * </pre>
 */
public final class Encoder extends ConvolutionLayer<Encoder> {

    private int convolutions = 1;
    private BatchNormBlock norm = BatchNormBlock.DEFAULT;
    private double dropout;
    private Order order = Order.POST;
    private boolean spectralNorm;

    Encoder(int... filters) {
        super(filters, 4, 2, Activation.leakyRelu());
    }

    /** Sets how many convolutions the stage has; only the last one strides. Defaults to 1. */
    public Encoder optConvolutions(int convolutions) {
        this.convolutions = convolutions;
        return this;
    }

    /** Sets the batch normalisation's settings. */
    public Encoder optNorm(BatchNormBlock norm) {
        this.norm = Objects.requireNonNull(norm, "norm");
        return this;
    }

    /** Leaves out normalisation. */
    public Encoder optNoNorm() {
        this.norm = null;
        return this;
    }

    /** Sets the dropout rate after the activation; defaults to 0 (none). */
    public Encoder optDropout(double rate) {
        this.dropout = rate;
        return this;
    }

    /** Sets where normalisation and activation sit; defaults to {@link Order#POST}. */
    public Encoder optOrder(Order order) {
        this.order = Objects.requireNonNull(order, "order");
        return this;
    }

    /**
     * Divides each convolution's weight by its largest singular value, estimated by one power iteration per
     * training forward (spectral normalisation, Miyato et al. 2018); defaults to off.
     */
    public Encoder optSpectralNorm() {
        this.spectralNorm = true;
        return this;
    }

    @Override
    protected Encoder self() {
        return this;
    }

    @Override
    protected BlockSpec build(int filterCount) {
        return new EncoderBlock(filterCount, kernel, stride, padding, bias, convolutions, norm, activation, dropout, order,
                spectralNorm);
    }
}
