package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.DecoderBlock;
import dev.ganforge.spec.Order;
import java.util.Objects;

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

    private int outputPadding;
    private BatchNormBlock norm = BatchNormBlock.DEFAULT;
    private Order order = Order.POST;

    Decoder(int... filters) {
        super(filters, 4, 2, Activation.relu());
    }

    /** Sets PyTorch's output padding (needs an explicit padding amount); defaults to 0. */
    public Decoder optOutputPadding(int outputPadding) {
        this.outputPadding = outputPadding;
        return this;
    }

    /** Sets the batch normalisation's settings. */
    public Decoder optNorm(BatchNormBlock norm) {
        this.norm = Objects.requireNonNull(norm, "norm");
        return this;
    }

    /** Leaves out normalisation. */
    public Decoder optNoNorm() {
        this.norm = null;
        return this;
    }

    /** Sets where normalisation and activation sit; defaults to {@link Order#POST}. */
    public Decoder optOrder(Order order) {
        this.order = Objects.requireNonNull(order, "order");
        return this;
    }

    @Override
    protected Decoder self() {
        return this;
    }

    @Override
    protected BlockSpec build(int filterCount) {
        return new DecoderBlock(filterCount, kernel, stride, padding, outputPadding, bias, norm, activation, order);
    }
}
