package dev.ganforge.dsl;

import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.Order;
import java.util.Objects;
import java.util.Optional;

/**
 * Up-sampling stages, one per filter count: transposed convolution, batch norm, activation.
 * Defaults: kernel 4, stride 2, padding {@code same}, bias, batch norm, ReLU, {@code post} order
 * (the DCGAN paper, Radford et al. 2015).
 *
 * <pre>
 * Java: decoder(128, 64).optKernel(5).optOrder(Order.PRE)
 * YAML: - decoder: {filters: [128, 64], kernel: 5, order: pre}
 * </pre>
 */
public final class Decoder extends ConvolutionLayer<Decoder> {

    Decoder(int... filters) {
        super("decoder", filters);
    }

    /** Sets PyTorch's output padding (needs an explicit padding amount); defaults to 0. */
    public Decoder optOutputPadding(int outputPadding) {
        return set("output-padding", outputPadding);
    }

    /** Sets the batch normalisation's settings. */
    public Decoder optNorm(BatchNormBlock norm) {
        return set("norm", Optional.of(norm));
    }

    /** Leaves out normalisation. */
    public Decoder optNoNorm() {
        return set("norm", Optional.empty());
    }

    /** Sets where normalisation and activation sit; defaults to {@link Order#POST}. */
    public Decoder optOrder(Order order) {
        return set("order", Objects.requireNonNull(order, "order"));
    }

    @Override
    protected Decoder self() {
        return this;
    }
}
