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
public abstract class ConvolutionLayer<T extends ConvolutionLayer<T>> extends BlockLayer<T> {

    private final int[] filters;

    protected ConvolutionLayer(String kind, int[] filters) {
        super(kind);
        if (filters.length == 0) {
            throw new IllegalArgumentException("give at least one filter count");
        }
        this.filters = filters.clone();
    }

    /** Sets the kernel height and width. */
    public T optKernel(int kernel) {
        return set("kernel", kernel);
    }

    /** Sets the stride in both directions. */
    public T optStride(int stride) {
        return set("stride", stride);
    }

    /** Sets the border treatment; defaults to {@code same}. */
    public T optPadding(Padding padding) {
        return set("padding", Objects.requireNonNull(padding, "padding"));
    }

    /** Sets a PyTorch-style explicit padding on each side. */
    public T optPadding(int amount) {
        return optPadding(Padding.of(amount));
    }

    /** Sets whether the convolution adds a learned bias; defaults to true. */
    public T optBias(boolean bias) {
        return set("bias", bias);
    }

    /** Sets the activation. */
    public T optActivation(Activation activation) {
        return set("activation", Objects.requireNonNull(activation, "activation"));
    }

    @Override
    public List<BlockSpec> toBlocks() {
        List<BlockSpec> blocks = new ArrayList<>(filters.length);
        for (int filterCount : filters) {
            blocks.add(settings().with("filters", filterCount));
        }
        return blocks;
    }
}
