package dev.ganforge.dsl;

import dev.ganforge.spec.BlockSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A block of any installed kind, named as in YAML, with its parameters set by name: how Java uses
 * a block kind that a plugin jar adds, or a composite's nested blocks.
 *
 * <pre>
 * Java: block("self-attention").with("channels", 64)
 * YAML: - self-attention: {channels: 64}
 * </pre>
 */
public final class GenericBlock extends BlockLayer<GenericBlock> {

    GenericBlock(String kind) {
        super(kind);
    }

    /**
     * Sets a parameter: a number, string, boolean, list of whole numbers, {@link
     * dev.ganforge.spec.Activation}, {@link dev.ganforge.spec.Padding}, {@link
     * dev.ganforge.spec.BatchNormBlock} or {@link dev.ganforge.spec.Order}.
     */
    public GenericBlock with(String name, Object value) {
        return set(name, value);
    }

    /** Sets a parameter that holds nested blocks, e.g. a residual block's {@code body}. */
    public GenericBlock withBlocks(String name, Layer... layers) {
        List<BlockSpec> blocks = new ArrayList<>();
        for (Layer layer : layers) {
            blocks.addAll(layer.toBlocks());
        }
        return set(name, blocks);
    }

    @Override
    protected GenericBlock self() {
        return this;
    }
}
