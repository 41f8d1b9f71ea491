package dev.ganforge.dsl;

import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.Order;
import java.util.Objects;
import java.util.Optional;

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

    Encoder(int... filters) {
        super("encoder", filters);
    }

    /** Sets how many convolutions the stage has; only the last one strides. Defaults to 1. */
    public Encoder optConvolutions(int convolutions) {
        return set("convolutions", convolutions);
    }

    /** Sets the batch normalisation's settings. */
    public Encoder optNorm(BatchNormBlock norm) {
        return set("norm", Optional.of(norm));
    }

    /** Leaves out normalisation. */
    public Encoder optNoNorm() {
        return set("norm", Optional.empty());
    }

    /** Sets the dropout rate after the activation; defaults to 0 (none). */
    public Encoder optDropout(double rate) {
        return set("dropout", rate);
    }

    /** Sets where normalisation and activation sit; defaults to {@link Order#POST}. */
    public Encoder optOrder(Order order) {
        return set("order", Objects.requireNonNull(order, "order"));
    }

    /**
     * Divides each convolution's weight by its largest singular value, estimated by one power iteration per
     * training forward (spectral normalisation, Miyato et al. 2018); defaults to off.
     */
    public Encoder optSpectralNorm() {
        return set("spectral-norm", true);
    }

    @Override
    protected Encoder self() {
        return this;
    }
}
