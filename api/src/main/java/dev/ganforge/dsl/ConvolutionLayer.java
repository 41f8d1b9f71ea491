package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Padding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options shared by every convolution-like layer. One builder may stand for several blocks
 * that differ only in their filter count: {@code decoder(256, 128, 64)} is three decoders.
 *
 * @param <T> the concrete builder, so that {@code opt} calls chain
 */
public abstract class ConvolutionLayer<T extends ConvolutionLayer<T>> implements Layer {

    private final int[] filters;
    protected int kernel;
    protected int stride;
    protected Padding padding = Padding.same();
    protected boolean bias = true;
    protected Activation activation;

    protected ConvolutionLayer(int[] filters, int kernel, int stride, Activation activation) {
        if (filters.length == 0) {
            throw new IllegalArgumentException("give at least one filter count");
        }
        this.filters = filters.clone();
        this.kernel = kernel;
        this.stride = stride;
        this.activation = activation;
    }

    protected abstract T self();

    /** Builds the block for one filter count. */
    protected abstract BlockSpec build(int filterCount);

    /** Sets the kernel height and width. */
    public T optKernel(int kernel) {
        this.kernel = kernel;
        return self();
    }

    /** Sets the stride in both directions. */
    public T optStride(int stride) {
        this.stride = stride;
        return self();
    }

    /** Sets the border treatment; defaults to {@code same}. */
    public T optPadding(Padding padding) {
        this.padding = Objects.requireNonNull(padding, "padding");
        return self();
    }

    /** Sets a PyTorch-style explicit padding on each side. */
    public T optPadding(int amount) {
        return optPadding(Padding.of(amount));
    }

    /** Sets whether the convolution adds a learned bias; defaults to true. */
    public T optBias(boolean bias) {
        this.bias = bias;
        return self();
    }

    /** Sets the activation. */
    public T optActivation(Activation activation) {
        this.activation = Objects.requireNonNull(activation, "activation");
        return self();
    }

    @Override
    public List<BlockSpec> toBlocks() {
        List<BlockSpec> blocks = new ArrayList<>(filters.length);
        for (int filterCount : filters) {
            blocks.add(build(filterCount));
        }
        return blocks;
    }
}
